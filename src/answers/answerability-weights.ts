/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.0729,
  "threshold": 0.72,
  "weights": {
    "score": 0.1847,
    "lead": 0.8017,
    "coverage": 0.3012,
    "matched": -0.122,
    "neighbour": -2.1953,
    "namesMissed": -0.304,
    "focusMiss": -1.9683,
    "typeMiss": -1.9589,
    "numberNear": -0.5004,
    "focusHit": -0.4322,
    "unknown": -1.9792,
    "semantic": 2.4289,
    "topicality": 1.7917,
    "noMeaning": 0.9965
  }
};
