/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 193 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.08.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.918,
  "threshold": 0.6281,
  "weights": {
    "score": 0.344,
    "lead": 0.2895,
    "coverage": 0.4527,
    "matched": 0.1119,
    "neighbour": -0.6237,
    "namesMissed": -1.7662,
    "numbersMissed": -3.7059,
    "focusMiss": -1.97,
    "typeMiss": -4.0095,
    "unionCover": 0,
    "numberNear": -0.2102,
    "focusHit": -0.0166,
    "unknown": -0.304,
    "semantic": 1.6593,
    "topicality": 1.2842,
    "noMeaning": 1.6845,
    "weakEvidence": -3.1089,
    "rarestMissing": -0.0218,
    "focusLoose": -1.4446,
    "bestFocusLoose": -1.3621
  }
};
