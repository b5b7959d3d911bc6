/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 190 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.8499,
  "threshold": 0.6847,
  "weights": {
    "score": 0.3525,
    "lead": 0.2845,
    "coverage": 0.3766,
    "matched": 0,
    "neighbour": -0.159,
    "namesMissed": -1.7191,
    "numbersMissed": -3.5701,
    "focusMiss": -1.7875,
    "typeMiss": -3.9557,
    "unionCover": 0,
    "numberNear": -0.2637,
    "focusHit": -0.0656,
    "unknown": -0.5067,
    "semantic": 1.9757,
    "topicality": 0.871,
    "noMeaning": 1.7455,
    "weakEvidence": -3.5139,
    "rarestMissing": -0.0191,
    "focusLoose": -1.499,
    "bestFocusLoose": -1.7224
  }
};
