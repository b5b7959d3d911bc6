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
  "matched": 3.2639,
  "neighbour": -0.2617,
  "window": 0.0268,
  "namesMissed": -0.0698,
  "numbersMissed": -0.2609,
  "focusHit": 0.3434,
  "focusMiss": -0.3434,
  "proximity": 1.4528,
  "lengthNorm": -0.2629,
  "lead": -0.0946,
  "unknown": 0,
  "typeMatch": 0.3393,
  "typeMiss": -0.7821,
  "numberNear": 0.6279,
  "countsFocus": 0.5769,
  "quoteAsked": 0.5128,
  "speakerMatch": 0.969,
  "aboutMatched": 0.6442,
  "semantic": 2.2952,
  "topicality": 0,
  "noMeaning": 0
};
