/**
 * The ranker's feature names and weights (see rank.ts for what each feature measures).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The holdout split is never used to fit them. Do not edit by hand: change a feature, then refit.
 * @module
 */

export const FEATURES = [
  "matched",
  "neighbour",
  "namesMissed",
  "numbersMissed",
  "focusHit",
  "focusMiss",
  "focusLoose",
  "proximity",
  "lengthNorm",
  "lead",
  "unknown",
  "typeMatch",
  "typeMiss",
  "numberNear",
  "nameNear",
  "countsFocus",
  "quoteAsked",
  "speakerMatch",
  "aboutMatched",
  "semantic",
  "topicality",
  "noMeaning"
] as const;

export type FeatureName = (typeof FEATURES)[number];

export const RANK_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  "matched": 2.9048,
  "neighbour": -0.0192,
  "namesMissed": -0.9749,
  "numbersMissed": -0.2271,
  "focusHit": 0.6739,
  "focusMiss": -0.6739,
  "focusLoose": -0.2251,
  "proximity": 1.1247,
  "lengthNorm": -0.2312,
  "lead": 0.0874,
  "unknown": 0,
  "typeMatch": 0.0348,
  "typeMiss": -0.9151,
  "numberNear": 0.5849,
  "nameNear": 0.2954,
  "countsFocus": 0.5652,
  "quoteAsked": 0.4316,
  "speakerMatch": 0.7325,
  "aboutMatched": 0.8501,
  "semantic": 2.4331,
  "topicality": 0,
  "noMeaning": 0
};
