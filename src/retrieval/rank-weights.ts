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
  "matched": 2.9606,
  "neighbour": -0.0837,
  "window": -0.0135,
  "namesMissed": -0.9727,
  "numbersMissed": -0.2328,
  "focusHit": 0.5864,
  "focusMiss": -0.5864,
  "proximity": 1.1359,
  "lengthNorm": -0.2532,
  "lead": 0.0966,
  "unknown": 0,
  "typeMatch": -0.0242,
  "typeMiss": -0.7413,
  "numberNear": 0.5712,
  "nameNear": 0.3397,
  "countsFocus": 0.5778,
  "quoteAsked": 0.4346,
  "speakerMatch": 0.7411,
  "aboutMatched": 0.8478,
  "semantic": 2.4633,
  "topicality": 0.0014,
  "noMeaning": 0
};
