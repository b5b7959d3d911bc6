/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 0.2136,
  "threshold": 0.75,
  "weights": {
    "score": 0.2785,
    "lead": 0.566,
    "coverage": 0.5636,
    "matched": 0.3792,
    "neighbour": -2.4921,
    "namesMissed": -0.0722,
    "numbersMissed": -1.853,
    "focusMiss": -3.2257,
    "typeMiss": -4.4003,
    "unionCover": -1.9443,
    "numberNear": -0.0834,
    "focusHit": -0.6897,
    "unknown": -1.5815,
    "semantic": 2.4629,
    "topicality": 1.345,
    "noMeaning": 1.1579
  }
};
