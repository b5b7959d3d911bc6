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
  "aboutMatched",
  "semantic",
  "topicality",
  "noMeaning"
] as const;

export type FeatureName = (typeof FEATURES)[number];

export const RANK_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  "matched": 3.2568,
  "neighbour": -0.2531,
  "window": 0.0215,
  "namesMissed": -0.0699,
  "numbersMissed": -0.263,
  "focusHit": 0.3453,
  "focusMiss": -0.3453,
  "proximity": 1.4512,
  "lengthNorm": -0.2683,
  "lead": -0.0878,
  "unknown": 0,
  "typeMatch": 0.3499,
  "typeMiss": -0.765,
  "numberNear": 0.5985,
  "countsFocus": 0.6929,
  "quoteAsked": 0.5122,
  "speakerMatch": 0.9705,
  "aboutMatched": 0.6456,
  "semantic": 2.2834,
  "topicality": -0.0003,
  "noMeaning": 0
};
