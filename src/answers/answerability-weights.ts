/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": 0.0849,
  "threshold": 0.75,
  "weights": {
    "score": 0.2885,
    "lead": 0.5884,
    "coverage": 0.5391,
    "matched": 0.3875,
    "neighbour": -2.3771,
    "namesMissed": -0.1271,
    "numbersMissed": -1.8812,
    "focusMiss": -3.3034,
    "typeMiss": -4.3836,
    "unionCover": -2.0081,
    "numberNear": -0.031,
    "focusHit": -0.6572,
    "unknown": -1.4014,
    "semantic": 2.5419,
    "topicality": 1.4655,
    "noMeaning": 1.2191
  }
};
