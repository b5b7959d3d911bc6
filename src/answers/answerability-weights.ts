/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.1967,
  "threshold": 0.7027,
  "weights": {
    "score": 0.327,
    "lead": 0.2828,
    "coverage": 0.3075,
    "matched": 0,
    "neighbour": -1.0351,
    "namesMissed": -1.9878,
    "numbersMissed": -1.2535,
    "focusMiss": -3.6031,
    "typeMiss": -3.5711,
    "unionCover": 0,
    "numberNear": -0.4847,
    "focusHit": -0.509,
    "unknown": -0.5363,
    "semantic": 1.5376,
    "topicality": 1.4997,
    "noMeaning": 1.4305,
    "weakEvidence": -1.612,
    "rarestMissing": -0.6568
  }
};
