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
  "matched": 2.9,
  "neighbour": -0.0186,
  "namesMissed": -0.9798,
  "numbersMissed": -0.2197,
  "focusHit": 0.6794,
  "focusMiss": -0.6794,
  "focusLoose": -0.2249,
  "proximity": 1.1182,
  "lengthNorm": -0.2372,
  "lead": 0.0909,
  "unknown": 0,
  "typeMatch": 0.0383,
  "typeMiss": -0.9144,
  "numberNear": 0.5798,
  "nameNear": 0.2963,
  "countsFocus": 0.5565,
  "quoteAsked": 0.433,
  "speakerMatch": 0.7308,
  "aboutMatched": 0.8499,
  "semantic": 2.4382,
  "topicality": 0,
  "noMeaning": 0
};
