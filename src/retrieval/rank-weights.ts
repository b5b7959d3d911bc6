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
  "matched": 2.9043,
  "neighbour": -0.0188,
  "namesMissed": -0.9823,
  "numbersMissed": -0.227,
  "focusHit": 0.6739,
  "focusMiss": -0.6739,
  "focusLoose": -0.2251,
  "proximity": 1.1264,
  "lengthNorm": -0.2326,
  "lead": 0.0869,
  "unknown": 0,
  "typeMatch": 0.0374,
  "typeMiss": -0.9174,
  "numberNear": 0.5842,
  "nameNear": 0.2958,
  "countsFocus": 0.5649,
  "quoteAsked": 0.4315,
  "speakerMatch": 0.7312,
  "aboutMatched": 0.8494,
  "semantic": 2.4365,
  "topicality": 0,
  "noMeaning": 0
};
