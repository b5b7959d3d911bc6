/**
 * Everything the ranker needs over a set of ingested articles, built once.
 * @module
 */
import type { Article } from "./article.js";
import type { NeighbourTable } from "./neighbours.js";
import type { RankContext, Unit } from "./rank.js";
import { CANDIDATES } from "./candidates.js";
import { buildSentenceIndex, type IndexedUnit } from "./sentence-index.js";
import { buildUnits, indexedUnit, personIndex } from "./units.js";
import type { VectorTable } from "./vectors.js";
import { stemKey, type Token } from "./nlp.js";
import type { ParseOptions } from "./question.js";

/** Units, the flexsearch index, the speaker map and the sentences' meaning vectors over `articles`. */
export function buildRankContext(articles: readonly Article[], neighbours: NeighbourTable, vectors?: VectorTable): RankContext {
  const units = buildUnits(articles);
  return {
    units,
    index: buildSentenceIndex(indexedUnits(units)),
    neighbours,
    averageLength: units.reduce((sum, u) => sum + u.length, 0) / Math.max(1, units.length),
    byPerson: personIndex(units),
    meanings: vectors ? buildMeanings(units, vectors) : undefined,
  };
}

/**
 * What the articles, and English through the word vectors, tell the question parser about a question's
 * words (see ParseOptions): which the articles write as names or only in capitals, and which words
 * English or the articles know at all.
 */
export function parseWords(context: RankContext): Required<Pick<ParseOptions, "isName" | "writesCapitalised" | "knowsWord" | "functionWords">> {
  return {
    functionWords: functionWords(context.units),
    isName: (word) => context.index.isName(word),
    writesCapitalised: (word) => context.index.writesCapitalised(word),
    // Without the word vectors the parser cannot tell English it does not know from a misspelling: it
    // respells nothing.
    knowsWord: (word) => context.meanings === undefined || context.meanings.vectors.has(word) || context.index.df(stemKey(word)) > 0,
  };
}

/** The stop words the articles use, lowercase, letters only, not numbers ("five"): see `ParseOptions.functionWords`. */
function functionWords(units: readonly Unit[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const unit of units) for (const t of unit.sentence.tokens) if (t.stop && t.pos !== "NUM" && /^\p{Ll}+$/u.test(t.value)) words.add(t.value);
  return words;
}

/** Each unit's index entry, made as the index reads it rather than all at once. */
function* indexedUnits(units: readonly Unit[]): Generator<IndexedUnit> {
  for (const unit of units) yield indexedUnit(unit);
}

/** The meaning vectors of a corpus's sentences, centred on the corpus's own mean (its topic). */
export interface Meanings {
  readonly vectors: VectorTable;
  /** Unit i's vector is `rows[i·dims … (i+1)·dims)`, minus the topic, unit length (or zero). */
  readonly rows: Float32Array;
  /** The corpus's mean sentence vector, unit length: what the articles are about overall. */
  readonly topic: Float32Array;
  /**
   * The topic less what it shares with English text in general (`VectorTable.background`), unit length:
   * a question about the weekend's films is close to the topic (both are English) but not to this.
   */
  readonly direction: Float32Array;
  /**
   * `rows` quantised to int8, row i scaled by `scale[i]`, for a quick similarity over many
   * candidates (candidates.ts): a quarter of the bytes to read. Only made for corpora large enough
   * to need it.
   */
  readonly coarse: { readonly rows: Int8Array; readonly scale: Float32Array } | undefined;
}

/** A text's meaning: the frequency-weighted sum of its content words' vectors (unnormalised). */
export function meaningOf(tokens: readonly Pick<Token, "value" | "lemma" | "kind" | "stop">[], vectors: VectorTable): Float32Array {
  const v = new Float32Array(vectors.dims);
  for (const t of tokens) {
    if (t.stop || t.kind !== "word") continue;
    const word = t.value.toLowerCase();
    if (!vectors.addTo(v, word) && t.lemma !== word) vectors.addTo(v, t.lemma);
  }
  return v;
}

export function normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (let d = 0; d < v.length; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < v.length; d++) v[d]! /= norm;
  return v;
}

function buildMeanings(units: readonly Unit[], vectors: VectorTable): Meanings {
  const { dims } = vectors;
  const rows = new Float32Array(units.length * dims);
  const mean = new Float32Array(dims);
  units.forEach((unit, i) => {
    const v = normalise(meaningOf(unit.sentence.tokens, vectors));
    rows.set(v, i * dims);
    for (let d = 0; d < dims; d++) mean[d]! += v[d]!;
  });
  for (let d = 0; d < dims; d++) mean[d]! /= Math.max(1, units.length);
  for (let i = 0; i < units.length; i++) {
    const row = rows.subarray(i * dims, (i + 1) * dims);
    for (let d = 0; d < dims; d++) row[d]! -= mean[d]!;
    normalise(row);
  }
  const topic = normalise(mean);
  return { vectors, rows, topic, direction: ownDirection(topic, vectors.background()), coarse: units.length > CANDIDATES.scored ? quantise(rows, dims) : undefined };
}

/** The part of the corpus's topic that English text in general does not share: its own subject. */
function ownDirection(topic: Float32Array, background: Float32Array): Float32Array {
  let shared = 0;
  for (let d = 0; d < topic.length; d++) shared += topic[d]! * background[d]!;
  return normalise(topic.map((x, d) => x - shared * background[d]!));
}

function quantise(rows: Float32Array, dims: number): NonNullable<Meanings["coarse"]> {
  const n = rows.length / dims;
  const coarse = new Int8Array(rows.length);
  const scale = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let max = 0;
    for (let d = i * dims; d < (i + 1) * dims; d++) max = Math.max(max, Math.abs(rows[d]!));
    if (max === 0) continue;
    scale[i] = max / 127;
    for (let d = i * dims; d < (i + 1) * dims; d++) coarse[d] = Math.round((rows[d]! / max) * 127);
  }
  return { rows: coarse, scale };
}
