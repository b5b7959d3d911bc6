/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.1391,
  "threshold": 0.7057,
  "weights": {
    "score": 0.3118,
    "lead": 0.2965,
    "coverage": 0.2521,
    "matched": 0,
    "neighbour": -0.9288,
    "namesMissed": -1.9593,
    "numbersMissed": -1.2718,
    "focusMiss": -3.5381,
    "typeMiss": -3.5245,
    "unionCover": 0,
    "numberNear": -0.1917,
    "focusHit": -0.5666,
    "unknown": -0.4856,
    "semantic": 1.4364,
    "topicality": 1.4581,
    "noMeaning": 1.4471,
    "weakEvidence": -1.9458,
    "rarestMissing": -0.6901
  }
};
