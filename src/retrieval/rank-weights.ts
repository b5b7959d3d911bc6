/**
 * The ranker's feature names and weights (see rank.ts for what each feature measures).
 * Fitted by `npm run fit -- --write` on 190 dev questions of eval/questions.json.
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
  "matched": 3.0307,
  "neighbour": -0.0129,
  "namesMissed": -0.946,
  "numbersMissed": -0.2366,
  "focusHit": 0.5969,
  "focusMiss": -0.5969,
  "focusLoose": -0.2298,
  "proximity": 1.0168,
  "lengthNorm": -0.307,
  "lead": 0.0759,
  "unknown": 0,
  "typeMatch": 0.1099,
  "typeMiss": -1.0383,
  "numberNear": 0.5822,
  "nameNear": 0.3462,
  "countsFocus": 0.4848,
  "quoteAsked": 0.2983,
  "speakerMatch": 0.6872,
  "aboutMatched": 0.9185,
  "semantic": 2.4041,
  "topicality": 0,
  "noMeaning": 0
};
