/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 1.535,
  "threshold": 0.76,
  "weights": {
    "score": 0.1394,
    "lead": 0.215,
    "coverage": 0.172,
    "matched": 0,
    "neighbour": -3.6863,
    "namesMissed": 0,
    "numbersMissed": -1.3096,
    "focusMiss": -4.2578,
    "typeMiss": -4.4506,
    "unionCover": 0,
    "numberNear": -0.6353,
    "focusHit": -0.6405,
    "unknown": -2.3198,
    "semantic": 0.9173,
    "topicality": 0.8574,
    "noMeaning": 0.9289,
    "weakEvidence": -6.3935
  }
};
