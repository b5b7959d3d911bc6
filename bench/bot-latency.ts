/**
 * Part 4: bot latency through the project's fake Discord (tests/fake-discord): the real discord.js
 * client and the bot's real handlers over loopback, in this process. Interaction-to-reply latency =
 * from the fake sending INTERACTION_CREATE to the request carrying the answer arriving at the fake:
 * the interaction callback itself when the bot replies at once (type 4), or the edit of @original
 * when it deferred (type 5); acknowledgement = to the interaction callback. The fake and the bot share
 * one event loop, so in the burst the fake records requests only once the bot's handlers yield.
 * Skips with a printed note when the fake or the bot cannot be loaded or started.
 * @module
 */
import { heading, ms, quantiles, say, table, type Quantiles } from "./stats.js";

export interface BotResult {
  readonly skipped?: string;
  readonly sequential?: {
    readonly n: number;
    readonly ack: Quantiles;
    readonly reply: Quantiles;
    readonly replied: number;
    readonly lost: number;
    /** How many were acknowledged with a defer (then edited) rather than answered in the callback. */
    readonly deferred: number;
  };
  readonly concurrent?: {
    readonly n: number;
    readonly ack: Quantiles;
    readonly reply: Quantiles;
    readonly replied: number;
    readonly lost: number;
    readonly ackedWithin3s: number;
    readonly wallMs: number;
    readonly deferred: number;
  };
  readonly rejected: number;
  readonly unknownRoutes: number;
}

interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly at: number;
  readonly token?: string;
  readonly status: number;
}

const TOKEN = "FAKE.bench-token.not-secret";

