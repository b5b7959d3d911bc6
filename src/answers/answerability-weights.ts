/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 1.3235,
  "threshold": 0.78,
  "weights": {
    "score": 0.1635,
    "lead": 0.3069,
    "coverage": 0.0004,
    "matched": 0,
    "neighbour": -3.5698,
    "namesMissed": 0,
    "numbersMissed": -1.453,
    "focusMiss": -4.5553,
    "typeMiss": -4.6484,
    "unionCover": 0,
    "numberNear": -0.2859,
    "focusHit": -0.9165,
    "unknown": -2.3424,
    "semantic": 1.4343,
    "topicality": 1.3076,
    "noMeaning": 1.0374,
    "weakEvidence": -5.7397
  }
};
