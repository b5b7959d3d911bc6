/** Short ids that tie a user's "something went wrong" to the log line. */
import { randomBytes } from "node:crypto";

export function newErrorId(): string {
  return randomBytes(4).toString("hex");
}

export function errorNoticeText(errorId: string): string {
  return `Sorry, something went wrong on my side (error id \`${errorId}\`). Please try again in a moment.`;
}

export function rateLimitText(retryAfterMs: number, max: number, windowMs: number): string {
  const wait = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can answer. Please wait ${wait} s and try again (limit: ${max} questions per ${Math.round(windowMs / 1000)} s).`;
}
