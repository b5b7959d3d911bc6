/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.0535,
  "threshold": 0.72,
  "weights": {
    "score": 0.1938,
    "lead": 0.8041,
    "coverage": 0.2881,
    "matched": -0.1915,
    "neighbour": -2.2624,
    "namesMissed": -0.3465,
    "focusMiss": -1.9785,
    "typeMiss": -1.9618,
    "numberNear": -0.5097,
    "focusHit": -0.435,
    "unknown": -1.8852,
    "semantic": 2.4624,
    "topicality": 1.7835,
    "noMeaning": 1.0144
  }
};
