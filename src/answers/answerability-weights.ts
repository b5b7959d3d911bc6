/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.8106,
  "threshold": 0.72,
  "weights": {
    "score": 0.2572,
    "lead": 0.5053,
    "coverage": 0.4913,
    "matched": 0,
    "neighbour": -1.8603,
    "namesMissed": -0.2014,
    "numbersMissed": -1.3553,
    "focusMiss": -3.8229,
    "typeMiss": -4.3661,
    "unionCover": 0,
    "numberNear": -0.1964,
    "focusHit": -0.5847,
    "unknown": -2.3765,
    "semantic": 1.3148,
    "topicality": 1.3804,
    "noMeaning": 1.1121
  }
};
