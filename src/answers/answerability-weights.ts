/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.2321,
  "threshold": 0.6957,
  "weights": {
    "score": 0.314,
    "lead": 0.2897,
    "coverage": 0.3232,
    "matched": 0.0522,
    "neighbour": -1.1917,
    "namesMissed": -1.9814,
    "numbersMissed": -1.2376,
    "focusMiss": -3.6186,
    "typeMiss": -3.5885,
    "unionCover": 0,
    "numberNear": -0.4684,
    "focusHit": -0.5037,
    "unknown": -0.4809,
    "semantic": 1.6572,
    "topicality": 1.4677,
    "noMeaning": 1.432,
    "weakEvidence": -1.6707,
    "rarestMissing": -0.6704
  }
};
