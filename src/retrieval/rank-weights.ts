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
  "matched": 2.8652,
  "neighbour": -0.24,
  "window": 0.0177,
  "namesMissed": -1.1503,
  "numbersMissed": -0.2479,
  "focusHit": 0.5186,
  "focusMiss": -0.5186,
  "proximity": 1.4775,
  "lengthNorm": -0.3044,
  "lead": -0.0141,
  "unknown": -0.0001,
  "typeMatch": 0.0735,
  "typeMiss": -0.8189,
  "numberNear": 0.5411,
  "nameNear": 0.3667,
  "countsFocus": 0.6864,
  "quoteAsked": 0.4898,
  "speakerMatch": 0.7454,
  "aboutMatched": 0.6519,
  "semantic": 2.224,
  "topicality": -0.0021,
  "noMeaning": 0
};
