/**
 * Answering an interaction in one request when the answer is ready, deferring only when it is not.
 *
 * The core answers synchronously in milliseconds, so the reply goes out as the interaction callback
 * itself (`reply()` / `update()`): one request, and one that @discordjs/rest sends at once. Defer +
 * edit costs a second request, and the edit goes to `/webhooks/…`, which @discordjs/rest counts
 * against its own 50 requests/s global limit (Discord exempts interaction endpoints; the library
 * exempts only the callback), so a steady stream of questions queued behind that limit for up to a
 * second. If the work has not finished `DEFER_AFTER_MS` after it started (an asynchronous engine, a
 * slow disk), a timer acknowledges with a defer and the answer is edited in when ready, keeping
 * Discord's 3-second acknowledgement. A synchronous computation cannot be interrupted by a timer;
 * ours takes milliseconds, and replying right after it is the earliest possible acknowledgement.
 * @module
 */
import type { MessageComponentInteraction, RepliableInteraction } from "discord.js";
import type { Outcome } from "./commands/command.js";
import { ephemeralFlag, messageOptions, replyNow, sendDeferred } from "./send.js";

/** How long the work may run before the interaction is deferred; leaves 1.5 s of the 3 s for the defer. */
export const DEFER_AFTER_MS = 1_500;

export type Work<T extends Outcome> = () => T | Promise<T>;

/** Run `work`; if it is still running after `afterMs`, call `defer` once. Resolves when both are done. */
async function withDeferral<T>(work: () => T | Promise<T>, defer: () => Promise<unknown>, afterMs: number): Promise<T> {
  let deferral: Promise<unknown> | undefined;
  // A failed defer resurfaces when the answer is sent (same interaction), so it is not reported twice.
  const timer = setTimeout(() => (deferral = defer().catch(() => undefined)), afterMs);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
    await deferral;
  }
}

/** Reply with the work's answer (`private`: only the asker sees it): the callback itself, or defer + edit if the work was slow. */
export async function respond<T extends Outcome>(
  i: RepliableInteraction,
  work: Work<T>,
  options: { readonly private: boolean; readonly deferAfterMs?: number },
): Promise<T> {
  const { private: hidden, deferAfterMs = DEFER_AFTER_MS } = options;
  // Visibility goes to Discord as flags: MessageFlags.Ephemeral (discord.js 14 deprecates `ephemeral`).
  const result = await withDeferral(work, () => i.deferReply(ephemeralFlag(hidden)), deferAfterMs);
  if (i.deferred) await sendDeferred(i, result.reply, hidden);
  else await replyNow(i, result.reply, hidden);
  return result;
}

/** Replace the clicked message with the work's first message: `update()`, or defer-update + edit if slow. */
export async function respondByUpdate<T extends Outcome>(
  i: MessageComponentInteraction,
  work: Work<T>,
  { deferAfterMs = DEFER_AFTER_MS }: { deferAfterMs?: number } = {},
): Promise<T> {
  const result = await withDeferral(work, () => i.deferUpdate(), deferAfterMs);
  const [first] = result.reply;
  if (i.deferred) await i.editReply(messageOptions(first));
  else await i.update(messageOptions(first));
  return result;
}
