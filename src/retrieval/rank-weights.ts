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
  "matched": 2.9317,
  "neighbour": -0.0664,
  "window": -0.0159,
  "namesMissed": -0.9976,
  "numbersMissed": -0.238,
  "focusHit": 0.5275,
  "focusMiss": -0.5275,
  "proximity": 1.2787,
  "lengthNorm": -0.2656,
  "lead": 0.0972,
  "unknown": 0,
  "typeMatch": -0.0157,
  "typeMiss": -0.7334,
  "numberNear": 0.5805,
  "nameNear": 0.3131,
  "countsFocus": 0.5846,
  "quoteAsked": 0.4703,
  "speakerMatch": 0.7243,
  "aboutMatched": 0.7237,
  "semantic": 2.4156,
  "topicality": 0,
  "noMeaning": 0
};
