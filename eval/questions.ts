/**
 * The project's own question set (eval/questions.json), validated with zod when loaded.
 * @module
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { positionsOf } from "../src/retrieval/index.js";

export const CATEGORIES = [
  "number", "date", "who", "quote", "why-how", "paraphrase", "typo", "contested", "follow-up", "unanswerable", "off-topic", "hostile",
] as const;

const Gold = z.strictObject({ articleId: z.string(), includes: z.string().min(1) });

export const EvalQuestionSchema = z.strictObject({
  id: z.string(),
  category: z.enum(CATEGORIES),
  question: z.string(),
  expect: z.enum(["answer", "abstain"]),
  gold: z.array(Gold),
  perspectives: z.array(z.array(Gold).min(1)).optional(),
  split: z.enum(["dev", "holdout"]),
  note: z.string().optional(),
});

export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;
export type GoldPassage = z.infer<typeof Gold>;

/** Load and validate a question file. */
export function loadQuestions(path: string): EvalQuestion[] {
  return z.array(EvalQuestionSchema).parse(JSON.parse(readFileSync(path, "utf8")));
}

/** Whether `[start, end)` of an article (its id and text) overlaps one of the question's gold passages. */
export function overlapsGold(q: EvalQuestion, articleId: string, text: string, start: number, end: number): boolean {
  return q.gold.some((g) => g.articleId === articleId && positionsOf(text, g.includes).some((at) => start < at + g.includes.length && end > at));
}
