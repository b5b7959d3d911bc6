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
  "matched": 3.5318,
  "neighbour": -0.032,
  "window": 0.023,
  "namesMissed": -0.1052,
  "focusHit": 0.4092,
  "focusMiss": -0.4092,
  "proximity": 0.7708,
  "lengthNorm": -0.3609,
  "lead": -0.1984,
  "unknown": 0,
  "typeMatch": 0.2414,
  "typeMiss": -0.7959,
  "numberNear": 0.7069,
  "quoteAsked": 0.5964,
  "speakerMatch": -0.0454,
  "semantic": 2.3849,
  "topicality": 0,
  "noMeaning": 0
};
