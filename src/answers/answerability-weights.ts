/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.0203,
  "threshold": 0.7345,
  "weights": {
    "score": 0.3378,
    "lead": 0.2656,
    "coverage": 0.8906,
    "matched": 0.2763,
    "neighbour": 0.0632,
    "namesMissed": -1.4328,
    "numbersMissed": -4.2204,
    "focusMiss": -1.382,
    "typeMiss": -3.541,
    "unionCover": 0,
    "numberNear": -0.3985,
    "focusHit": 0.1071,
    "unknown": -0.7452,
    "semantic": 1.861,
    "topicality": 2.2647,
    "noMeaning": 1.4356,
    "weakEvidence": -2.3363,
    "rarestMissing": -0.1934,
    "focusLoose": -1.2309,
    "bestFocusLoose": -2.5547
  }
};
