/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 193 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.8932,
  "threshold": 0.6568,
  "weights": {
    "score": 0.3508,
    "lead": 0.2891,
    "coverage": 0.4363,
    "matched": 0,
    "neighbour": -0.1286,
    "namesMissed": -1.716,
    "numbersMissed": -3.6293,
    "focusMiss": -1.819,
    "typeMiss": -3.9589,
    "unionCover": 0,
    "numberNear": -0.1789,
    "focusHit": -0.0708,
    "unknown": -0.4843,
    "semantic": 1.9068,
    "topicality": 0.9472,
    "noMeaning": 1.7293,
    "weakEvidence": -3.5113,
    "rarestMissing": -0.009,
    "focusLoose": -1.1958,
    "bestFocusLoose": -1.6605
  }
};
