/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.09.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.9713,
  "threshold": 0.7118,
  "weights": {
    "score": 0.3351,
    "lead": 0.292,
    "coverage": 0.7415,
    "matched": 0.0736,
    "neighbour": -0.2484,
    "namesMissed": -1.4241,
    "numbersMissed": -4.0803,
    "focusMiss": -2.9686,
    "typeMiss": -3.498,
    "unionCover": 0,
    "numberNear": -0.344,
    "focusHit": -0.0028,
    "unknown": -0.7822,
    "semantic": 2.014,
    "topicality": 2.1157,
    "noMeaning": 1.5797,
    "weakEvidence": -1.0378,
    "rarestMissing": -0.16,
    "focusLoose": -3.0748
  }
};
