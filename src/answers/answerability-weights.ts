/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.09.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.1334,
  "threshold": 0.7365,
  "weights": {
    "score": 0.3415,
    "lead": 0.3032,
    "coverage": 0.897,
    "matched": 0.2949,
    "neighbour": 0.0136,
    "namesMissed": -1.3177,
    "numbersMissed": -4.2312,
    "focusMiss": -1.3957,
    "typeMiss": -3.5191,
    "unionCover": 0,
    "numberNear": -0.4186,
    "focusHit": 0.1337,
    "unknown": -0.9756,
    "semantic": 1.9727,
    "topicality": 2.1894,
    "noMeaning": 1.4573,
    "weakEvidence": -2.4377,
    "rarestMissing": -0.136,
    "focusLoose": -1.2526,
    "bestFocusLoose": -2.5416
  }
};
