/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.8037,
  "threshold": 0.72,
  "weights": {
    "score": 0.2533,
    "lead": 0.5093,
    "coverage": 0.5326,
    "matched": 0,
    "neighbour": -1.8522,
    "namesMissed": -0.1639,
    "numbersMissed": -1.3346,
    "focusMiss": -3.8317,
    "typeMiss": -4.379,
    "unionCover": 0,
    "numberNear": -0.1616,
    "focusHit": -0.6755,
    "unknown": -2.385,
    "semantic": 1.2892,
    "topicality": 1.3766,
    "noMeaning": 1.0832
  }
};
