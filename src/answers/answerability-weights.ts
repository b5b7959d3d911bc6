/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 350 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 0.6739,
  "threshold": 0.6765,
  "weights": {
    "score": 0.2304,
    "lead": 0.0771,
    "coverage": 0.195,
    "matched": 0,
    "neighbour": -0.4124,
    "namesMissed": -1.7944,
    "numbersMissed": -3.0596,
    "focusMiss": -1.6646,
    "typeMiss": -2.3517,
    "unionCover": 0,
    "numberNear": -0.5465,
    "focusHit": -0.1675,
    "unknown": 0,
    "semantic": 0,
    "topicality": 1.5241,
    "noMeaning": 1.2472,
    "weakEvidence": -0.7786,
    "rarestMissing": -0.7571,
    "focusLoose": -0.7975,
    "bestFocusLoose": -0.7504
  }
};
