/**
 * `npm run fit`: fit the ranker's feature weights and the answer/abstain model on the **dev** split of
 * the question set (the holdout split is never seen here), and print them; `--write` rewrites
 * src/retrieval/rank-weights.ts and src/answers/answerability-weights.ts.
 *
 * - Ranking: a softmax (listwise) logistic model over each answerable question's candidates: the
 *   probability mass on the gold sentences is maximised, with L2 regularisation.
 * - Answering: a logistic model over features of the best candidate (its score, its lead over the
 *   second, how much of the question it covers and how), labelled by whether the question is
 *   answerable. The threshold is the highest one that keeps false abstention on dev at or under
 *   `--max-false-abstention` (default 0.08: a threshold set at the edge of the budget on the questions it
 *   is fitted on abstains a little more on unseen ones; 0.08 is the highest budget whose 5-fold `--cv`
 *   false abstention stays at or under 0.1, where 0.09 reaches 0.11).
 * @module
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { defaultSeedsDir } from "../src/answers/engine.js";
import { ANSWER_FEATURES, answerFeatures, type AnswerFeatureName } from "../src/answers/answerability.js";
import { buildRankContext, FEATURES, loadNeighbours, loadVectors, parseQuestion, parseWords, rank, readCorpus, segment, type RankedUnit } from "../src/retrieval/index.js";
import { earlierOf, loadQuestions, overlapsGold, type EvalQuestion } from "./questions.js";

const { values } = parseArgs({
  options: {
    questions: { type: "string", default: "eval/questions.json" },
    seeds: { type: "string" },
    write: { type: "boolean", default: false },
    "max-false-abstention": { type: "string", default: "0.08" },
    l2: { type: "string", default: "0.02" },
    "answer-l2": { type: "string", default: "0.02" },
    /** Report 5-fold cross-validated hit@1 inside dev for several regularisation strengths. */
    cv: { type: "boolean", default: false },
    /** The ranker's regularisation strengths `--cv` compares. */
    "cv-l2": { type: "string", default: "0.005,0.02,0.05,0.1,0.2" },
    /** Only the answer decision's cross-validation (seconds, not minutes: for judging an answer feature). */
    "cv-answer": { type: "boolean", default: false },
    /** How many different 5-fold splits `--cv` averages over. */
    repeats: { type: "string", default: "3" },
  },
});

const articles = readCorpus(values.seeds ?? defaultSeedsDir()).map(segment);
const context = buildRankContext(articles, loadNeighbours(), loadVectors());
const dev = loadQuestions(values.questions).filter((q) => q.split === "dev");
const l2 = Number(values.l2);
const answerL2 = Number(values["answer-l2"]);

function isGold(q: EvalQuestion, r: RankedUnit): boolean {
  const { article, sentence } = r.unit;
  return overlapsGold(q, article.id, article.text, sentence.start, sentence.end);
}

interface Example {
  readonly question: EvalQuestion;
  readonly ranked: readonly RankedUnit[];
}

// Conversations (a question asked after another, category "conversation") are left out: the weights
// are those of a question read alone; a follow-up's reading is measured by `npm run eval`.
const examples: Example[] = dev.filter((question) => question.previous === undefined).flatMap((question) => {
  const parsed = parseQuestion(question.question, { earlier: earlierOf(question), ...parseWords(context) });
  if (parsed.kind !== "parsed" || parsed.terms.length === 0) return [];
  return [{ question, ranked: rank(parsed, context) }];
});

// ---- ranking: listwise softmax over the top candidates and every gold one -------------------------
const lists = examples
  .filter((e) => e.question.expect === "answer" && e.question.gold.length > 0)
  .map((e) => {
    const top = e.ranked.slice(0, 100);
    const golds = e.ranked.filter((r) => isGold(e.question, r));
    const set = [...new Set([...top, ...golds])];
    return { id: e.question.id, features: set.map((r) => r.features), gold: set.map((r) => golds.includes(r)) };
  })
  .filter((l) => l.gold.some(Boolean));

const dims = FEATURES.length;

type List = (typeof lists)[number];

