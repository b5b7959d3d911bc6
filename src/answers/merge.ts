/**
 * A message that asks two or more separate questions ("How many forces are investigating? And when was
 * Rauf released?") is answered as a whole and question by question; this puts those answers together so
 * that each one's best passage comes before any one's second best.
 * @module
 */
import type { Answer, Passage } from "./answer.js";

type Answered = Extract<Answer, { kind: "answered" }>;

const overlaps = (a: Passage, b: Passage) => a.articleId === b.articleId && a.start < b.end && b.start < a.end;

/**
 * `answers`, best first, as one answer to the whole `message`: the answered ones' passages taken in turn
 * (the first of each, then the second of each, …), a passage that overlaps one already taken left out,
 * at most `maxPassages`. It is tentative when the answer whose passage leads is. `undefined` when none
 * is answered.
 */
export function mergeAnswers(message: string, answers: readonly Answer[], maxPassages: number): Answered | undefined {
  const answered = answers.filter((a): a is Answered => a.kind === "answered");
  if (answered.length === 0) return undefined;
  const taken: Passage[] = [];
  const longest = Math.max(...answered.map((a) => a.passages.length));
  for (let i = 0; i < longest && taken.length < maxPassages; i++) {
    for (const answer of answered) {
      const passage = answer.passages[i];
      if (passage && taken.length < maxPassages && !taken.some((t) => overlaps(t, passage))) taken.push(passage);
    }
  }
  const [first, ...rest] = taken;
  return { kind: "answered", question: message, passages: [first!, ...rest], tentative: answered[0]!.tentative };
}
