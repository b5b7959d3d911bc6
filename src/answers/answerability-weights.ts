/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.4972,
  "threshold": 0.69,
  "weights": {
    "score": 0.1365,
    "lead": 0.6616,
    "coverage": 0.0294,
    "matched": 0.2977,
    "neighbour": -1.9296,
    "namesMissed": -0.9969,
    "focusMiss": -1.7789,
    "typeMiss": -1.911,
    "unknown": -1.4676,
    "semantic": 1.5918,
    "topicality": 1.4815
  }
};
