/**
 * Whether the best passages answer the question at all: a small logistic model over what the best
 * candidate shows (its score, its lead over the next one, how much of the question it covers and how,
 * names or the asked-about word it lacks, a missing number or date, question words the articles never
 * use). Its weights and threshold are fitted on the dev split of the question set (`npm run fit`).
 * @module
 */
import { FEATURES, type FeatureName, type RankedUnit } from "../retrieval/index.js";
import { ANSWER_MODEL } from "./answerability-weights.js";

export const ANSWER_FEATURES = [
  "score",
  "lead",
  "coverage",
  "matched",
  "neighbour",
  "namesMissed",
  "numbersMissed",
  "focusMiss",
  "typeMiss",
  "unionCover",
  "numberNear",
  "focusHit",
  "unknown",
  "semantic",
  "topicality",
  "noMeaning",
  "weakEvidence",
  "rarestMissing",
  "focusLoose",
  "bestFocusLoose",
] as const;

export type AnswerFeatureName = (typeof ANSWER_FEATURES)[number];

const at = (name: FeatureName) => FEATURES.indexOf(name);

/** Below this sum of coverage and meaning similarity the best passage is weak evidence (not fitted). */
const WEAK_EVIDENCE = 0.6;

/** An answer shows several passages: the type and the asked-about word may come from any of the first few. */
const SHOWN = 3;

/** The model's inputs for a ranking, best first (non-empty). */
export function answerFeatures(ranked: readonly RankedUnit[]): number[] {
  const [best, second] = ranked;
  if (!best) throw new RangeError("answerFeatures needs at least one ranked sentence");
  const f = best.features;
  const shown = ranked.slice(0, SHOWN);
  const none = (name: FeatureName) => (shown.every((r) => r.features[at(name)]! > 0) ? 1 : 0);
  // How much of the question the shown passages cover together (shares of the words the corpus has).
  const unionCover = best.covers.reduce((sum, _, t) => sum + Math.max(...shown.map((r) => r.covers[t] ?? 0)), 0);
  return [
    best.score,
    best.score - (second?.score ?? 0),
    best.coverage,
    f[at("matched")]!,
    f[at("neighbour")]!,
    f[at("namesMissed")]!,
    f[at("numbersMissed")]!,
    none("focusMiss"),
    none("typeMiss"),
    unionCover,
    f[at("numberNear")]!,
    f[at("focusHit")]!,
    f[at("unknown")]!,
    f[at("semantic")]!,
    f[at("topicality")]!,
    f[at("noMeaning")]!,
    // How far the best passage falls short of matching a fair part of the question by its words or its
    // meaning: a hinge, so that the model can turn down weak evidence without discounting all coverage.
    Math.max(0, WEAK_EVIDENCE - best.coverage - f[at("semantic")]!),
    // The heaviest question word that none of the shown passages matches in any way.
    best.shares.reduce((max, w, t) => (shown.some((r) => (r.covers[t] ?? 0) > 0) ? max : Math.max(max, w)), 0),
    // The shown passages meet the asked-about word only through related words, never as written.
    shown.some((r) => r.features[at("focusLoose")]! > 0) && shown.every((r) => r.features[at("focusMiss")]! > 0 || r.features[at("focusLoose")]! > 0) ? 1 : 0,
    // The best passage itself does not have the asked-about word as written (another shown one may).
    f[at("focusMiss")]! > 0 || f[at("focusLoose")]! > 0 ? 1 : 0,
  ];
}

/** Probability that the articles answer the question, from its ranking (best first, non-empty). */
export function answerProbability(ranked: readonly RankedUnit[]): number {
  const x = answerFeatures(ranked);
  let s = ANSWER_MODEL.bias;
  ANSWER_FEATURES.forEach((name, i) => (s += ANSWER_MODEL.weights[name] * x[i]!));
  return 1 / (1 + Math.exp(-s));
}

/** The articles answer when the probability reaches the fitted threshold. */
export function answers(ranked: readonly RankedUnit[]): boolean {
  return ranked.length > 0 && answerProbability(ranked) >= ANSWER_MODEL.threshold;
}
