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
  "matched": 2.9219,
  "neighbour": -0.022,
  "window": -0.0129,
  "namesMissed": -0.9811,
  "numbersMissed": -0.2222,
  "focusHit": 0.6944,
  "focusMiss": -0.6944,
  "focusLoose": -0.2446,
  "proximity": 1.1286,
  "lengthNorm": -0.2392,
  "lead": 0.0923,
  "unknown": 0,
  "typeMatch": -0.0238,
  "typeMiss": -0.7948,
  "numberNear": 0.5486,
  "nameNear": 0.27,
  "countsFocus": 0.5423,
  "quoteAsked": 0.421,
  "speakerMatch": 0.7317,
  "aboutMatched": 0.8482,
  "semantic": 2.428,
  "topicality": 0,
  "noMeaning": 0
};
