/**
 * "Show context": the sentences around a passage, verbatim, with the passage itself in bold.
 * @module
 */
import type { Passage } from "../../answers/answer.js";
import { maxPieceLength, pack } from "./pack.js";
import { COLOR, notice, type Reply } from "./reply.js";
import { passagePieces } from "./render-passages.js";
import { LIMITS } from "./limits.js";
import { escapeText } from "./escape.js";

export const CONTEXT_FOOTER = "Verbatim: the sentences around the passage, which is in bold";

export function renderContext(context: Passage | null, passage: { start: number; end: number }): Reply {
  if (!context) return notice("That passage is no longer available. Ask again to get a fresh answer.");
  const full = `Context from ${escapeText(context.title)}`;
  const title = full.length <= LIMITS.title ? full : "Context";
  return pack({
    title,
    pieces: passagePieces(context, maxPieceLength(title, CONTEXT_FOOTER), [[passage.start, passage.end]]),
    footer: CONTEXT_FOOTER,
    color: COLOR,
  });
}
