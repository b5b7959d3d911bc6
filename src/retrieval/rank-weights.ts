/**
 * The ranker's feature names and weights (see rank.ts for what each feature measures).
 * Fitted by `npm run fit -- --write` on 230 dev questions of eval/questions.json.
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
  "matched": 3.1426,
  "neighbour": -0.0324,
  "namesMissed": -0.9775,
  "numbersMissed": -0.2467,
  "focusHit": 0.4704,
  "focusMiss": -0.4704,
  "focusLoose": -0.078,
  "proximity": 1.0855,
  "lengthNorm": -0.2522,
  "lead": 0.1385,
  "unknown": 0,
  "typeMatch": 0.0666,
  "typeMiss": -0.979,
  "numberNear": 0.5081,
  "nameNear": 0.4043,
  "countsFocus": 0.4631,
  "quoteAsked": 0.233,
  "speakerMatch": 0.7299,
  "aboutMatched": 0.9168,
  "semantic": 2.4513,
  "topicality": 0,
  "noMeaning": 0
};
