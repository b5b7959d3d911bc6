/**
 * Scoring one system's answers against the question set: hit@1, hit@3, MRR, abstention,
 * false abstention, perspective coverage on contested questions, and the verbatim share.
 * @module
 */
import type { EvalQuestion, GoldPassage } from "./questions.js";

export interface ReturnedPassage {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly also: ReadonlyArray<{ readonly articleId: string; readonly start: number; readonly end: number }>;
  /** The sentences that answer, when the passage shows more around them as context; else the whole passage. */
  readonly answering?: readonly [start: number, end: number];
}

export interface SystemAnswer {
  readonly answered: boolean;
  readonly passages: readonly ReturnedPassage[];
}

export interface QuestionResult {
  readonly question: EvalQuestion;
  readonly answered: boolean;
  /** 1-based rank of the first gold passage among the returned ones, or 0. */
  readonly rank: number;
  /** The same, counting only the sentences of each passage that answer, not the context shown around them. */
  readonly sentenceRank: number;
  /** Share of perspectives with a passage among the returned ones (contested questions only). */
  readonly perspectives: number | null;
  readonly verbatim: number;
  readonly passages: number;
}

export type ArticleTexts = ReadonlyMap<string, string>;

function matches(p: ReturnedPassage, gold: GoldPassage, texts: ArticleTexts): boolean {
  const places = [p, ...p.also];
  return places.some((at) => at.articleId === gold.articleId && (texts.get(at.articleId) ?? "").slice(at.start, at.end).includes(gold.includes));
}

/** Whether the passage's answering sentences (not the context shown around them) hold the gold sentence. */
function answers(p: ReturnedPassage, gold: GoldPassage, texts: ArticleTexts): boolean {
  const [start, end] = p.answering ?? [p.start, p.end];
  return matches({ ...p, start, end }, gold, texts);
}

/** Score one answer. */
export function scoreAnswer(question: EvalQuestion, answer: SystemAnswer, texts: ArticleTexts): QuestionResult {
  const top = answer.passages.slice(0, 5);
  const rank = question.gold.length === 0 ? 0 : top.findIndex((p) => question.gold.some((g) => matches(p, g, texts))) + 1;
  const sentenceRank = question.gold.length === 0 ? 0 : top.findIndex((p) => question.gold.some((g) => answers(p, g, texts))) + 1;
  const perspectives = question.perspectives
    ? question.perspectives.filter((side) => top.some((p) => side.some((g) => matches(p, g, texts)))).length / question.perspectives.length
    : null;
  const verbatim = answer.passages.filter((p) => (texts.get(p.articleId) ?? "").slice(p.start, p.end) === p.quote).length;
  return { question, answered: answer.answered, rank, sentenceRank, perspectives, verbatim, passages: answer.passages.length };
}

export interface Summary {
  readonly n: number;
  readonly answerable: number;
  readonly hit1: number | null;
  readonly hit3: number | null;
  readonly mrr: number | null;
  readonly falseAbstention: number | null;
  readonly abstention: number | null;
  readonly perspectives: number | null;
  readonly verbatim: number | null;
  /** Right passage first on answerables, abstention on unanswerables. */
  readonly accuracy: number;
  /** The same, counting only the answering sentences of the first passage, not the context around them. */
  readonly sentenceAccuracy: number;
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Summarise a set of results. */
export function summarise(results: readonly QuestionResult[]): Summary {
  const answerable = results.filter((r) => r.question.expect === "answer");
  const unanswerable = results.filter((r) => r.question.expect === "abstain");
  const passages = results.reduce((a, r) => a + r.passages, 0);
  const contested = results.filter((r) => r.perspectives !== null).map((r) => r.perspectives!);
  return {
    n: results.length,
    answerable: answerable.length,
    hit1: mean(answerable.map((r) => (r.rank === 1 ? 1 : 0))),
    hit3: mean(answerable.map((r) => (r.rank >= 1 && r.rank <= 3 ? 1 : 0))),
    mrr: mean(answerable.map((r) => (r.rank > 0 ? 1 / r.rank : 0))),
    falseAbstention: mean(answerable.map((r) => (r.answered ? 0 : 1))),
    abstention: mean(unanswerable.map((r) => (r.answered ? 0 : 1))),
    perspectives: mean(contested),
    verbatim: passages === 0 ? null : results.reduce((a, r) => a + r.verbatim, 0) / passages,
    accuracy: mean(results.map((r) => (r.question.expect === "answer" ? (r.rank === 1 ? 1 : 0) : r.answered ? 0 : 1))) ?? 0,
    sentenceAccuracy: mean(results.map((r) => (r.question.expect === "answer" ? (r.sentenceRank === 1 ? 1 : 0) : r.answered ? 0 : 1))) ?? 0,
  };
}
