/**
 * The slice of the answering core the bot uses. `createEngine()` from `src/answers/engine.ts`
 * satisfies it structurally; tests may hand in the same real engine.
 * @module
 */
import type { Answer, Passage } from "../answers/answer.js";

export interface ArticleInfo {
  readonly id: string;
  readonly title: string;
  readonly bytes: number;
  readonly sentences: number;
}

export interface BotEngine {
  readonly articles: readonly ArticleInfo[];
  ask(question: string, options?: { maxPassages?: number; earlier?: readonly string[] }): Answer;
  paragraphs(articleId: string): readonly Passage[];
  context(articleId: string, start: number, end: number, radius?: number): Passage | null;
}
