/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 193 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.7019,
  "threshold": 0.6356,
  "weights": {
    "score": 0.4001,
    "lead": 0.1478,
    "coverage": 0.2704,
    "matched": 0,
    "neighbour": -0.3826,
    "namesMissed": -1.7994,
    "numbersMissed": -3.6167,
    "focusMiss": -1.7213,
    "typeMiss": -2.9779,
    "unionCover": 0,
    "numberNear": -0.2019,
    "focusHit": 0.0268,
    "unknown": -0.3063,
    "semantic": 1.1042,
    "topicality": 1.2081,
    "noMeaning": 1.7188,
    "weakEvidence": -3.5038,
    "rarestMissing": 0,
    "focusLoose": -0.8501,
    "bestFocusLoose": -1.6755
  }
};
