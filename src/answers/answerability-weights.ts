/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 230 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.4768,
  "threshold": 0.6853,
  "weights": {
    "score": 0.3339,
    "lead": 0.3378,
    "coverage": 0.2241,
    "matched": 0,
    "neighbour": 0.506,
    "namesMissed": -3.4303,
    "numbersMissed": -3.521,
    "focusMiss": -0.7431,
    "typeMiss": -3.9474,
    "unionCover": 0,
    "numberNear": -0.0656,
    "focusHit": -0.2794,
    "unknown": -0.2043,
    "semantic": 1.3135,
    "topicality": 0.9432,
    "noMeaning": 1.562,
    "weakEvidence": -0.726,
    "rarestMissing": -0.3712,
    "focusLoose": -1.6321,
    "bestFocusLoose": -1.652
  }
};