/** Listwise softmax fit: maximise the probability mass on each list's gold sentences, L2-regularised. */
function fitRanking(train: readonly List[], strength: number): number[] {
  return adam(dims, (weights, grad) => {
    let loss = 0;
    for (const list of train) {
      const scores = list.features.map((f) => dot(weights, f));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const z = exp.reduce((a, b) => a + b, 0);
      const zGold = exp.reduce((a, e, i) => a + (list.gold[i] ? e : 0), 0);
      loss -= Math.log(zGold / z);
      for (let i = 0; i < scores.length; i++) {
        const p = exp[i]! / z;
        const pGold = list.gold[i] ? exp[i]! / zGold : 0;
        const f = list.features[i]!;
        for (let d = 0; d < dims; d++) grad[d]! += (p - pGold) * f[d]!;
      }
    }
    for (let d = 0; d < dims; d++) {
      loss += strength * weights[d]! ** 2 * train.length;
      grad[d]! += 2 * strength * weights[d]! * train.length;
    }
    return loss / train.length;
  });
}

function hits(weights: readonly number[], test: readonly List[]): number {
  return test.filter((l) => {
    const scores = l.features.map((f) => dot(weights, f));
    return l.gold[scores.indexOf(Math.max(...scores))];
  }).length;
}

const repeats = Math.max(1, Number(values.repeats));

/**
 * Every train/test split of `items` for `--cv`: 5 folds in each of `repeats` splits. A question's fold comes
 * from a hash of its id, so adding or removing a question moves no other question to another fold, and
 * two runs of `--cv` differ by what changed, not by a reshuffle.
 */
function* splits<T>(items: readonly T[], idOf: (item: T) => string): Generator<{ train: T[]; test: T[] }> {
  const foldOf = (id: string, repeat: number) => {
    let h = 0x811c9dc5 ^ repeat;
    for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
    return (h >>> 0) % 5;
  };
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (let fold = 0; fold < 5; fold++) {
      yield { train: items.filter((x) => foldOf(idOf(x), repeat) !== fold), test: items.filter((x) => foldOf(idOf(x), repeat) === fold) };
    }
  }
}

if (values.cv) {
  // 5-fold cross-validation inside dev, averaged over `repeats` splits, to choose the regularisation and
  // judge a feature without looking at holdout.
  for (const strength of values["cv-l2"].split(",").map(Number)) {
    let right = 0;
    for (const { train, test } of splits(lists, (l) => l.id)) right += hits(fitRanking(train, strength), test);
    console.log(`l2 ${strength}: cross-validated hit@1 among candidates ${(right / repeats).toFixed(1)}/${lists.length} (mean of ${repeats} splits)`);
  }
}

const w = fitRanking(lists, l2);
console.log(`ranking: ${lists.length} dev questions with a gold candidate; hit@1 among candidates ${hits(w, lists)}/${lists.length}`);

/** The sign each answer feature's weight must have (+1 evidence for an answer, -1 against); absent: free. */
const ANSWER_SIGNS: Partial<Record<AnswerFeatureName, 1 | -1>> = {
  score: 1,
  lead: 1,
  coverage: 1,
  matched: 1,
  unionCover: 1,
  semantic: 1,
  topicality: 1,
  namesMissed: -1,
  numbersMissed: -1,
  focusMiss: -1,
  typeMiss: -1,
  unknown: -1,
  weakEvidence: -1,
  rarestMissing: -1,
  focusLoose: -1,
  bestFocusLoose: -1,
};

// ---- answering: logistic model on the best candidate ---------------------------------------------
const rescored = examples.map((e) => {
  const ranked = e.ranked.map((r) => ({ ...r, score: dot(w, r.features) })).sort((a, b) => b.score - a.score);
  return { question: e.question, ranked };
});
const rows = rescored
  .filter((e) => e.ranked.length > 0)
  .map((e) => {
    const y = e.question.expect === "answer" ? 1 : 0;
    // Whether answering would be right: the best passage is a gold one (the eval's accuracy).
    const right = y === 1 && isGold(e.question, e.ranked[0]!);
    return { x: answerFeatures(e.ranked), y, right, e };
  });
type Row = (typeof rows)[number];

