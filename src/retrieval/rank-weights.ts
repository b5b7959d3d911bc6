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
  "matched": 2.9052,
  "neighbour": -0.0788,
  "window": -0.0115,
  "namesMissed": -0.9835,
  "numbersMissed": -0.238,
  "focusHit": 0.5878,
  "focusMiss": -0.5878,
  "proximity": 1.2392,
  "lengthNorm": -0.2547,
  "lead": 0.1015,
  "unknown": 0,
  "typeMatch": -0.0072,
  "typeMiss": -0.7378,
  "numberNear": 0.5771,
  "nameNear": 0.3129,
  "countsFocus": 0.5777,
  "quoteAsked": 0.453,
  "speakerMatch": 0.7651,
  "aboutMatched": 0.7735,
  "semantic": 2.4066,
  "topicality": -0.0002,
  "noMeaning": 0
};
