/**
 * Turn a verbatim passage into description-sized pieces.
 *
 * A passage normally becomes one piece: the block-quoted text followed by its attribution.
 * Only when a single passage cannot fit in one embed description (4,096) is it split, and then
 * at whitespace (at a character boundary only if one "word" alone is too long), into consecutive
 * pieces that together hold every character of the quote: nothing is dropped, nothing is replaced
 * by "…". Each piece is still an exact slice of the article.
 * @module
 */
import type { Span } from "../../answers/answer.js";
import { renderQuote } from "./escape.js";

export interface QuoteSource {
  readonly text: string;
  /** Absolute offset of `text` in its article. */
  readonly start: number;
  readonly highlights: readonly Span[];
}

/** A rendered piece and the absolute `[start, end)` of the article text it shows. */
export interface QuotePiece {
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
}

/** Split a quote into rendered pieces of at most `maxLength` characters each. */
export function quotePieces(q: QuoteSource, maxLength: number): QuotePiece[] {
  const render = (a: number, b: number) => renderQuote(q.text.slice(a, b), q.start + a, q.highlights);
  const whole = render(0, q.text.length);
  if (whole.length <= maxLength) return [{ markdown: whole, start: q.start, end: q.start + q.text.length }];

  const cuts = wordCuts(q.text);
  const pieces: QuotePiece[] = [];
  let from = 0;
  while (from < q.text.length) {
    // Rendering never shortens text, so no piece can hold more than maxLength raw characters.
    const reach = from + maxLength;
    const fits = (to: number) => render(from, to).length <= maxLength;
    let to = largest(cuts.filter((c) => c > from && c <= reach), fits);
    if (to === undefined) to = largest(charCuts(q.text, from, reach), fits);
    if (to === undefined) throw new Error(`render: cannot fit one character of a quote into ${maxLength}`);
    pieces.push({ markdown: render(from, to), start: q.start + from, end: q.start + to });
    from = to;
  }
  return pieces;
}

/** Offsets just after each run of whitespace, plus the end. */
function wordCuts(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(/\s+/g)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  return [...new Set(cuts)];
}

/** Every offset in `(from, reach]` that does not split a surrogate pair. */
function charCuts(text: string, from: number, reach: number): number[] {
  const out: number[] = [];
  for (let i = from + 1; i <= Math.min(text.length, reach); i++) {
    const code = text.charCodeAt(i - 1);
    if (code >= 0xd800 && code <= 0xdbff && i < text.length) continue;
    out.push(i);
  }
  return out;
}

/** The largest candidate for which `fits` holds (rendered length grows with the end offset). */
function largest(sorted: readonly number[], fits: (n: number) => boolean): number | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let best: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = sorted[mid] as number;
    if (fits(candidate)) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
