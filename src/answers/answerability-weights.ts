/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 0.0381,
  "threshold": 0.717,
  "weights": {
    "score": 0.2766,
    "lead": 0.3373,
    "coverage": 0.061,
    "matched": 0,
    "neighbour": -0.7913,
    "namesMissed": -1.9591,
    "numbersMissed": -1.2455,
    "focusMiss": -0.8711,
    "typeMiss": -3.6377,
    "unionCover": 0,
    "numberNear": -0.2078,
    "focusHit": -0.4725,
    "unknown": -0.4597,
    "semantic": 1.3547,
    "topicality": 1.5497,
    "noMeaning": 1.5015,
    "weakEvidence": -1.897,
    "rarestMissing": -0.7731
  }
};
