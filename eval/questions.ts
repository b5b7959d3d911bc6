/**
 * The project's own question set (eval/questions.json), validated with zod when loaded.
 * @module
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { positionsOf } from "../src/retrieval/index.js";

export const CATEGORIES = [
  "number", "date", "who", "quote", "why-how", "paraphrase", "typo", "contested", "follow-up", "unanswerable", "off-topic", "hostile",
  "conversation",
] as const;

const Gold = z.strictObject({ articleId: z.string(), includes: z.string().min(1) });

export const EvalQuestionSchema = z.strictObject({
  id: z.string(),
  category: z.enum(CATEGORIES),
  question: z.string(),
  /**
   * The asker's messages before `question` in the same conversation (category "conversation"), one
   * or a list oldest first: the question is asked as their follow-up, and the gold answers it read in
   * that context.
   */
  previous: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  expect: z.enum(["answer", "abstain"]),
  gold: z.array(Gold),
  perspectives: z.array(z.array(Gold).min(1)).optional(),
  split: z.enum(["dev", "holdout"]),
  note: z.string().optional(),
});

export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

/** The questions asked before `q` in its conversation, oldest first, as `Engine.ask` takes them. */
export function earlierOf(q: EvalQuestion): string[] {
  return q.previous === undefined ? [] : typeof q.previous === "string" ? [q.previous] : q.previous;
}

/**
 * What the BM25 baseline searches for: the question, after the messages before it if any. A plain
 * index keeps no conversation; given the messages run together it has what a simple memory would.
 */
export function baselineQuery(q: EvalQuestion): string {
  return [...earlierOf(q), q.question].join(" ");
}
export type GoldPassage = z.infer<typeof Gold>;

/** Load and validate a question file. */
export function loadQuestions(path: string): EvalQuestion[] {
  return z.array(EvalQuestionSchema).parse(JSON.parse(readFileSync(path, "utf8")));
}

/** Whether `[start, end)` of an article (its id and text) overlaps one of the question's gold passages. */
export function overlapsGold(q: EvalQuestion, articleId: string, text: string, start: number, end: number): boolean {
  return q.gold.some((g) => g.articleId === articleId && positionsOf(text, g.includes).some((at) => start < at + g.includes.length && end > at));
}
