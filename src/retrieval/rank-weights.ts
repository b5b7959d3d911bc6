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
  "matched": 3.4128,
  "neighbour": -0.2453,
  "window": 0.0201,
  "namesMissed": -0.0785,
  "numbersMissed": -0.2634,
  "focusHit": 0.3466,
  "focusMiss": -0.3466,
  "proximity": 0.9623,
  "lengthNorm": -0.2962,
  "lead": -0.0984,
  "unknown": 0,
  "typeMatch": 0.3324,
  "typeMiss": -0.8091,
  "numberNear": 0.6615,
  "countsFocus": 0.5668,
  "quoteAsked": 0.4918,
  "speakerMatch": 0.9964,
  "aboutMatched": 0.6368,
  "semantic": 2.3052,
  "topicality": 0,
  "noMeaning": 0
};
