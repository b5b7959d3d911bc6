/**
 * The ranker's feature names and weights (see rank.ts for what each feature measures).
 * Fitted by `npm run fit -- --write` on 350 dev questions of eval/questions.json.
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
  "matched": 3.3202,
  "neighbour": -0.0548,
  "namesMissed": -1.2331,
  "numbersMissed": -0.3398,
  "focusHit": 0.4127,
  "focusMiss": -0.4127,
  "focusLoose": -0.1039,
  "proximity": 1.1766,
  "lengthNorm": -0.2911,
  "lead": 0.1457,
  "unknown": -0.0024,
  "typeMatch": 0.1127,
  "typeMiss": -0.6938,
  "numberNear": 0.2856,
  "nameNear": 0.2954,
  "countsFocus": 0.444,
  "quoteAsked": 0.1212,
  "speakerMatch": 0.7387,
  "aboutMatched": 0.7315,
  "semantic": 2.5172,
  "topicality": 0,
  "noMeaning": -0.0016
};
