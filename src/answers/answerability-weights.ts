/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.09.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.8749,
  "threshold": 0.711,
  "weights": {
    "score": 0.3287,
    "lead": 0.2966,
    "coverage": 0.6854,
    "matched": 0.0638,
    "neighbour": -0.3403,
    "namesMissed": -1.4345,
    "numbersMissed": -4.092,
    "focusMiss": -2.9713,
    "typeMiss": -3.5187,
    "unionCover": 0,
    "numberNear": -0.342,
    "focusHit": -0.0061,
    "unknown": -0.7764,
    "semantic": 1.9987,
    "topicality": 2.134,
    "noMeaning": 1.5703,
    "weakEvidence": -1.1587,
    "rarestMissing": -0.1984,
    "focusLoose": -3.0701
  }
};
