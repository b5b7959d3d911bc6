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
  "matched": 3.5223,
  "neighbour": -0.0319,
  "window": 0.0231,
  "namesMissed": -0.1057,
  "focusHit": 0.4099,
  "focusMiss": -0.4099,
  "proximity": 0.7807,
  "lengthNorm": -0.3601,
  "lead": -0.1998,
  "unknown": 0.0008,
  "typeMatch": 0.241,
  "typeMiss": -0.7965,
  "numberNear": 0.7078,
  "quoteAsked": 0.6006,
  "speakerMatch": -0.0451,
  "semantic": 2.3838,
  "topicality": 0,
  "noMeaning": 0
};
