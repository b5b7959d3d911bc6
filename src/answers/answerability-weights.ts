/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.0191,
  "threshold": 0.7375,
  "weights": {
    "score": 0.3341,
    "lead": 0.3042,
    "coverage": 0.8715,
    "matched": 0.238,
    "neighbour": 0.0756,
    "namesMissed": -1.3943,
    "numbersMissed": -4.193,
    "focusMiss": -1.3829,
    "typeMiss": -3.5368,
    "unionCover": 0,
    "numberNear": -0.426,
    "focusHit": 0.0973,
    "unknown": -0.7534,
    "semantic": 1.8954,
    "topicality": 2.2618,
    "noMeaning": 1.446,
    "weakEvidence": -2.2861,
    "rarestMissing": -0.2211,
    "focusLoose": -1.2507,
    "bestFocusLoose": -2.5356
  }
};
