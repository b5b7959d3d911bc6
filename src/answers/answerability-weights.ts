/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.0108,
  "threshold": 0.73,
  "weights": {
    "score": 0.2595,
    "lead": 0.5574,
    "coverage": 0.238,
    "matched": 0.104,
    "neighbour": -2.9191,
    "namesMissed": 0,
    "numbersMissed": -1.821,
    "focusMiss": -3.1011,
    "typeMiss": -4.3318,
    "unionCover": 0,
    "numberNear": -0.0529,
    "focusHit": -0.7884,
    "unknown": -2.1312,
    "semantic": 2.4658,
    "topicality": 1.4088,
    "noMeaning": 1.1411
  }
};
