/**
 * The JSON form of an answer (the contract in contract.ts), re-checked against the article text:
 * the last gate before a quote leaves the program.
 * @module
 */
import type { Answer } from "./answer.js";
import type { AnswerJson } from "./contract.js";
import { isVerbatimAt, type QuotableArticle } from "./quote.js";

/** Thrown when a passage is not its article's text at its offsets: a bug, never shown to a user as a quote. */
export class VerbatimError extends Error {
  override readonly name = "VerbatimError";
}

/** Look up an article's text by id, to re-check quotes. */
export type ArticleLookup = (articleId: string) => QuotableArticle | undefined;

/**
 * Convert an answer to its JSON contract, checking every quote at its offsets.
 * @throws VerbatimError if any quote differs from its article's text.
 */
export function toJson(answer: Answer, lookup: ArticleLookup): AnswerJson {
  if (answer.kind === "not-answered") {
    return {
      question: answer.question,
      answered: false,
      passages: [],
      reason: answer.reason,
      suggestions: answer.suggestions.map((s) => ({ articleId: s.articleId, title: s.title })),
    };
  }
  return {
    question: answer.question,
    answered: true,
    passages: answer.passages.map((p) => {
      const article = lookup(p.articleId);
      if (!article || !isVerbatimAt(article, p.quote, p.start, p.end)) {
        throw new VerbatimError(`answers: passage [${p.start}, ${p.end}) is not verbatim in article "${p.articleId}"`);
      }
      return {
        quote: p.quote,
        articleId: p.articleId,
        title: p.title,
        start: p.start,
        end: p.end,
        score: p.score,
        speaker: p.speaker ? p.speaker.name : null,
        highlights: p.highlights.map(([s, e]) => [s, e] as [number, number]),
        ...(p.alsoReportedIn.length > 0 ? { alsoReportedIn: p.alsoReportedIn.map((a) => ({ ...a })) } : {}),
      };
    }),
  };
}
