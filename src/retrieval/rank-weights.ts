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
  "topicality"
] as const;

export type FeatureName = (typeof FEATURES)[number];

export const RANK_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  "matched": 3.4797,
  "neighbour": -0.0898,
  "window": 0.0164,
  "namesMissed": -0.1048,
  "focusHit": 0.4666,
  "focusMiss": -0.4666,
  "proximity": 0.7371,
  "lengthNorm": -0.3822,
  "lead": -0.1904,
  "unknown": -0.0001,
  "typeMatch": 0.2346,
  "typeMiss": -0.8113,
  "numberNear": 0.727,
  "quoteAsked": 0.532,
  "speakerMatch": -0.0633,
  "semantic": 2.4485,
  "topicality": 0
};
