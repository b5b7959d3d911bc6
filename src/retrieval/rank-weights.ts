/**
 * The ranker's feature names and weights (see rank.ts for what each feature measures).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The holdout split is never used to fit them. Do not edit by hand: change a feature, then refit.
 * @module
 */

export const FEATURES = [
  "matched",
  "neighbour",
  "window",
  "namesMissed",
  "focusHit",
  "focusMiss",
  "proximity",
  "lengthNorm",
  "lead",
  "unknown",
  "typeMatch",
  "typeMiss",
  "numberNear",
  "quoteAsked",
  "speakerMatch",
  "semantic",
  "topicality",
  "noMeaning"
] as const;

export type FeatureName = (typeof FEATURES)[number];

export const RANK_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  "matched": 3.5385,
  "neighbour": -0.0306,
  "window": 0.0228,
  "namesMissed": -0.1052,
  "focusHit": 0.4097,
  "focusMiss": -0.4097,
  "proximity": 0.7762,
  "lengthNorm": -0.3157,
  "lead": -0.1972,
  "unknown": 0,
  "typeMatch": 0.2425,
  "typeMiss": -0.7959,
  "numberNear": 0.7062,
  "quoteAsked": 0.5956,
  "speakerMatch": -0.0453,
  "semantic": 2.3769,
  "topicality": 0.0009,
  "noMeaning": 0
};
