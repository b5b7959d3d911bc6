/**
 * Ranking: candidates come from the flexsearch index (one lookup per key, OR-ed), then a scoring
 * function of our own orders them: idf-weighted coverage of the question's terms (exact, typo-corrected
 * or by word-vector neighbour), length normalisation, proximity, the question type, and the speaker.
 * @module
 */
import type { Article, Sentence } from "./article.js";
import type { NeighbourTable } from "./neighbours.js";
import type { QueryTerm, QuestionType } from "./question.js";
import type { SentenceIndex } from "./sentence-index.js";
import { stemKey } from "./nlp.js";

/** One indexed sentence and what the ranker needs to know about it. */
export interface Unit {
  readonly article: Article;
  readonly sentence: Sentence;
  /** Content keys (stop words removed), with token positions for proximity. */
  readonly keys: readonly string[];
  readonly positions: ReadonlyMap<string, readonly number[]>;
  readonly speakerKeys: ReadonlySet<string>;
  /** Name keys of the sentences just before, for a sentence that refers back with "he", "she", "they". */
  readonly contextKeys: ReadonlySet<string>;
  readonly length: number;
}

export interface RankedUnit {
  readonly unit: Unit;
  readonly id: number;
  readonly score: number;
  /** Share of the question's weight that this sentence covers, in [0, 1]. */
  readonly coverage: number;
}

/** Tunable weights, named once; calibrated on the project's own question set (eval/questions.json). */
export const RANK_WEIGHTS = {
  typoWeight: 0.8,
  /** A neighbour counts for similarity² × this; neighbours are related words, not synonyms. */
  neighbourWeight: 0.75,
  minNeighbourSimilarity: 0.5,
  maxNeighbours: 8,
  speakerFieldWeight: 0.9,
  contextFieldWeight: 0.75,
  proximity: 0.1,
  typeMatch: 0.12,
  /** Score factor when a number or date question meets a sentence with no number or date. */
  typeMiss: 0.75,
  /** Score factor when the sentence lacks the word the question asks about. */
  focusMiss: 0.65,
  speakerMatch: 0.2,
  lengthB: 0.3,
} as const;

interface Alternative {
  readonly key: string;
  readonly weight: number;
}

interface WeightedTerm {
  readonly term: QueryTerm;
  readonly idf: number;
  readonly alternatives: readonly Alternative[];
}

export interface RankInput {
  readonly terms: readonly QueryTerm[];
  readonly type: QuestionType;
  readonly focus: readonly string[];
}

export interface RankContext {
  readonly index: SentenceIndex;
  readonly units: readonly Unit[];
  readonly neighbours: NeighbourTable;
  readonly averageLength: number;
  /** Unit ids by the keys of their speaker's name. */
  readonly bySpeaker: ReadonlyMap<string, readonly number[]>;
}

/** Score every candidate sentence for the question, best first. */
export function rank(input: RankInput, context: RankContext): RankedUnit[] {
  const weighted = input.terms.map((term) => weigh(term, context));
  const total = weighted.reduce((sum, w) => sum + w.idf, 0);
  if (total === 0) return [];
  const candidates = new Set<number>();
  for (const w of weighted) for (const alt of w.alternatives) for (const id of context.index.lookup(alt.key, 5000)) candidates.add(id);
  for (const id of speakerCandidates(weighted, context)) candidates.add(id);
  const named = weighted.filter((w) => w.term.isName).map((w) => w.term.key);
  const ranked: RankedUnit[] = [];
  for (const id of candidates) {
    const unit = context.units[id]!;
    ranked.push(score(unit, id, weighted, total, input, named, context.averageLength));
  }
  return ranked.sort((a, b) => b.score - a.score || a.id - b.id);
}

