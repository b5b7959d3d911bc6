/**
 * The ranker's feature names and weights (see rank.ts for what each feature measures).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The holdout split is never used to fit them. Do not edit by hand: change a feature, then refit.
 * @module
 */

export const FEATURES = [
  "matched",
  "neighbour",
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
  "matched": 2.8876,
  "neighbour": -0.0193,
  "namesMissed": -0.974,
  "numbersMissed": -0.2225,
  "focusHit": 0.6761,
  "focusMiss": -0.6761,
  "focusLoose": -0.2259,
  "proximity": 1.1015,
  "lengthNorm": -0.2337,
  "lead": 0.0912,
  "unknown": 0,
  "typeMatch": 0.0513,
  "typeMiss": -0.9186,
  "numberNear": 0.5827,
  "nameNear": 0.2845,
  "countsFocus": 0.559,
  "quoteAsked": 0.6455,
  "speakerMatch": 0.7134,
  "aboutMatched": 0.8471,
  "semantic": 2.4282,
  "topicality": 0,
  "noMeaning": 0
};
