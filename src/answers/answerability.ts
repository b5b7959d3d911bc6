/**
 * Whether the best passages answer the question at all: a small logistic model over what the best
 * candidate shows (its score, its lead over the next one, how much of the question it covers and how,
 * names or the asked-about word it lacks, a missing number or date, question words the articles never
 * use). Its weights, its threshold and the probability from which an answer is sure rather than
 * tentative are fitted on the dev split of the question set (`npm run fit`).
 * @module
 */
import { FEATURE_AT, type FeatureName, type RankedUnit } from "../retrieval/index.js";
import { ANSWER_MODEL } from "./answerability-weights.js";

export const ANSWER_FEATURES = [
  "score",
  "lead",
  "coverage",
  "matched",
  "neighbour",
  "namesMissed",
  "numbersMissed",
  "focusMiss",
  "typeMiss",
  "unionCover",
  "numberNear",
  "focusHit",
  "unknown",
  "semantic",
  "topicality",
  "noMeaning",
  "weakEvidence",
  "rarestMissing",
  "focusLoose",
  "bestFocusLoose",
] as const;

export type AnswerFeatureName = (typeof ANSWER_FEATURES)[number];

/** Below this sum of coverage and meaning similarity the best passage is weak evidence (not fitted). */
const WEAK_EVIDENCE = 0.6;

/** An answer shows several passages: the type and the asked-about word may come from any of the first few. */
const SHOWN = 3;
/**
 * A further passage is shown only when at least this likely relative to the best one (compose.ts uses the
 * same rule): one far below the best, which the reader never sees, is no evidence either way.
 */
export const RELATIVE_TO_BEST = 0.1;

/** The model's inputs for a ranking, best first (non-empty), in `ANSWER_FEATURES` order. */
export function answerFeatures(ranked: readonly RankedUnit[]): number[] {
  const [best, second] = ranked;
  if (!best) throw new RangeError("answerFeatures needs at least one ranked sentence");
  const of = (r: RankedUnit, name: FeatureName) => r.features[FEATURE_AT[name]]!;
  const shown = ranked.slice(0, SHOWN).filter((r) => r.score >= best.score + Math.log(RELATIVE_TO_BEST));
  const none = (name: FeatureName) => (shown.every((r) => of(r, name) > 0) ? 1 : 0);
  // A shown passage that misses a name the best one has is about someone else: its kind of answer does
  // not count ("when was *Braverman* home secretary" is not answered by "*Theresa May*, then home
  // secretary, …"). Its asked-about word still does (measured: counting neither is worse).
  const aboutOthers = (r: RankedUnit) => of(r, "namesMissed") > of(best, "namesMissed");
  // A further shown passage that has none of the question's words in its own text, only through its
  // speaker or the sentences before it, says something of its own: its kind of answer does not count
  // either ("what year did she get it?" after "the rotherham whistleblower got an MBE didn't she?" is not
  // answered by the whistleblower's "When I went to see David Cameron in 2015, …").
  const saysItsOwn = (r: RankedUnit) => r !== best && r.inText === 0;
  // The passage has the asked-about word as written (or the question asks about no word).
  const focusAsWritten = (r: RankedUnit) => of(r, "focusMiss") === 0 && of(r, "focusLoose") === 0;
  // Named, so that a value cannot slip into another feature's place.
  const x: Record<AnswerFeatureName, number> = {
    score: best.score,
    lead: best.score - (second?.score ?? 0),
    coverage: best.coverage,
    matched: of(best, "matched"),
    neighbour: of(best, "neighbour"),
    namesMissed: best.question.choice ? namesMissedByAll(shown) : of(best, "namesMissed"),
    numbersMissed: of(best, "numbersMissed"),
    focusMiss: none("focusMiss"),
    // The kind of answer asked for is in none of the shown passages about the people the question names
    // and about what it asks.
    typeMiss: shown.every((r) => of(r, "typeMiss") > 0 || aboutOthers(r) || saysItsOwn(r)) ? 1 : 0,
    // How much of the question the shown passages cover together (shares of the words the corpus has).
    unionCover: best.covers.reduce((sum, _, t) => sum + Math.max(...shown.map((r) => r.covers[t] ?? 0)), 0),
    numberNear: of(best, "numberNear"),
    focusHit: of(best, "focusHit"),
    unknown: of(best, "unknown"),
    semantic: of(best, "semantic"),
    topicality: of(best, "topicality"),
    noMeaning: of(best, "noMeaning"),
    // How far the best passage falls short of matching a fair part of the question by its words or its
    // meaning: a hinge, so that the model can turn down weak evidence without discounting all coverage.
    weakEvidence: Math.max(0, WEAK_EVIDENCE - best.coverage - of(best, "semantic")),
    // The heaviest question word that none of the shown passages matches in any way.
    rarestMissing: best.question.shares.reduce((max, w, t) => (shown.some((r) => (r.covers[t] ?? 0) > 0) ? max : Math.max(max, w)), 0),
    // The shown passages meet the asked-about word only through related words, never as written.
    focusLoose: shown.some((r) => of(r, "focusLoose") > 0) && !shown.some(focusAsWritten) ? 1 : 0,
    // The best passage itself does not have the asked-about word as written (another shown one may).
    bestFocusLoose: focusAsWritten(best) ? 0 : 1,
  };
  return ANSWER_FEATURES.map((name) => x[name]);
}

/** The share of the question's names that none of the shown passages has. */
function namesMissedByAll(shown: readonly RankedUnit[]): number {
  const names = shown[0]!.question.requiredNames.flatMap((required, t) => (required ? [t] : []));
  if (names.length === 0) return 0;
  return names.filter((t) => shown.every((r) => (r.covers[t] ?? 0) === 0)).length / names.length;
}

/** Probability that the articles answer the question, from its ranking (best first, non-empty). */
export function answerProbability(ranked: readonly RankedUnit[]): number {
  const x = answerFeatures(ranked);
  let s = ANSWER_MODEL.bias;
  ANSWER_FEATURES.forEach((name, i) => (s += ANSWER_MODEL.weights[name] * x[i]!));
  return 1 / (1 + Math.exp(-s));
}

/**
 * Whether the articles answer: not at all (the probability is under the fitted threshold), tentatively
 * (under the fitted `sure` probability, below which the dev questions' answers were right no more often
 * than wrong: front ends say the passages may not answer the question directly), or surely.
 */
export type Verdict = "abstain" | "tentative" | "sure";

export function verdict(ranked: readonly RankedUnit[]): Verdict {
  if (ranked.length === 0) return "abstain";
  const p = answerProbability(ranked);
  return p < ANSWER_MODEL.threshold ? "abstain" : p < ANSWER_MODEL.sure ? "tentative" : "sure";
}
