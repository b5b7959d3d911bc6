/**
 * End to end: the bot's real discord.js client against the local fake Discord.
 * Every reply is checked for verbatim quotes with the right headline, empty allowed_mentions.parse,
 * Discord's limits, the ephemeral flag where expected and an acknowledgement inside 3 s.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { IDS, BOT_USER, snowflake } from "../fake-discord/ids.js";
import {
  autocomplete,
  botMention,
  buttonClick,
  dmMessage,
  guildMessage,
  messageCommand,
  slashCommand,
  type Where,
} from "../fake-discord/payloads.js";
import { expectVerbatim, expectWithinLimits, runInteraction, runMessage } from "./e2e-support.js";
import { startHarness, TOKEN, type Harness } from "./harness.js";
import { allQuoteBlocks, realEngine, SEED_TEXT, unescape } from "./helpers.js";

const EPHEMERAL = 64;
let h: Harness;
let userSeq = 0;
/** A fresh user per test, so the per-user rate limit only bites where a test wants it to. */
const freshUser = () => `9000000000000${(20_000 + ++userSeq).toString()}`;

const ask = (question: string, opts: { where?: Where; private?: boolean; user?: string } = {}) =>
  slashCommand(
    "ask",
    [{ name: "question", type: 3, value: question }, ...(opts.private !== undefined ? [{ name: "private", type: 5, value: opts.private }] : [])],
    opts.where ?? "guild",
    opts.user ?? freshUser(),
  );

const replyFlags = (run: { callback: { body: unknown } }) => ((run.callback.body as { data?: { flags?: number } }).data?.flags ?? 0) & EPHEMERAL;

beforeAll(async () => {
  h = await startHarness();
}, 20_000);
afterAll(async () => h?.stop());
afterEach(() => {
  expect(h.fake.unknown, "every REST call hit a route the fake knows").toEqual([]);
  expect(h.fake.rejected, "no call was rejected").toEqual([]);
});

describe("connecting", () => {
  it("identifies with Guilds, GuildMessages and DirectMessages, without MessageContent", () => {
    expect(h.fake.identifyIntents).toBe(1 | 512 | 4096);
    expect(h.logs.some((l) => l.includes('"event":"ready"') && l.includes('"guilds":1') && l.includes('"articles":5'))).toBe(true);
  });
});

describe("/ask", () => {
  it("answers in a guild, publicly, with verbatim quotes and headlines", async () => {
    const run = await runInteraction(h, ask("What did the Casey review recommend?"));
    expect(run.callbackType, "the answer is the callback itself (CHANNEL_MESSAGE_WITH_SOURCE), no defer").toBe(4);
    expect(h.fake.callsFor(run.callback.token as string), "one request per answer").toHaveLength(1);
    expect(replyFlags(run)).toBe(0);
    expectVerbatim(run.reply);
    expectWithinLimits(run.reply);
    expect(run.reply.embeds[0]?.footer?.text).toMatch(/verbatim/i);
    expect(run.reply.components.flatMap((r) => r.components).map((b) => b.label)).toContain("Show context");
  });

  it("answers privately with private:true (ephemeral flag 64)", async () => {
    const run = await runInteraction(h, ask("What did Chris Philp say?", { private: true }));
    expect(replyFlags(run)).toBe(EPHEMERAL);
    expectVerbatim(run.reply);
  });

  it.each<Where>(["dm", "private"])("answers in a %s context", async (where) => {
    const run = await runInteraction(h, ask("What did Yvette Cooper announce?", { where }));
    expectVerbatim(run.reply);
    expectWithinLimits(run.reply);
  });

  it("pings nobody and defuses an @everyone in the question", async () => {
    const run = await runInteraction(h, ask("@everyone what did Chris Philp say about deportation?"));
    expect(run.reply.allowedMentions).toEqual({ parse: [], replied_user: false });
    const title = run.reply.embeds[0]?.title ?? "";
    expect(title).not.toMatch(/@everyone/);
    expect(title).toContain("@\u200beveryone");
  });

  it("says honestly when the articles have nothing on an off-topic question", async () => {
    const run = await runInteraction(h, ask("What is the best pizza recipe in Naples?"));
    const e = run.reply.embeds[0];
    expect(e?.title).toMatch(/^Nothing to quote/);
    expect(e?.description).not.toMatch(/^>/m);
    expectWithinLimits(run.reply);
  });

  it("quotes nothing when told to say something, and says it only quotes", async () => {
    // Quotes that merely share the words of "say that …" would read as the bot agreeing with it.
    const run = await runInteraction(h, ask("say that the home office is lying"));
    expect(allQuoteBlocks(run.reply.embeds)).toEqual([]);
    expect(run.reply.embeds[0]?.description).toMatch(/only quote the articles/);
  });

  it("never echoes a markdown-heavy question unescaped", async () => {
    const question = "**how many** _MPs_ `called` for ~~action~~ on grooming gangs? [click](https://evil.example) ||spoiler|| # now";
    const run = await runInteraction(h, ask(question));
    const title = run.reply.embeds[0]?.title ?? "";
    for (const raw of ["**how", "_MPs_", "`called`", "~~action~~", "||spoiler||"]) expect(title).not.toContain(raw);
    expect(title).toContain("\\[click](");
    expect(unescape(title)).toContain(question);
    expectVerbatim(run.reply);
  });
});

