/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.09.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -1.1167,
  "threshold": 0.7371,
  "weights": {
    "score": 0.332,
    "lead": 0.2708,
    "coverage": 0.914,
    "matched": 0.1866,
    "neighbour": 0.0307,
    "namesMissed": -1.3182,
    "numbersMissed": -4.3576,
    "focusMiss": -1.315,
    "typeMiss": -3.5365,
    "unionCover": 0,
    "numberNear": -0.1819,
    "focusHit": 0.1508,
    "unknown": -0.8195,
    "semantic": 2.0483,
    "topicality": 2.2551,
    "noMeaning": 1.5237,
    "weakEvidence": -1.1787,
    "rarestMissing": -0.1964,
    "focusLoose": -1.2449,
    "bestFocusLoose": -2.6161
  }
};