/** Fit the answer model on `train` (standardised, sign-constrained, L2) and return its probability function. */
function fitAnswer(train: readonly Row[]): { readonly bias: number; readonly raw: readonly number[]; readonly prob: (x: readonly number[]) => number } {
  const mean = ANSWER_FEATURES.map((_, d) => avg(train.map((r) => r.x[d]!)));
  const sd = ANSWER_FEATURES.map((_, d) => Math.sqrt(avg(train.map((r) => (r.x[d]! - mean[d]!) ** 2))) || 1);
  const z = (x: readonly number[]) => [...x.map((v, d) => (v - mean[d]!) / sd[d]!), 1];
  const a = adam(ANSWER_FEATURES.length + 1, (weights, grad) => {
    let loss = 0;
    for (const r of train) {
      const x = z(r.x);
      const p = sigmoid(dot(weights, x));
      loss -= r.y * Math.log(p + 1e-12) + (1 - r.y) * Math.log(1 - p + 1e-12);
      for (let d = 0; d < x.length; d++) grad[d]! += (p - r.y) * x[d]!;
    }
    for (let d = 0; d < ANSWER_FEATURES.length; d++) {
      loss += answerL2 * weights[d]! ** 2 * train.length;
      grad[d]! += 2 * answerL2 * weights[d]! * train.length;
    }
    return loss / train.length;
  }, 1500, 0.05, (weights) => {
    // With ~100 questions the answer model would otherwise learn noise such as "covering more of the
    // question makes an answer less likely"; evidence for an answer may only raise the probability and
    // evidence against it only lower it (projected gradient descent onto those signs).
    ANSWER_FEATURES.forEach((name, d) => {
      const sign = ANSWER_SIGNS[name];
      if (sign !== undefined && Math.sign(weights[d]!) === -sign) weights[d] = 0;
    });
  });
  // Fold the standardisation into the weights: p = sigmoid(bias + Σ weight·raw).
  const raw = ANSWER_FEATURES.map((_, d) => a[d]! / sd[d]!);
  const bias = a[ANSWER_FEATURES.length]! - ANSWER_FEATURES.reduce((s, _, d) => s + (a[d]! * mean[d]!) / sd[d]!, 0);
  return { bias, raw, prob: (x) => sigmoid(bias + dot(raw, x)) };
}

const maxFalse = Number(values["max-false-abstention"]);

/**
 * The highest threshold with at most `maxFalse` false abstentions among `rows`: the probability of the
 * answerable question just above the allowed share of them (rounded down, so that question is still answered).
 */
function thresholdFor(rows: readonly Row[], prob: (x: readonly number[]) => number): number {
  const probs = rows.filter((r) => r.y === 1).map((r) => prob(r.x)).sort((a, b) => a - b);
  const allowed = Math.floor(maxFalse * probs.length + 1e-9);
  return Math.floor((probs[allowed] ?? 0) * 1e4) / 1e4;
}

const { bias, raw, prob } = fitAnswer(rows);

if (values.cv || values["cv-answer"]) {
  // 5-fold cross-validation of the answer decision inside dev: fit and set the threshold on four folds,
  // count abstentions on the fifth. This is how to judge an answer feature without the holdout. (The
  // rankings it decides on come from the ranker fitted on all of dev, so it is slightly optimistic.)
  let abstained = 0;
  let falseAbstained = 0;
  let right = 0;
  for (const { train, test } of splits(rows, (r) => r.e.question.id)) {
    const model = fitAnswer(train);
    const t = thresholdFor(train, model.prob);
    for (const r of test) {
      if (model.prob(r.x) >= t) {
        if (r.right) right++;
        continue;
      }
      if (r.y === 0) {
        right++;
        abstained++;
      } else falseAbstained++;
    }
  }
  const unanswerableCount = rows.filter((r) => r.y === 0).length;
  const answerableCount = rows.length - unanswerableCount;
  const [a, f] = [abstained / repeats, falseAbstained / repeats];
  console.log(
    `answer model, 5-fold cross-validated inside dev (mean of ${repeats} splits): abstention ${(a / unanswerableCount).toFixed(2)} (${a.toFixed(1)}/${unanswerableCount}), false abstention ${(f / answerableCount).toFixed(2)} (${f.toFixed(1)}/${answerableCount}); right (best passage gold and answered, or abstained on an unanswerable) ${(right / repeats).toFixed(1)}/${rows.length}`,
  );
}

/**
 * The probability from which an answer is sure rather than tentative: above the highest probability at or
 * under which the dev questions' answers (those at or above the threshold) were right (best passage gold)
 * no more often than wrong (an unanswerable question answered, or a wrong passage first).
 */
