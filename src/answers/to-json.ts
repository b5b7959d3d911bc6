/**
 * The JSON form of an answer (the contract in contract.ts), re-checked against the article text:
 * the last gate before a quote leaves the program.
 * @module
 */
import type { Answer } from "./answer.js";
import type { AnswerJson } from "./contract.js";
import { assertVerbatim, type QuotableArticle } from "./quote.js";

/** Look up an article's text by id, to re-check quotes. */
export type ArticleLookup = (articleId: string) => QuotableArticle | undefined;

/**
 * Convert an answer to its JSON contract, checking every quote at its offsets.
 * @throws VerbatimError if any quote differs from its article's text.
 */
export function toJson(answer: Answer, lookup: ArticleLookup): AnswerJson {
  const followsUp = answer.followsUp === undefined ? {} : { followsUp: [...answer.followsUp] };
  if (answer.kind === "not-answered") {
    return {
      question: answer.question,
      answered: false,
      passages: [],
      reason: answer.reason,
      suggestions: answer.suggestions.map((s) => ({ articleId: s.articleId, title: s.title })),
      ...followsUp,
    };
  }
  return {
    question: answer.question,
    answered: true,
    ...followsUp,
    passages: answer.passages.map((p) => {
      assertVerbatim(lookup(p.articleId), p);
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
