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
  "numbersMissed",
  "focusHit",
  "focusMiss",
  "proximity",
  "lengthNorm",
  "lead",
  "unknown",
  "typeMatch",
  "typeMiss",
  "numberNear",
  "countsFocus",
  "quoteAsked",
  "speakerMatch",
  "semantic",
  "topicality",
  "noMeaning"
] as const;

export type FeatureName = (typeof FEATURES)[number];

export const RANK_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  "matched": 3.448,
  "neighbour": -0.2399,
  "window": 0.0208,
  "namesMissed": -0.1139,
  "numbersMissed": -0.2618,
  "focusHit": 0.3453,
  "focusMiss": -0.3453,
  "proximity": 0.9064,
  "lengthNorm": -0.2946,
  "lead": -0.1347,
  "unknown": 0,
  "typeMatch": 0.3299,
  "typeMiss": -0.8074,
  "numberNear": 0.656,
  "countsFocus": 0.5638,
  "quoteAsked": 0.5892,
  "speakerMatch": 1.0888,
  "semantic": 2.3084,
  "topicality": 0,
  "noMeaning": 0
};
