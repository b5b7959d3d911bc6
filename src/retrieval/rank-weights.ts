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
  "matched": 3.3814,
  "neighbour": -0.2539,
  "window": 0.0211,
  "namesMissed": -0.0785,
  "numbersMissed": -0.2677,
  "focusHit": 0.3576,
  "focusMiss": -0.3576,
  "proximity": 0.9722,
  "lengthNorm": -0.2925,
  "lead": -0.0985,
  "unknown": 0,
  "typeMatch": 0.3411,
  "typeMiss": -0.8001,
  "numberNear": 0.6411,
  "countsFocus": 0.5991,
  "quoteAsked": 0.5193,
  "speakerMatch": 0.9696,
  "aboutMatched": 0.6684,
  "semantic": 2.3003,
  "topicality": 0,
  "noMeaning": 0
};
