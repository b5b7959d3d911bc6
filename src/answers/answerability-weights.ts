/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.0312,
  "threshold": 0.73,
  "weights": {
    "score": 0.2888,
    "lead": 0.5537,
    "coverage": 0.3237,
    "matched": 0,
    "neighbour": -2.3298,
    "namesMissed": 0,
    "numbersMissed": -1.5254,
    "focusMiss": -3.4522,
    "typeMiss": -4.3846,
    "unionCover": 0,
    "numberNear": -0.0983,
    "focusHit": -0.8893,
    "unknown": -2.3259,
    "semantic": 2.3219,
    "topicality": 1.5102,
    "noMeaning": 1.1317
  }
};
