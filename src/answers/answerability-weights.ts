/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on 108 dev questions of eval/questions.json.
 * The threshold is the highest that keeps false abstention on dev at or under 0.1.
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: { readonly bias: number; readonly threshold: number; readonly weights: Readonly<Record<AnswerFeatureName, number>> } = {
  "bias": -0.5977,
  "threshold": 0.72,
  "weights": {
    "score": 0.2564,
    "lead": 0.4712,
    "coverage": 0.3085,
    "matched": 0,
    "neighbour": -2.2419,
    "namesMissed": 0,
    "numbersMissed": -1.4283,
    "focusMiss": -3.9985,
    "typeMiss": -4.2109,
    "unionCover": 0,
    "numberNear": -0.2009,
    "focusHit": -0.7109,
    "unknown": -2.6193,
    "semantic": 1.7458,
    "topicality": 1.2687,
    "noMeaning": 1.1126
  }
};