function sureFrom(rows: readonly Row[], prob: (x: readonly number[]) => number, threshold: number): number {
  const answered = rows.map((r) => ({ p: prob(r.x), right: r.right })).filter((a) => a.p >= threshold).sort((a, b) => a.p - b.p);
  let right = 0;
  let wrong = 0;
  let cut = threshold;
  for (const a of answered) {
    if (a.right) right++;
    else wrong++;
    if (right <= wrong) cut = a.p;
  }
  return Math.floor(cut * 1e4 + 1) / 1e4;
}

const answerable = rows.filter((r) => r.y === 1);
const unanswerable = rows.filter((r) => r.y === 0);
const threshold = thresholdFor(rows, prob);
const sure = sureFrom(rows, prob, threshold);
console.log("threshold  abstention  false-abstention (dev)");
for (const t of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, threshold]) {
  const ab = unanswerable.filter((r) => prob(r.x) < t).length / Math.max(1, unanswerable.length);
  const fa = answerable.filter((r) => prob(r.x) < t).length / Math.max(1, answerable.length);
  console.log(`${t.toFixed(2).padStart(9)}  ${ab.toFixed(2).padStart(10)}  ${fa.toFixed(2).padStart(16)}${t === threshold ? "  ← chosen" : ""}`);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const rankWeights = Object.fromEntries(FEATURES.map((name, d) => [name, round(w[d]!)]));
const answerWeights = Object.fromEntries(ANSWER_FEATURES.map((name, d) => [name, round(raw[d]!)]));
console.log("RANK_WEIGHTS", rankWeights);
console.log("ANSWER_MODEL", { bias: round(bias), threshold, sure, weights: answerWeights });

if (values.write) {
  const stamp = `Fitted by \`npm run fit -- --write\` on ${dev.length} dev questions of ${values.questions}.`;
  writeFileSync(
    "src/retrieval/rank-weights.ts",
    `/**
 * The ranker's feature names and weights (see rank.ts for what each feature measures).
 * ${stamp}
 * The holdout split is never used to fit them. Do not edit by hand: change a feature, then refit.
 * @module
 */

export const FEATURES = ${JSON.stringify(FEATURES, null, 2)} as const;

export type FeatureName = (typeof FEATURES)[number];

export const RANK_WEIGHTS: Readonly<Record<FeatureName, number>> = ${JSON.stringify(rankWeights, null, 2)};
`,
  );
  writeFileSync(
    "src/answers/answerability-weights.ts",
    `/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * ${stamp}
 * The threshold is the highest that keeps false abstention on dev at or under ${maxFalse}; from \`sure\` on, an
 * answer is no longer tentative (below it, dev answers were right no more often than wrong).
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: {
  readonly bias: number;
  readonly threshold: number;
  readonly sure: number;
  readonly weights: Readonly<Record<AnswerFeatureName, number>>;
} = ${JSON.stringify(
      { bias: round(bias), threshold, sure, weights: answerWeights },
      null,
      2,
    )};
`,
  );
  console.log("wrote src/retrieval/rank-weights.ts and src/answers/answerability-weights.ts");
}

// ---- small numeric helpers -------------------------------------------------------------------------
function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
function avg(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
}
function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
/** Minimise `objective` (which adds its gradient into `grad`) with Adam from zero weights. */
function adam(
  n: number,
  objective: (weights: number[], grad: number[]) => number,
  steps = 1500,
  rate = 0.05,
  project: (weights: number[]) => void = () => {},
): number[] {
  const weights = new Array<number>(n).fill(0);
  const m = new Array<number>(n).fill(0);
  const v = new Array<number>(n).fill(0);
  for (let t = 1; t <= steps; t++) {
    const grad = new Array<number>(n).fill(0);
    objective(weights, grad);
    for (let d = 0; d < n; d++) {
      const g = grad[d]!;
      m[d] = 0.9 * m[d]! + 0.1 * g;
      v[d] = 0.999 * v[d]! + 0.001 * g * g;
      weights[d]! -= (rate * (m[d]! / (1 - 0.9 ** t))) / (Math.sqrt(v[d]! / (1 - 0.999 ** t)) + 1e-8);
    }
    project(weights);
  }
  return weights;
}
