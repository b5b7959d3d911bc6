/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 230 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.5598,
  "threshold": 0.6796,
  "weights": {
    "score": 0.3413,
    "lead": 0.3205,
    "coverage": 0.3255,
    "matched": 0,
    "neighbour": 0.4699,
    "namesMissed": -3.4467,
    "numbersMissed": -3.3553,
    "focusMiss": -0.6493,
    "typeMiss": -3.9672,
    "unionCover": 0,
    "numberNear": -0.3113,
    "focusHit": -0.1984,
    "unknown": -0.1604,
    "semantic": 1.3538,
    "topicality": 1.0027,
    "noMeaning": 1.5274,
    "weakEvidence": -0.4823,
    "rarestMissing": -0.3975,
    "focusLoose": -1.5956,
    "bestFocusLoose": -1.6388
  }
};
