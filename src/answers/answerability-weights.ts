/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 141 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.09.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.6555,
  "threshold": 0.7396,
  "weights": {
    "score": 0.3083,
    "lead": 0.2945,
    "coverage": 0.67,
    "matched": 0,
    "neighbour": -0.1587,
    "namesMissed": -1.5103,
    "numbersMissed": -1.5283,
    "focusMiss": -3.0068,
    "typeMiss": -3.4631,
    "unionCover": 0,
    "numberNear": -0.4839,
    "focusHit": -0.0528,
    "unknown": -0.863,
    "semantic": 1.8975,
    "topicality": 1.7432,
    "noMeaning": 1.5178,
    "weakEvidence": -1.2081,
    "rarestMissing": -0.3076,
    "focusLoose": -2.9599
  }
};
