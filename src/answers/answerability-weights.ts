/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 230 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.4585,
  "threshold": 0.7,
  "weights": {
    "score": 0.3239,
    "lead": 0.3156,
    "coverage": 0.2988,
    "matched": 0,
    "neighbour": 0.4282,
    "namesMissed": -4.0568,
    "numbersMissed": -3.3193,
    "focusMiss": -0.6021,
    "typeMiss": -3.9804,
    "unionCover": 0,
    "numberNear": -0.3062,
    "focusHit": -0.179,
    "unknown": -0.2769,
    "semantic": 1.3828,
    "topicality": 1.0368,
    "noMeaning": 1.5188,
    "weakEvidence": -0.6067,
    "rarestMissing": -0.5741,
    "focusLoose": -1.6149,
    "bestFocusLoose": -1.6473
  }
};
