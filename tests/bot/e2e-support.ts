/**
 * Drive one interaction or message through the fake and collect what the bot sent for it.
 * @module
 */
import { expect } from "vitest";
import type { RecordedCall } from "../fake-discord/fake-discord.js";
import { asMessage, expectSafeMessage, type Harness, type SentMessage } from "./harness.js";
import { allQuoteBlocks, articlesContaining, realEngine, SEED_TEXT } from "./helpers.js";
import { limitViolations } from "../../src/bot/render/limits.js";

export interface InteractionRun {
  readonly callback: RecordedCall;
  /** Milliseconds from INTERACTION_CREATE to the first callback. */
  readonly ackMs: number;
  /** Milliseconds from INTERACTION_CREATE to the final reply (the edit of @original, or the callback itself). */
  readonly replyMs: number;
  /** The reply as the user sees it (the edit after a defer, or the immediate callback message). */
  readonly reply: SentMessage;
  readonly callbackType: number;
}

/** Send an interaction; wait for the acknowledgement and, after a defer, the edited reply. */
export async function runInteraction(h: Harness, payload: { id: string; token: string }): Promise<InteractionRun> {
  const sent = h.fake.sendInteraction(payload);
  const callback = await h.fake.waitForCall((c) => c.token === sent.token && c.path.endsWith("/callback"));
  const type = (callback.body as { type: number }).type;
  const final = type === 5 || type === 6 ? await h.fake.waitForCall((c) => c.token === sent.token && c.method === "PATCH") : callback;
  const ackMs = callback.at - sent.sentAt;
  expect(ackMs, "acknowledged within Discord's 3 s").toBeLessThan(3_000);
  const reply = asMessage(final);
  if (type !== 8) expectSafeMessage(reply);
  return { callback, ackMs, replyMs: final.at - sent.sentAt, reply, callbackType: type };
}

/** Send a MESSAGE_CREATE and wait for the bot's reply to it. */
export async function runMessage(h: Harness, message: { id: string }, dispatch = "MESSAGE_CREATE"): Promise<SentMessage> {
  h.fake.dispatch(dispatch, message);
  const call = await h.fake.waitForCall(
    (c) => c.method === "POST" && (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === message.id,
  );
  const m = asMessage(call);
  expectSafeMessage(m);
  return m;
}

/** Every quote in the message is a slice of the seed whose headline follows it; returns the blocks. */
export function expectVerbatim(m: SentMessage, { atLeast = 1, articleId }: { atLeast?: number; articleId?: string } = {}) {
  const titles = new Map(realEngine().articles.map((a) => [a.id, a.title]));
  const blocks = allQuoteBlocks(m.embeds);
  expect(blocks.length).toBeGreaterThanOrEqual(atLeast);
  for (const b of blocks) {
    const ids = articlesContaining(b.text);
    expect(ids, `quote is verbatim in a seed: ${b.text.slice(0, 80)}`).not.toEqual([]);
    if (articleId !== undefined) {
      // An article page: the whole embed is one article, named in its title.
      expect(ids).toContain(articleId);
      continue;
    }
    expect(b.headline, "a headline follows every quote").not.toBeNull();
    const named = ids.filter((id) => titles.get(id) === b.headline);
    expect(named, `headline "${b.headline}" names an article containing the quote`).not.toEqual([]);
    if (b.speaker) expect(named.some((id) => SEED_TEXT.get(id)?.includes(b.speaker as string))).toBe(true);
  }
  return blocks;
}

export function expectWithinLimits(m: SentMessage): void {
  expect(
    limitViolations({ embeds: m.embeds, components: m.components.map((r) => ({ type: 1, components: r.components })) as never }),
  ).toEqual([]);
}
