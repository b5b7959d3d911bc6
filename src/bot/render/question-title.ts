/**
 * The user's question as an embed title: escaped, mentions defused, on one line, within 256.
 * The question is the user's text, not a quote, so it may be shortened with "…".
 * @module
 */
import { LIMITS } from "./limits.js";
import { escapeUserText } from "./escape.js";

export function questionTitle(question: string, prefix = "", suffix = ""): string {
  const flat = question.replace(/\s+/g, " ").trim();
  const room = LIMITS.title - prefix.length - suffix.length - 2;
  let raw = flat;
  let shown = escapeUserText(raw);
  while (shown.length > room) {
    raw = Array.from(raw).slice(0, -Math.max(1, Math.ceil((shown.length - room) / 2))).join("").trimEnd();
    shown = `${escapeUserText(raw)}…`;
  }
  return `${prefix}“${shown}”${suffix}`;
}
