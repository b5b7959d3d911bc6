/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 1.5204,
  "threshold": 0.75,
  "weights": {
    "score": 0.1533,
    "lead": 0.3658,
    "coverage": 0.0212,
    "matched": 0,
    "neighbour": -3.5089,
    "namesMissed": 0,
    "numbersMissed": -1.3658,
    "focusMiss": -4.2254,
    "typeMiss": -4.3049,
    "unionCover": 0,
    "numberNear": -0.1657,
    "focusHit": -0.8206,
    "unknown": -2.3903,
    "semantic": 0.7446,
    "topicality": 0.7106,
    "noMeaning": 0.9188,
    "weakEvidence": -6.2621
  }
};
