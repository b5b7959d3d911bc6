/**
 * The ranker's feature names and weights (see rank.ts for what each feature measures).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
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
  "matched": 2.9756,
  "neighbour": -0.0444,
  "window": -0.0132,
  "namesMissed": -0.9709,
  "numbersMissed": -0.2298,
  "focusHit": 0.586,
  "focusMiss": -0.586,
  "proximity": 1.1465,
  "lengthNorm": -0.2463,
  "lead": 0.0904,
  "unknown": 0,
  "typeMatch": -0.0445,
  "typeMiss": -0.7977,
  "numberNear": 0.5535,
  "nameNear": 0.2886,
  "countsFocus": 0.5719,
  "quoteAsked": 0.4176,
  "speakerMatch": 0.737,
  "aboutMatched": 0.8443,
  "semantic": 2.4452,
  "topicality": 0,
  "noMeaning": 0
};
