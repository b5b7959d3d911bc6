/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 0.0384,
  "threshold": 0.7171,
  "weights": {
    "score": 0.2767,
    "lead": 0.3366,
    "coverage": 0.061,
    "matched": 0,
    "neighbour": -0.7907,
    "namesMissed": -1.9597,
    "numbersMissed": -1.2455,
    "focusMiss": -0.8716,
    "typeMiss": -3.6377,
    "unionCover": 0,
    "numberNear": -0.2076,
    "focusHit": -0.4722,
    "unknown": -0.4589,
    "semantic": 1.3536,
    "topicality": 1.5511,
    "noMeaning": 1.5011,
    "weakEvidence": -1.8984,
    "rarestMissing": -0.773
  }
};
