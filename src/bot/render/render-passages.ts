/**
 * Passages → description pieces: the block-quoted words, then the attribution.
 * @module
 */
import type { Passage, Span } from "../../answers/answer.js";
import { attribution } from "./attribution.js";
import { quotePieces } from "./quote-pieces.js";

/** Render one passage into pieces of at most `maxLength`; one piece unless the passage alone is too long. */
export function passagePieces(p: Passage, maxLength: number, highlights: readonly Span[] = p.highlights): string[] {
  const credit = attribution(p);
  const single = quotePieces({ text: p.quote, start: p.start, highlights }, maxLength - credit.length - 1);
  if (single.length === 1) return [`${single[0]?.markdown}\n${credit}`];
  const pieces = quotePieces({ text: p.quote, start: p.start, highlights }, maxLength).map((q) => q.markdown);
  const last = pieces.length - 1;
  if ((pieces[last] ?? "").length + 1 + credit.length <= maxLength) pieces[last] = `${pieces[last]}\n${credit}`;
  else pieces.push(credit);
  return pieces;
}
