/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.1409,
  "threshold": 0.7053,
  "weights": {
    "score": 0.3129,
    "lead": 0.2959,
    "coverage": 0.2501,
    "matched": 0,
    "neighbour": -0.927,
    "namesMissed": -1.9578,
    "numbersMissed": -1.2728,
    "focusMiss": -3.5396,
    "typeMiss": -3.5247,
    "unionCover": 0,
    "numberNear": -0.1926,
    "focusHit": -0.5672,
    "unknown": -0.4857,
    "semantic": 1.4363,
    "topicality": 1.4608,
    "noMeaning": 1.4473,
    "weakEvidence": -1.9421,
    "rarestMissing": -0.6903
  }
};
