/**
 * Verbatim quotes. A `VerbatimQuote` can only be made by slicing an article's own text,
 * so no code path can type a quote in by hand or trim it with "…".
 * @module
 */
declare const verbatim: unique symbol;

/** A string proven to be `text.slice(start, end)` of a known article. */
export type VerbatimQuote = string & { readonly [verbatim]: true };

/** The minimum an article must expose for a quote to be cut from it. */
export interface QuotableArticle {
  readonly id: string;
  readonly text: string;
}

/**
 * Slice `[start, end)` out of the article's text.
 * @throws if the bounds are not integers inside the text, or the span is empty.
 */
export function quoteAt(article: QuotableArticle, start: number, end: number): VerbatimQuote {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > article.text.length || end <= start) {
    throw new RangeError(`answers: expected a span inside article "${article.id}" (0..${article.text.length}), found [${start}, ${end})`);
  }
  return article.text.slice(start, end) as VerbatimQuote;
}

/** Thrown when a passage is not its article's text at its offsets: a bug, never shown to a user as a quote. */
export class VerbatimError extends Error {
  override readonly name = "VerbatimError";
}

/**
 * Re-check a quote against its article's text at its offsets: the gate every passage passes before it
 * leaves the program. @throws VerbatimError when the article is unknown or its text differs there.
 */
export function assertVerbatim(article: QuotableArticle | undefined, p: { readonly articleId: string; readonly quote: string; readonly start: number; readonly end: number }): void {
  if (!article || p.end - p.start !== p.quote.length || article.text.slice(p.start, p.end) !== p.quote) {
    throw new VerbatimError(`answers: passage [${p.start}, ${p.end}) is not verbatim in article "${p.articleId}"`);
  }
}
