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
  "matched": 3.5408,
  "neighbour": -0.0246,
  "window": 0.0244,
  "namesMissed": -0.1054,
  "focusHit": 0.3457,
  "focusMiss": -0.3457,
  "proximity": 0.7763,
  "lengthNorm": -0.322,
  "lead": -0.1791,
  "unknown": 0,
  "typeMatch": 0.2508,
  "typeMiss": -0.7629,
  "numberNear": 0.6608,
  "countsFocus": 0.5492,
  "quoteAsked": 0.5949,
  "speakerMatch": -0.0452,
  "semantic": 2.3689,
  "topicality": 0,
  "noMeaning": 0
};