describe("buttons", () => {
  it("More passages shows the next ones, ephemerally", async () => {
    const engine = realEngine();
    const candidates = ["What did the Home Office say about grooming gangs?", "What did MPs call for?", "What did Chris Philp say?", "grooming gangs"];
    const question = candidates.find((q) => {
      const a = engine.ask(q, { maxPassages: 6 });
      return a.kind === "answered" && a.passages.length > 5;
    });
    expect(question, "one candidate question has more than five passages").toBeDefined();
    const first = await runInteraction(h, ask(question as string));
    const more = first.reply.components.flatMap((r) => r.components).find((b) => b.label === "More passages");
    expect(more).toBeDefined();
    const firstQuotes = expectVerbatim(first.reply).map((b) => b.text);

    const next = await runInteraction(h, buttonClick(more!.custom_id, { id: snowflake(), channel_id: IDS.channel, author: BOT_USER }));
    expect(replyFlags(next)).toBe(EPHEMERAL);
    expect(next.reply.embeds[0]?.title).toMatch(/^Passages 6–/);
    const nextQuotes = expectVerbatim(next.reply).map((b) => b.text);
    expect(nextQuotes.some((q) => !firstQuotes.includes(q))).toBe(true);
  });

  it("Show context shows the sentences around the top passage, with the passage inside", async () => {
    const first = await runInteraction(h, ask("What did the Casey review recommend?"));
    const top = expectVerbatim(first.reply)[0]!;
    const ctx = first.reply.components.flatMap((r) => r.components).find((b) => b.label === "Show context")!;
    const run = await runInteraction(h, buttonClick(ctx.custom_id, { id: snowflake(), channel_id: IDS.channel, author: BOT_USER }, "dm"));
    expect(replyFlags(run)).toBe(EPHEMERAL);
    const [block] = expectVerbatim(run.reply);
    expect(block!.text).toContain(top.text);
    expect(block!.text.length).toBeGreaterThan(top.text.length);
  });
});

describe("messages", () => {
  it("answers a direct message in the DM", async () => {
    const msg = dmMessage("What did the Casey review recommend?", freshUser());
    const reply = await runMessage(h, msg);
    expect(reply.call.path).toBe(`/api/v10/channels/${IDS.dmChannel}/messages`);
    expectVerbatim(reply);
    expectWithinLimits(reply);
  });

  it("answers a DM that only asks for help with how to ask, quoting nothing", async () => {
    const reply = await runMessage(h, dmMessage("help", freshUser()));
    expect(allQuoteBlocks(reply.embeds)).toEqual([]);
    expect(reply.embeds[0]?.description).toMatch(/\/help/u);
    expectWithinLimits(reply);
  });

  it("answers an @mention as a reply, with the mention stripped", async () => {
    const msg = guildMessage(`<@${IDS.bot}> what did Chris Philp say?`, { authorId: freshUser(), mentions: [botMention()] });
    const reply = await runMessage(h, msg);
    expect(reply.call.path).toBe(`/api/v10/channels/${IDS.channel}/messages`);
    expect(reply.embeds[0]?.title).toBe("“what did Chris Philp say?”");
    expectVerbatim(reply);
  });

  it("pings nobody when an @everyone message mentions the bot", async () => {
    const msg = guildMessage(`@everyone <@${IDS.bot}> what did MPs call for?`, { authorId: freshUser(), mentions: [botMention()], everyone: true });
    const reply = await runMessage(h, msg);
    expect(reply.allowedMentions).toEqual({ parse: [], replied_user: false });
    expect(reply.embeds[0]?.title).not.toMatch(/@everyone/);
  });

  it("ignores bots (itself included) and guild messages that do not mention it", async () => {
    const before = h.fake.calls.length;
    h.fake.dispatch("MESSAGE_CREATE", guildMessage(`<@${IDS.bot}> what did MPs call for?`, { bot: true, authorId: "900000000000005555", mentions: [botMention()] }));
    h.fake.dispatch("MESSAGE_CREATE", { ...guildMessage(`<@${IDS.bot}> echo`, { mentions: [botMention()] }), author: BOT_USER });
    h.fake.dispatch("MESSAGE_CREATE", guildMessage("what did MPs call for?", { authorId: freshUser() }));
    // Messages are handled in order: once a later one that must be answered has its reply, the three above
    // have had their turn, and the one reply is all that was sent.
    await runMessage(h, guildMessage(`<@${IDS.bot}> what did MPs call for?`, { authorId: freshUser(), mentions: [botMention()] }));
    expect(h.fake.calls.length).toBe(before + 1);
  });
});

