/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.0857,
  "threshold": 0.72,
  "weights": {
    "score": 0.1863,
    "lead": 0.8027,
    "coverage": 0.2992,
    "matched": -0.1253,
    "neighbour": -2.1958,
    "namesMissed": -0.3059,
    "focusMiss": -1.9677,
    "typeMiss": -1.9573,
    "numberNear": -0.5035,
    "focusHit": -0.4322,
    "unknown": -1.9772,
    "semantic": 2.4239,
    "topicality": 1.7978,
    "noMeaning": 0.9777
  }
};
