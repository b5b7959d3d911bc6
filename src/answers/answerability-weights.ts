/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.0209,
  "threshold": 0.7381,
  "weights": {
    "score": 0.3339,
    "lead": 0.3045,
    "coverage": 0.8747,
    "matched": 0.2356,
    "neighbour": 0.0665,
    "namesMissed": -1.3943,
    "numbersMissed": -4.1954,
    "focusMiss": -1.3856,
    "typeMiss": -3.5397,
    "unionCover": 0,
    "numberNear": -0.4265,
    "focusHit": 0.0963,
    "unknown": -0.7603,
    "semantic": 1.9077,
    "topicality": 2.2576,
    "noMeaning": 1.4473,
    "weakEvidence": -2.2832,
    "rarestMissing": -0.2142,
    "focusLoose": -1.2523,
    "bestFocusLoose": -2.5358
  }
};
