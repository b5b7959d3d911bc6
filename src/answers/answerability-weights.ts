/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.2177,
  "threshold": 0.7021,
  "weights": {
    "score": 0.3277,
    "lead": 0.2821,
    "coverage": 0.3292,
    "matched": 0,
    "neighbour": -1.0256,
    "namesMissed": -1.9908,
    "numbersMissed": -1.2572,
    "focusMiss": -3.6061,
    "typeMiss": -3.5658,
    "unionCover": 0,
    "numberNear": -0.4854,
    "focusHit": -0.5078,
    "unknown": -0.5454,
    "semantic": 1.5327,
    "topicality": 1.4974,
    "noMeaning": 1.427,
    "weakEvidence": -1.6101,
    "rarestMissing": -0.6317
  }
};
