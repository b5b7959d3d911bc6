/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.2563,
  "threshold": 0.7145,
  "weights": {
    "score": 0.2784,
    "lead": 0.3432,
    "coverage": 0.2656,
    "matched": 0,
    "neighbour": -0.6284,
    "namesMissed": -2.0698,
    "numbersMissed": -1.4005,
    "focusMiss": -0.8861,
    "typeMiss": -3.6177,
    "unionCover": 0,
    "numberNear": -0.2003,
    "focusHit": -0.4603,
    "unknown": -0.9674,
    "semantic": 1.3892,
    "topicality": 1.5487,
    "noMeaning": 1.5474,
    "weakEvidence": -2.0795
  }
};