describe("follow-ups", () => {
  it("reads a DM follow-up with the question before it, says so, and quotes the person it means", async () => {
    const user = freshUser();
    await runMessage(h, dmMessage("who is Jayne Senior?", user));
    const reply = await runMessage(h, dmMessage("what did she say?", user));
    expect(reply.embeds[0]?.description).toMatch(/^\*Read as a follow-up to “who is Jayne Senior\?”\*/u);
    const blocks = expectVerbatim(reply);
    expect(blocks.length).toBeGreaterThan(0);
    expect(unescape(reply.embeds[0]?.description ?? "")).toMatch(/Senior/u);
  });

  it("keeps each person's conversation apart: another user's follow-up in the same channel is read alone", async () => {
    await runInteraction(h, ask("who is Jayne Senior?", { user: freshUser() }));
    const other = await runInteraction(h, ask("what did she say?", { user: freshUser() }));
    expect(other.reply.embeds[0]?.description ?? "").not.toMatch(/follow-up/u);
    expect(allQuoteBlocks(other.reply.embeds)).toEqual([]);
  });

  it("never names a private question in a public answer: a public follow-up after a private /ask is read alone", async () => {
    const user = freshUser();
    await runInteraction(h, ask("who is Jayne Senior?", { user, private: true }));
    const open = await runInteraction(h, ask("what did she say?", { user }));
    expect(JSON.stringify(open.reply.embeds)).not.toMatch(/Jayne Senior\?|follow-up/u);
    const privately = await runInteraction(h, ask("what did she say?", { user, private: true }));
    expect(privately.reply.embeds[0]?.description).toMatch(/^\*Read as a follow-up to “who is Jayne Senior\?”\*/u);
  });

  it("gives More passages for a follow-up as it was read, with the question before it", async () => {
    const user = freshUser();
    await runInteraction(h, ask("what did Chris Philp say about deportation?", { user }));
    const first = await runInteraction(h, ask("and Cooper?", { user }));
    const more = first.reply.components.flatMap((r) => r.components).find((b) => b.label === "More passages");
    expect(more, "the follow-up has more than one page").toBeDefined();
    const next = await runInteraction(h, buttonClick(more!.custom_id, { id: snowflake(), channel_id: IDS.channel, author: BOT_USER }, "guild", user));
    const expected = realEngine().ask("and Cooper?", { maxPassages: 11, earlier: ["what did Chris Philp say about deportation?"] });
    expect(expected.kind).toBe("answered");
    const sixth = expected.kind === "answered" ? expected.passages[5]! : undefined;
    expect(expectVerbatim(next.reply)[0]!.text).toBe(sixth!.quote);
  });
});

describe("Find in articles", () => {
  it("answers the target message's text, ephemerally", async () => {
    const target = guildMessage("Apparently the Home Office refused to publish deportation figures?", { authorId: "900000000000007777" });
    const run = await runInteraction(h, messageCommand("Find in articles", target, "guild", freshUser()));
    expect(replyFlags(run)).toBe(EPHEMERAL);
    expectVerbatim(run.reply);
    expectWithinLimits(run.reply);
  });
});

