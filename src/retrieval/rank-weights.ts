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
  "matched": 3.0582,
  "neighbour": -0.0184,
  "namesMissed": -0.9272,
  "numbersMissed": -0.2275,
  "focusHit": 0.5957,
  "focusMiss": -0.5957,
  "focusLoose": -0.2028,
  "proximity": 1.0414,
  "lengthNorm": -0.2902,
  "lead": 0.0626,
  "unknown": 0,
  "typeMatch": 0.0068,
  "typeMiss": -0.9609,
  "numberNear": 0.6398,
  "nameNear": 0.3143,
  "countsFocus": 0.4681,
  "quoteAsked": 0.2998,
  "speakerMatch": 0.6813,
  "aboutMatched": 0.91,
  "semantic": 2.4201,
  "topicality": 0,
  "noMeaning": 0
};
