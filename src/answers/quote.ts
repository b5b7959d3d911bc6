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

/** Re-check a quote against the article text at its offsets: the last gate before a quote leaves the program. */
export function isVerbatimAt(article: QuotableArticle, quote: string, start: number, end: number): boolean {
  return end - start === quote.length && article.text.slice(start, end) === quote;
}
