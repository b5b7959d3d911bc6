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
  "matched": 2.9661,
  "neighbour": -0.0505,
  "window": -0.0134,
  "namesMissed": -0.9715,
  "numbersMissed": -0.2304,
  "focusHit": 0.5864,
  "focusMiss": -0.5864,
  "proximity": 1.1438,
  "lengthNorm": -0.2491,
  "lead": 0.0923,
  "unknown": 0,
  "typeMatch": -0.0444,
  "typeMiss": -0.7979,
  "numberNear": 0.5536,
  "nameNear": 0.2887,
  "countsFocus": 0.5718,
  "quoteAsked": 0.4177,
  "speakerMatch": 0.7375,
  "aboutMatched": 0.8449,
  "semantic": 2.4574,
  "topicality": 0,
  "noMeaning": 0
};
