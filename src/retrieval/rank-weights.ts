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
  "semantic",
  "topicality",
  "noMeaning"
] as const;

export type FeatureName = (typeof FEATURES)[number];

export const RANK_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  "matched": 3.4703,
  "neighbour": -0.231,
  "window": 0.021,
  "namesMissed": -0.1144,
  "numbersMissed": -0.2772,
  "focusHit": 0.3474,
  "focusMiss": -0.3474,
  "proximity": 0.9052,
  "lengthNorm": -0.3019,
  "lead": -0.1361,
  "unknown": 0,
  "typeMatch": 0.3308,
  "typeMiss": -0.8079,
  "numberNear": 0.6574,
  "countsFocus": 0.5532,
  "quoteAsked": 0.593,
  "speakerMatch": 1.0926,
  "semantic": 2.3176,
  "topicality": 0,
  "noMeaning": 0
};
