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
  "matched": 2.9585,
  "neighbour": -0.0877,
  "window": -0.0135,
  "namesMissed": -0.9706,
  "numbersMissed": -0.2307,
  "focusHit": 0.5871,
  "focusMiss": -0.5871,
  "proximity": 1.1371,
  "lengthNorm": -0.2473,
  "lead": 0.093,
  "unknown": 0,
  "typeMatch": -0.0439,
  "typeMiss": -0.7997,
  "numberNear": 0.5542,
  "nameNear": 0.2893,
  "countsFocus": 0.5714,
  "quoteAsked": 0.4158,
  "speakerMatch": 0.746,
  "aboutMatched": 0.8488,
  "semantic": 2.4593,
  "topicality": 0,
  "noMeaning": 0
};
