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
  "matched": 3.2209,
  "neighbour": -0.2504,
  "window": 0.0224,
  "namesMissed": -0.0706,
  "numbersMissed": -0.2565,
  "focusHit": 0.4927,
  "focusMiss": -0.4927,
  "proximity": 1.4323,
  "lengthNorm": -0.2588,
  "lead": -0.0698,
  "unknown": 0,
  "typeMatch": 0.3579,
  "typeMiss": -0.768,
  "numberNear": 0.5854,
  "countsFocus": 0.6668,
  "quoteAsked": 0.5372,
  "speakerMatch": 0.971,
  "aboutMatched": 0.6489,
  "semantic": 2.2711,
  "topicality": 0,
  "noMeaning": 0
};
