/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 193 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.8636,
  "threshold": 0.6504,
  "weights": {
    "score": 0.3399,
    "lead": 0.306,
    "coverage": 0.4129,
    "matched": 0.06,
    "neighbour": -0.4477,
    "namesMissed": -1.8066,
    "numbersMissed": -3.6536,
    "focusMiss": -1.9606,
    "typeMiss": -4.0245,
    "unionCover": 0,
    "numberNear": -0.2204,
    "focusHit": -0.0228,
    "unknown": -0.0988,
    "semantic": 1.7359,
    "topicality": 1.1392,
    "noMeaning": 1.7005,
    "weakEvidence": -3.8363,
    "rarestMissing": -0.0699,
    "focusLoose": -1.4522,
    "bestFocusLoose": -1.3892
  }
};