export async function runBot(seedsDir: string, questions: readonly string[], sequentialN: number, concurrentN: number): Promise<BotResult> {
  heading("4. Bot latency (real discord.js client against the fake Discord, loopback)");
  let mods;
  try {
    const [fakeMod, payloads, start, config, logger, engineMod] = await Promise.all([
      import("../tests/fake-discord/fake-discord.js"),
      import("../tests/fake-discord/payloads.js"),
      import("../src/bot/start.js"),
      import("../src/bot/config.js"),
      import("../src/bot/logger.js"),
      import("../src/answers/engine.js"),
    ]);
    mods = { fakeMod, payloads, start, config, logger, engineMod };
  } catch (err) {
    const skipped = `skipped: the fake Discord or the bot could not be loaded (${(err as Error).message.split("\n")[0]})`;
    say(skipped);
    return { skipped, rejected: 0, unknownRoutes: 0 };
  }
  const { fakeMod, payloads, start, config, logger, engineMod } = mods;
  let fake: InstanceType<typeof fakeMod.FakeDiscord> | null = null;
  let bot: Awaited<ReturnType<typeof start.startBot>> | null = null;
  try {
    fake = await new fakeMod.FakeDiscord().start();
    const cfg = config.loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: "silent", RATE_LIMIT: "off" });
    const engine = engineMod.createEngine({ seedsDir });
    bot = await start.startBot({ config: cfg, engine, logger: logger.createLogger("silent", TOKEN) });
  } catch (err) {
    await bot?.stop().catch(() => undefined);
    await fake?.close().catch(() => undefined);
    const skipped = `skipped: the bot did not start against the fake (${(err as Error).message.split("\n")[0]})`;
    say(skipped);
    return { skipped, rejected: 0, unknownRoutes: 0 };
  }
  const f = fake;
  let userSeq = 0;
  const ask = (q: string) =>
    payloads.slashCommand("ask", [{ name: "question", type: 3, value: q }], "guild", `9100000000000${String(++userSeq).padStart(5, "0")}`);

  /** Send a batch at once; ack and reply times of each, read from the fake's call log (polled every 1 ms). */
  async function measure(batch: ReadonlyArray<{ id: string; token: string }>, timeoutMs: number) {
    const pending = new Map<string, { sentAt: number; ackAt?: number; replyAt?: number; deferred?: boolean }>();
    // Calls only arrive on a later tick, so everything from here on is this batch's or unrelated.
    let scanned = f.calls.length;
    for (const p of batch) pending.set(p.token, { sentAt: f.sendInteraction(p).sentAt });
    let open = batch.length;
    const deadline = performance.now() + timeoutMs;
    while (open > 0 && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1));
      for (; scanned < f.calls.length; scanned++) {
        const c = f.calls[scanned] as Recorded;
        const entry = c.token ? pending.get(c.token) : undefined;
        if (!entry || c.status >= 300) continue;
        if (c.path.endsWith("/callback") && entry.ackAt === undefined) {
          entry.ackAt = c.at;
          const type = ((c as { body?: { type?: number } }).body?.type) ?? 0;
          entry.deferred = type === 5 || type === 6;
          if (!entry.deferred) {
            entry.replyAt = c.at;
            open--;
          }
        } else if (c.method === "PATCH" && entry.replyAt === undefined) {
          entry.replyAt = c.at;
          open--;
        }
      }
    }
    const entries = [...pending.values()];
    const acks = entries.filter((e) => e.ackAt !== undefined).map((e) => e.ackAt! - e.sentAt);
    const replies = entries.filter((e) => e.replyAt !== undefined).map((e) => e.replyAt! - e.sentAt);
    const deferred = entries.filter((e) => e.deferred).length;
    return { acks, replies, deferred, lost: entries.length - replies.length, firstSent: Math.min(...entries.map((e) => e.sentAt)), lastReply: Math.max(...entries.map((e) => e.replyAt ?? 0)) };
  }

  try {
    // Warm-up: a few interactions, not measured.
    for (let i = 0; i < 5; i++) await measure([ask(questions[i % questions.length]!)], 5_000);
    const seqAcks: number[] = [];
    const seqReplies: number[] = [];
    let seqLost = 0;
    let seqDeferred = 0;
    for (let i = 0; i < sequentialN; i++) {
      const m = await measure([ask(questions[i % questions.length]!)], 5_000);
      seqAcks.push(...m.acks);
      seqReplies.push(...m.replies);
      seqLost += m.lost;
      seqDeferred += m.deferred;
    }
    const burst = Array.from({ length: concurrentN }, (_, i) => ask(questions[i % questions.length]!));
    const c = await measure(burst, 30_000);
    const result: BotResult = {
      sequential: { n: sequentialN, ack: quantiles(seqAcks), reply: quantiles(seqReplies), replied: seqReplies.length, lost: seqLost, deferred: seqDeferred },
      concurrent: {
        n: concurrentN,
        ack: quantiles(c.acks),
        reply: quantiles(c.replies),
        replied: c.replies.length,
        lost: c.lost,
        ackedWithin3s: c.acks.filter((a) => a < 3_000).length,
        wallMs: c.lastReply - c.firstSent,
        deferred: c.deferred,
      },
      rejected: f.rejected.length,
      unknownRoutes: f.unknown.length,
    };
    const s = result.sequential!;
    const k = result.concurrent!;
    say(`/ask slash commands, questions from eval/questions.json, RATE_LIMIT off, logging silent; 5 unmeasured warm-up interactions`);
    say(
      table(
        ["run", "ack p50", "ack p99", "reply p50", "reply p95", "reply p99", "reply max", "replied", "lost"],
        [
          [`${s.n} one at a time`, ms(s.ack.p50), ms(s.ack.p99), ms(s.reply.p50), ms(s.reply.p95), ms(s.reply.p99), ms(s.reply.max), `${s.replied}/${s.n}`, String(s.lost)],
          [`${k.n} sent at once`, ms(k.ack.p50), ms(k.ack.p99), ms(k.reply.p50), ms(k.reply.p95), ms(k.reply.p99), ms(k.reply.max), `${k.replied}/${k.n}`, String(k.lost)],
        ],
      ),
    );
    say(`burst: ${k.ackedWithin3s}/${k.n} acknowledged within 3 s (max ack ${ms(k.ack.max)}), all ${k.n} replies in ${ms(k.wallMs)}; fake recorded ${result.rejected} rejected and ${result.unknownRoutes} unknown-route calls`);
    say(`answered in the callback itself: ${s.n - s.deferred}/${s.n} one at a time, ${k.n - k.deferred}/${k.n} at once (the rest deferred, then edited)`);
    return result;
  } finally {
    await bot.stop().catch(() => undefined);
    await f.close().catch(() => undefined);
  }
}