function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function weigh(term: QueryTerm, context: RankContext): WeightedTerm {
  const { index } = context;
  const n = index.size;
  const alternatives: Alternative[] = [];
  const df = index.df(term.key);
  if (df > 0) alternatives.push({ key: term.key, weight: 1 });
  else if (!term.isNumber) for (const key of index.correct(term.word)) alternatives.push({ key, weight: RANK_WEIGHTS.typoWeight });
  if (!term.isName && !term.isNumber) {
    const lemma = alternatives.length > 0 && df === 0 ? undefined : term.lemma;
    const near = context.neighbours.neighbours(lemma ?? term.word);
    for (const nb of near.slice(0, RANK_WEIGHTS.maxNeighbours)) {
      if (nb.similarity < RANK_WEIGHTS.minNeighbourSimilarity) break;
      const key = stemKey(nb.lemma);
      if (key === term.key || index.df(key) === 0 || alternatives.some((a) => a.key === key)) continue;
      alternatives.push({ key, weight: nb.similarity * nb.similarity * RANK_WEIGHTS.neighbourWeight });
    }
  }
  // An unknown word weighs as much as the rarest word: a question about something absent is not answered.
  const known = alternatives.filter((a) => a.weight >= RANK_WEIGHTS.typoWeight);
  const termDf = known.length > 0 ? Math.max(...known.map((a) => index.df(a.key))) : alternatives.length > 0 ? Math.min(...alternatives.map((a) => index.df(a.key))) : 0;
  return { term, idf: idf(termDf, n), alternatives };
}

/** Sentences whose speaker is named in the question ("what did Philp say") are candidates too. */
function speakerCandidates(weighted: readonly WeightedTerm[], context: RankContext): number[] {
  const names = weighted.filter((w) => w.term.isName || w.alternatives.length > 0).flatMap((w) => w.alternatives.map((a) => a.key));
  if (names.length === 0) return [];
  return names.flatMap((k) => context.bySpeaker.get(k) ?? []);
}

function score(unit: Unit, id: number, weighted: readonly WeightedTerm[], total: number, input: RankInput, named: readonly string[], avg: number): RankedUnit {
  let covered = 0;
  let focusMissed = false;
  const hitPositions: number[] = [];
  for (const w of weighted) {
    let best = 0;
    let at: number | undefined;
    for (const alt of w.alternatives) {
      const positions = unit.positions.get(alt.key);
      if (positions && alt.weight > best) {
        best = alt.weight;
        at = positions[0];
      } else if (!positions && unit.speakerKeys.has(alt.key) && alt.weight * RANK_WEIGHTS.speakerFieldWeight > best) {
        best = alt.weight * RANK_WEIGHTS.speakerFieldWeight;
      } else if (!positions && unit.contextKeys.has(alt.key) && alt.weight * RANK_WEIGHTS.contextFieldWeight > best) {
        best = alt.weight * RANK_WEIGHTS.contextFieldWeight;
      }
    }
    covered += w.idf * best;
    if (at !== undefined) hitPositions.push(at);
    if (best === 0 && input.focus.includes(w.term.key)) focusMissed = true;
  }
  const coverage = covered / total;
  const lengthNorm = 1 / (1 - RANK_WEIGHTS.lengthB + RANK_WEIGHTS.lengthB * (unit.length / avg));
  let s = coverage * (0.85 + 0.15 * lengthNorm) + RANK_WEIGHTS.proximity * proximity(hitPositions);
  s *= typeFactor(unit, input.type) * (focusMissed ? RANK_WEIGHTS.focusMiss : 1);
  if (named.length > 0 && unit.sentence.speaker && named.some((k) => unit.speakerKeys.has(k))) s *= 1 + RANK_WEIGHTS.speakerMatch;
  return { unit, id, score: s, coverage };
}

/** 1 when the matched words sit together, falling towards 0 as they spread out. */
function proximity(positions: number[]): number {
  if (positions.length < 2) return 0;
  const span = Math.max(...positions) - Math.min(...positions) + 1;
  return positions.length / span;
}

function typeFactor(unit: Unit, type: QuestionType): number {
  const s = unit.sentence;
  const has = (kinds: readonly string[]) => s.entities.some((e) => kinds.includes(e.kind));
  const match = 1 + RANK_WEIGHTS.typeMatch;
  switch (type) {
    case "number":
      return s.tokens.some((t) => t.kind === "number") || has(["number", "money", "percent"]) ? match : RANK_WEIGHTS.typeMiss;
    case "date":
      return has(["date", "time", "duration"]) || s.tokens.some((t) => /^(?:19|20)\d\d$/u.test(t.value)) ? match : RANK_WEIGHTS.typeMiss;
    case "quote":
      return s.speaker ? 1 + RANK_WEIGHTS.typeMatch / 2 : 1;
    case "who":
      return s.speaker || s.tokens.some((t) => t.pos === "PROPN") ? 1 + RANK_WEIGHTS.typeMatch / 2 : 1;
    case "reason":
    case "fact":
      return 1;
  }
}
