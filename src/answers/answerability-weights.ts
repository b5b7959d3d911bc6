/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 0.03,
  "threshold": 0.7106,
  "weights": {
    "score": 0.3025,
    "lead": 0.3033,
    "coverage": 0.1343,
    "matched": 0,
    "neighbour": -0.9733,
    "namesMissed": -2.0494,
    "numbersMissed": -1.273,
    "focusMiss": -3.5785,
    "typeMiss": -3.6786,
    "unionCover": 0,
    "numberNear": -0.1704,
    "focusHit": -0.5596,
    "unknown": -0.5684,
    "semantic": 1.3755,
    "topicality": 1.3045,
    "noMeaning": 1.4339,
    "weakEvidence": -2.1913,
    "rarestMissing": -0.7048
  }
};
