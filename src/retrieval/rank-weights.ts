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
  "matched": 2.9237,
  "neighbour": -0.0127,
  "window": -0.0124,
  "namesMissed": -0.9793,
  "numbersMissed": -0.2329,
  "focusHit": 0.6865,
  "focusMiss": -0.6865,
  "focusLoose": -0.2254,
  "proximity": 1.1302,
  "lengthNorm": -0.231,
  "lead": 0.0914,
  "unknown": 0,
  "typeMatch": -0.0344,
  "typeMiss": -0.7934,
  "numberNear": 0.5474,
  "nameNear": 0.2804,
  "countsFocus": 0.5439,
  "quoteAsked": 0.439,
  "speakerMatch": 0.729,
  "aboutMatched": 0.8458,
  "semantic": 2.4372,
  "topicality": 0,
  "noMeaning": 0
};
