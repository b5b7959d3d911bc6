/**
 * The answer/abstain model's weights (see answerability.ts for the features).
 * Fitted by `npm run fit -- --write` on the 350 dev questions of eval/questions.json as of commit 234bcc0
 * (`--questions` that file): the 9 questions moved from holdout to dev and the blind batches E and F
 * added to dev since are not in; a refit on them was measured and not kept (README, "Which weights").
 * The threshold is the highest that keeps false abstention on dev at or under 0.08; from `sure` on, an
 * answer is no longer tentative (below it, dev answers were right no more often than wrong).
 * Do not edit by hand: change a feature, then refit.
 * @module
 */
import type { AnswerFeatureName } from "./answerability.js";

export const ANSWER_MODEL: {
  readonly bias: number;
  readonly threshold: number;
  readonly sure: number;
  readonly weights: Readonly<Record<AnswerFeatureName, number>>;
} = {
  "bias": 0.6259,
  "threshold": 0.6687,
  "sure": 0.8032,
  "weights": {
    "score": 0.227,
    "lead": 0.089,
    "coverage": 0.2475,
    "matched": 0.0137,
    "neighbour": -0.3269,
    "namesMissed": -1.9078,
    "numbersMissed": -3.1012,
    "focusMiss": -1.6985,
    "typeMiss": -2.7096,
    "unionCover": 0,
    "numberNear": -0.4196,
    "focusHit": -0.22,
    "unknown": 0,
    "semantic": 0.0175,
    "topicality": 1.4864,
    "noMeaning": 1.2452,
    "weakEvidence": -0.7734,
    "rarestMissing": -0.7256,
    "focusLoose": -0.79,
    "bestFocusLoose": -0.7547
  }
};
