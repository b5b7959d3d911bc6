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
  "focusLoose",
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
  "matched": 2.9217,
  "neighbour": -0.0223,
  "window": -0.0129,
  "namesMissed": -0.9811,
  "numbersMissed": -0.2323,
  "focusHit": 0.6943,
  "focusMiss": -0.6943,
  "focusLoose": -0.2443,
  "proximity": 1.1286,
  "lengthNorm": -0.2393,
  "lead": 0.0923,
  "unknown": 0,
  "typeMatch": -0.0237,
  "typeMiss": -0.7946,
  "numberNear": 0.5483,
  "nameNear": 0.2701,
  "countsFocus": 0.5422,
  "quoteAsked": 0.4209,
  "speakerMatch": 0.7322,
  "aboutMatched": 0.8483,
  "semantic": 2.4272,
  "topicality": 0,
  "noMeaning": 0
};