describe("/article, /articles and /help", () => {
  it("autocompletes ids and headlines, at most 25 choices", async () => {
    for (const typed of ["", "home office", "003"]) {
      const run = await runInteraction(h, autocomplete("article", [{ name: "id", type: 3, value: typed, focused: true }]));
      expect(run.callbackType).toBe(8);
      const choices = (run.callback.body as { data: { choices: Array<{ name: string; value: string }> } }).data.choices;
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(SEED_TEXT.has(c.value)).toBe(true);
      }
      if (typed === "") expect(choices).toHaveLength(SEED_TEXT.size);
    }
  });

  it("shows an article verbatim and pages with Next", async () => {
    const a = realEngine().articles[0]!;
    const run = await runInteraction(h, slashCommand("article", [{ name: "id", type: 3, value: a.id }], "guild", freshUser()));
    expect(unescape(run.reply.embeds[0]?.title ?? "")).toBe(a.title);
    expectVerbatim(run.reply, { articleId: a.id });
    const next = run.reply.components.flatMap((r) => r.components).find((b) => b.label.startsWith("Next"));
    expect(next, "the first article runs to more than one page").toBeDefined();
    const page = await runInteraction(h, buttonClick(next!.custom_id, { id: snowflake(), channel_id: IDS.channel, author: BOT_USER }));
    expect(page.callbackType, "the page replaces the message in the callback (UPDATE_MESSAGE)").toBe(7);
    expect(page.reply.embeds[0]?.footer?.text).toMatch(/page 2 of/);
    expectVerbatim(page.reply, { articleId: a.id });
  });

  it("lists every article with its id", async () => {
    const run = await runInteraction(h, slashCommand("articles", [], "guild", freshUser()));
    const text = run.reply.embeds.map((e) => e.description).join("\n");
    for (const id of SEED_TEXT.keys()) expect(text).toContain(id);
  });

  it("explains itself in /help, ephemerally", async () => {
    const run = await runInteraction(h, slashCommand("help", [], "dm", freshUser()));
    expect(replyFlags(run)).toBe(EPHEMERAL);
    expect(run.reply.embeds[0]?.description).toMatch(/never/i);
  });
});

describe("rate limiting", () => {
  it("answers the sixth /ask in 30 s with a polite ephemeral note", async () => {
    const user = freshUser();
    for (let i = 0; i < 5; i++) await runInteraction(h, ask("What did MPs call for?", { user }));
    const sixth = await runInteraction(h, ask("What did MPs call for?", { user }));
    expect(sixth.callbackType).toBe(4);
    expect(sixth.reply.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(sixth.reply.embeds[0]?.description).toMatch(/wait \d+ s/);
  });

  it("notes a DM flood once, then stays quiet", async () => {
    const user = freshUser();
    for (let i = 0; i < 5; i++) await runMessage(h, dmMessage("What did MPs call for?", user));
    const note = await runMessage(h, dmMessage("What did MPs call for?", user));
    expect(note.embeds[0]?.description).toMatch(/wait \d+ s/);
    const before = h.fake.calls.length;
    h.fake.dispatch("MESSAGE_CREATE", dmMessage("What did MPs call for?", user));
    await runMessage(h, dmMessage("What did MPs call for?", freshUser()));
    expect(h.fake.calls.length, "only the other user's DM was answered").toBe(before + 1);
  });
});

describe("logs", () => {
  it("never contain the token, nor question text at info level", async () => {
    await runInteraction(h, ask("What did the Casey review recommend?"));
    // The bot logs an interaction once its reply is sent, just after the fake has received it.
    await vi.waitFor(() => expect(h.logs.join("")).toMatch(/"command":"ask".*"outcome":"answered"/));
    const all = h.logs.join("");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain("Casey review recommend");
    expect(all).toMatch(/"command":"ask".*"outcome":"answered".*"latencyMs":\d+/);
    expect(all).toMatch(/"questionLength":\d+/);
  });
});

describe("REST routes", () => {
  it("uses only the gateway lookup, interaction callbacks and channel messages (no fetches, no edits)", async () => {
    await runInteraction(h, ask("What did MPs call for?"));
    await runMessage(h, dmMessage("What did MPs call for?", freshUser()));
    const shape = (c: { method: string; path: string }) =>
      `${c.method} ${c.path.replace(/\/interactions\/\d+\/[^/]+/, "/interactions/:id/:token").replace(/\/(channels|webhooks)\/\d+/, "/$1/:id")}`;
    const routes = [...new Set(h.fake.calls.map(shape))].sort();
    expect(routes).toEqual(["GET /api/v10/gateway/bot", "POST /api/v10/channels/:id/messages", "POST /api/v10/interactions/:id/:token/callback"]);
  });
});
