/**
 * The plain BM25 baseline that `npm run eval` and `npm run bench` measure the project against:
 * wink-nlp's BM25 vectorizer over exactly the sentences the project indexes, lowercased words,
 * stop words removed, no stemming, no typo tolerance, no abstention beyond "nothing matched".
 * @module
 */
import type { Bow } from "wink-nlp";
import bm25 from "wink-nlp/utilities/bm25-vectorizer.js";
import { its, tokenise } from "../src/retrieval/nlp.js";

export interface BaselineSentence {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface BaselineHit extends BaselineSentence {
  readonly score: number;
}

export interface Baseline {
  search(question: string, limit?: number): BaselineHit[];
}

function words(text: string): string[] {
  return tokenise(text)
    .tokens.filter((t) => !t.stop && (t.kind === "word" || t.kind === "number"))
    .map((t) => t.value.toLowerCase());
}

/** Index `sentences` with BM25 (k1 1.2, b 0.75); a query's score is the sum of its words' BM25 weights. */
export function createBaseline(sentences: readonly BaselineSentence[]): Baseline {
  const vectorizer = bm25({ k: 1, k1: 1.2, b: 0.75, norm: "none" });
  for (const s of sentences) vectorizer.learn(words(s.text));
  const bows = sentences.map((_, i) => vectorizer.doc(i).out(its.bow) as Bow);
  const postings = new Map<string, number[]>();
  bows.forEach((bow, i) => {
    for (const term of Object.keys(bow)) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  return {
    search(question, limit = 5) {
      const scores = new Map<number, number>();
      for (const q of new Set(words(question))) {
        for (const i of postings.get(q) ?? []) scores.set(i, (scores.get(i) ?? 0) + (bows[i]![q] ?? 0));
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([i, score]) => ({ ...sentences[i]!, score }));
    },
  };
}
