/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.063,
  "threshold": 0.72,
  "weights": {
    "score": 0.134,
    "lead": 0.7977,
    "coverage": 0.4992,
    "matched": 0.0035,
    "neighbour": -2.7671,
    "namesMissed": -0.0545,
    "focusMiss": -1.9496,
    "typeMiss": -2.0383,
    "numberNear": -0.3471,
    "focusHit": -0.5079,
    "unknown": -1.9291,
    "semantic": 2.3802,
    "topicality": 1.8164,
    "noMeaning": 0.8964
  }
};
