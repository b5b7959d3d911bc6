/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 0.0266,
  "threshold": 0.716,
  "weights": {
    "score": 0.2761,
    "lead": 0.3367,
    "coverage": 0.0724,
    "matched": 0,
    "neighbour": -0.7755,
    "namesMissed": -1.9559,
    "numbersMissed": -1.2462,
    "focusMiss": -0.8685,
    "typeMiss": -3.6525,
    "unionCover": 0,
    "numberNear": -0.209,
    "focusHit": -0.4713,
    "unknown": -0.4574,
    "semantic": 1.3611,
    "topicality": 1.5535,
    "noMeaning": 1.5026,
    "weakEvidence": -1.8832,
    "rarestMissing": -0.769
  }
};
