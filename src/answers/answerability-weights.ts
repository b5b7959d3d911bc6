/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.8051,
  "threshold": 0.71,
  "weights": {
    "score": 0.2742,
    "lead": 0.5442,
    "coverage": 0.3606,
    "matched": 0,
    "neighbour": -1.8295,
    "namesMissed": -0.2565,
    "numbersMissed": -1.3692,
    "focusMiss": -3.7773,
    "typeMiss": -4.3408,
    "unionCover": 0,
    "numberNear": -0.3025,
    "focusHit": -0.4732,
    "unknown": -2.4539,
    "semantic": 1.3631,
    "topicality": 1.3457,
    "noMeaning": 1.1001
  }
};
