/**
 * The ranker's feature names and weights (see rank.ts for what each feature measures).
 * Fitted by `npm run fit -- --write` on 193 dev questions of eval/questions.json.
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
  "matched": 3.0533,
  "neighbour": -0.0237,
  "namesMissed": -0.9324,
  "numbersMissed": -0.2295,
  "focusHit": 0.6005,
  "focusMiss": -0.6005,
  "focusLoose": -0.2018,
  "proximity": 1.0328,
  "lengthNorm": -0.2946,
  "lead": 0.0613,
  "unknown": 0,
  "typeMatch": 0.1063,
  "typeMiss": -1.0359,
  "numberNear": 0.5917,
  "nameNear": 0.3379,
  "countsFocus": 0.4729,
  "quoteAsked": 0.2967,
  "speakerMatch": 0.6808,
  "aboutMatched": 0.9117,
  "semantic": 2.4118,
  "topicality": 0,
  "noMeaning": 0
};
