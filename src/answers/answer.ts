/**
 * What the core returns: a discriminated union, answered (with at least one passage) or not.
 * @module
 */
import type { NotAnsweredReason } from "./contract.js";
import type { VerbatimQuote } from "./quote.js";

/** A `[start, end)` span of UTF-16 indices into an article's text. */
export type Span = readonly [start: number, end: number];

/**
 * Who speaks a passage, exactly as the article writes the name, with its offsets in the article.
 * The name may lie outside the passage: a quote that runs over several paragraphs is attributed
 * once, in its first paragraph, and "She said:" is resolved to a name written earlier. Front ends
 * show it as an attribution line, never as part of the quote; highlights are only ever inside.
 */
export interface Speaker {
  readonly name: VerbatimQuote;
  readonly start: number;
  readonly end: number;
}

/** A place where another article reports the same words. */
export interface AlsoReported {
  readonly articleId: string;
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

/** One or a few adjacent whole sentences, verbatim. */
export interface Passage {
  readonly quote: VerbatimQuote;
  readonly articleId: string;
  readonly title: string;
  readonly start: number;
  readonly end: number;
  /**
   * The ranker's score of the passage's sentence (log-odds). Passages are in the answer's order, which is
   * not always by score (compose.ts: an introduction or the asked speaker's words may lead).
   */
  readonly score: number;
  readonly speaker: Speaker | null;
  /** Spans (inside the passage) of the words that answer the question: a number, a date, a name. */
  readonly highlights: readonly Span[];
  /**
   * The span (inside the passage) of the sentences that answer; the rest of the passage is context shown
   * so that they can be read rightly (who "he" is, the "But …" that qualifies them, a reason that follows).
   */
  readonly answering: Span;
  readonly alsoReportedIn: readonly AlsoReported[];
}

export interface ArticleRef {
  readonly articleId: string;
  readonly title: string;
}

/** The answering sentences of a passage, verbatim (its quote may hold context around them). */
export const answeringText = (p: Passage): string => p.quote.slice(p.answering[0] - p.start, p.answering[1] - p.start);

/** What every front end says before a tentative answer's passages (`Answer.tentative`). */
export const TENTATIVE_NOTE = "These are the closest passages I found, but they may not answer the question directly.";

/** What every answer says, answered or not. */
interface AnswerBase {
  readonly question: string;
  /**
   * The earlier questions of the conversation, as typed and oldest first, that the question was read with
   * as a follow-up (["who is Jayne Senior?"] for "what did she say?"; a follow-up of a follow-up lists
   * both); absent when it was read alone. Front ends say so, so that the reader can see what was searched for.
   */
  readonly followsUp?: readonly string[];
}

export type Answer =
  | (AnswerBase & {
      readonly kind: "answered";
      readonly passages: readonly [Passage, ...Passage[]];
      /**
       * The evidence is weaker: on the question set, answers this uncertain were right no more often than
       * wrong. Front ends say the passages may not answer the question directly.
       */
      readonly tentative: boolean;
    })
  | (AnswerBase & {
      readonly kind: "not-answered";
      readonly reason: NotAnsweredReason;
      /** Up to three headlines that come closest, when any are relevant. */
      readonly suggestions: readonly ArticleRef[];
    });
