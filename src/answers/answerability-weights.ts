/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.0689,
  "threshold": 0.7514,
  "weights": {
    "score": 0.324,
    "lead": 0.2785,
    "coverage": 0.8597,
    "matched": 0.1924,
    "neighbour": 0.2315,
    "namesMissed": -1.4186,
    "numbersMissed": -4.1292,
    "focusMiss": -1.8761,
    "typeMiss": -3.525,
    "unionCover": 0,
    "numberNear": -0.5046,
    "focusHit": 0.1434,
    "unknown": -0.6885,
    "semantic": 2.1145,
    "topicality": 2.1854,
    "noMeaning": 1.5445,
    "weakEvidence": -2.6097,
    "rarestMissing": -0.1041,
    "focusLoose": -1.8919,
    "bestFocusLoose": -1.6676
  }
};
