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
  "matched": 2.8674,
  "neighbour": -0.2482,
  "window": 0.0175,
  "namesMissed": -1.1602,
  "numbersMissed": -0.2528,
  "focusHit": 0.5287,
  "focusMiss": -0.5287,
  "proximity": 1.4787,
  "lengthNorm": -0.3012,
  "lead": -0.0197,
  "unknown": 0,
  "typeMatch": 0.3337,
  "typeMiss": -0.7477,
  "numberNear": 0.5839,
  "countsFocus": 0.6982,
  "quoteAsked": 0.469,
  "speakerMatch": 0.7408,
  "aboutMatched": 0.6589,
  "semantic": 2.2234,
  "topicality": 0.0052,
  "noMeaning": 0
};
