/**
 * Candidate generation: which sentences the ranker scores at all. Every sentence that holds one of
 * the question's keys (exact, typo-corrected or a word-vector neighbour) is a candidate, and so is
 * every sentence spoken by a person the question names or referring back to them with "he" or "she"
 * (unless that person has more such sentences than `CANDIDATES.scored`). A neighbour found in more
 * sentences than that is not looked up: a neighbour match weighs next to nothing in the fitted score,
 * so the sentences only it brings in could compete on meaning alone, and there would be more of them
 * than are scored. On a large corpus such neighbours ("set" for "break", "element" for "object") made
 * up most of the postings read; the seeds never have one.
 *
 * On a large corpus a question with a common word ("function", "value") reaches a large share of the
 * sentences, and scoring them all made its latency grow with the corpus. So when there are more than
 * `CANDIDATES.scored`, only those with the best preliminary score are scored in full: the two parts of
 * the fitted score that are cheap to compute for every candidate, the question words a sentence
 * matches (exactly or by typo, and by neighbour) and its meaning vector's similarity, each with its
 * weight from rank-weights.ts. Below that size nothing is left out, so rankings there are unchanged.
 * @module
 */
import { RANK_WEIGHTS } from "./rank-weights.js";
import { madeOnce } from "./made-once.js";
import type { SentenceIndex } from "./sentence-index.js";

/** How many candidates are fetched and scored; not fitted. */
export const CANDIDATES = {
  /** At most this many sentences per key, in the index's order. */
  perKey: 5000,
  /**
   * At most this many candidates are scored in full (sentences spoken by or referring back to a named
   * person come on top, unless there are more of those than this). The seeds
   * never reach it; at 1000× (280k sentences) 400 kept query p99 near 20 ms (1000: 22–27 ms, 600: 20.1 ms)
   * before neighbours found in more sentences than this stopped being looked up (p99 then 10–12 ms).
   */
  scored: 400,
  /**
   * At most this many meaning similarities (a 100-d dot product each) are worked out to choose them, the
   * lexically best first. A question of very common words touches tens of thousands of sentences at
   * 1000×; without a budget their dot products were most of its p99.
   */
  meaningBudget: 8000,
} as const;

/** What candidate generation reads of a weighted question term (weigh.ts's WeightedTerm). */
export interface CandidateTerm {
  readonly term: { readonly isName: boolean };
  readonly alternatives: ReadonlyArray<{ readonly key: string; readonly kind: string; readonly strength: number }>;
}

export interface CandidateSource {
  readonly index: SentenceIndex;
  /** Unit ids by the name keys of their speaker and of the person they refer back to (see units.ts). */
  readonly byPerson: ReadonlyMap<string, readonly number[]>;
  /** Unit i's centred meaning vector, quantised: `coarse.rows[i·dims … (i+1)·dims)` × `coarse.scale[i]`. */
  readonly meanings: { readonly coarse: { readonly rows: Int8Array; readonly scale: Float32Array } | undefined } | undefined;
}

/** Per-index scratch arrays, reused by every question (ranking is synchronous). */
interface Scratch {
  /** Lexical part of the preliminary score per unit (valid for the units in `touched`). */
  readonly lexical: Float64Array;
  /** `seen[id] === termStamp` once unit `id` counted for the current term. */
  readonly seen: Uint32Array;
  /** `found[id] === questionStamp` once unit `id` is a candidate of the current question. */
  readonly found: Uint32Array;
  stamp: number;
}

const scratchFor = madeOnce((index: SentenceIndex): Scratch => {
  const n = index.size;
  return { lexical: new Float64Array(n), seen: new Uint32Array(n), found: new Uint32Array(n), stamp: 0 };
});

function nextStamp(s: Scratch): number {
  if (++s.stamp === 0xffffffff) {
    s.seen.fill(0);
    s.found.fill(0);
    s.stamp = 1;
  }
  return s.stamp;
}

/**
 * Unit ids to score for `terms`, in no particular order. `shares` are the terms' shares of the question
 * that the full score uses (rank.ts); `meaning` is the question's centred meaning vector, when there is one.
 */
export function candidateIds(terms: readonly CandidateTerm[], shares: readonly number[], source: CandidateSource, meaning?: Float32Array): Set<number> {
  const { index } = source;
  const scratch = scratchFor(index);
  const { lexical, seen, found } = scratch;
  const question = nextStamp(scratch);
  const touched: number[] = [];
  const postings = new Map<string, readonly number[]>();
  for (const [t, w] of terms.entries()) {
    const term = nextStamp(scratch);
    const share = shares[t]!;
    // Strongest alternative first, so a unit's first sighting for this term is its best match (as in rank.ts).
    const alternatives = [...w.alternatives].sort((a, b) => b.strength - a.strength);
    for (const alt of alternatives) {
      if (alt.kind === "neighbour" && index.df(alt.key) > CANDIDATES.scored) continue;
      let ids = postings.get(alt.key);
      if (!ids) postings.set(alt.key, (ids = index.lookup(alt.key, CANDIDATES.perKey)));
      const add = share * (alt.kind === "neighbour" ? RANK_WEIGHTS.neighbour * alt.strength : RANK_WEIGHTS.matched);
      for (const id of ids) {
        if (seen[id] === term) continue;
        seen[id] = term;
        if (found[id] !== question) {
          found[id] = question;
          lexical[id] = 0;
          touched.push(id);
        }
        lexical[id] = lexical[id]! + add;
      }
    }
  }
  const candidates = new Set(touched.length <= CANDIDATES.scored ? touched : best(touched, preliminary(touched, lexical, source, meaning, CANDIDATES.scored), CANDIDATES.scored));
  for (const w of terms) {
    if (!w.term.isName) continue;
    for (const alt of w.alternatives) {
      // A name spoken of this way in more sentences than are scored says too little to fetch them all.
      const ids = source.byPerson.get(alt.key) ?? [];
      if (ids.length <= CANDIDATES.scored) for (const id of ids) candidates.add(id);
    }
  }
  return candidates;
}

/**
 * The preliminary score of each of `ids`: its lexical part plus its weighted (approximate) meaning
 * similarity; -Infinity for a unit left out unscored. The similarity is computed first for the
 * `2k` lexically best units, which set the bar (the k-th best score among them) and the largest
 * similarity term seen; a unit whose lexical part plus that term stays below the bar is left out, and
 * so is any beyond `CANDIDATES.meaningBudget` similarities, the lexically weakest first. (A dot product
 * per unit is the dearest step: tens of thousands of them on a large corpus.)
 */
function preliminary(ids: readonly number[], lexical: Float64Array, source: CandidateSource, meaning: Float32Array | undefined, k: number): Float64Array {
  const scores = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) scores[i] = lexical[ids[i]!]!;
  const coarse = source.meanings?.coarse;
  if (!coarse || !meaning) return scores;
  const { rows, scale } = coarse;
  const dims = meaning.length;
  const weight = RANK_WEIGHTS.semantic;
  const similarity = (id: number): number => {
    let dot = 0;
    for (let d = 0, at = id * dims; d < dims; d++, at++) dot += meaning[d]! * rows[at]!;
    return weight * dot * scale[id]!;
  };
  const first = Math.min(ids.length, 2 * k);
  const lexicalBar = kthLargest(Float64Array.from(scores), first);
  const done = new Uint8Array(ids.length);
  const seen: number[] = [];
  let largest = -Infinity;
  for (let i = 0; i < ids.length && seen.length < first; i++) {
    if (scores[i]! < lexicalBar) continue;
    const sim = similarity(ids[i]!);
    largest = Math.max(largest, sim);
    scores[i] = scores[i]! + sim;
    seen.push(scores[i]!);
    done[i] = 1;
  }
  const bar = kthLargest(Float64Array.from(seen), Math.min(k, seen.length));
  // Within the budget of dot products: the rest whose lexical part is among the best `left`, in found order.
  let left = Math.max(0, CANDIDATES.meaningBudget - seen.length);
  const open = ids.length - seen.length;
  const cut = open > left && left > 0 ? kthLargest(scores.filter((_, i) => !done[i]), left) : -Infinity;
  for (let i = 0; i < ids.length; i++) {
    if (done[i]) continue;
    if (scores[i]! + largest < bar || scores[i]! < cut || left <= 0) scores[i] = -Infinity;
    else {
      scores[i] = scores[i]! + similarity(ids[i]!);
      left--;
    }
  }
  return scores;
}

/** The `k` of `ids` with the highest `scores` (aligned with `ids`); ties go to the unit found first. */
function best(ids: readonly number[], scores: Float64Array, k: number): number[] {
  const threshold = kthLargest(Float64Array.from(scores), k);
  let above = 0;
  for (const s of scores) if (s > threshold) above++;
  let tiesLeft = k - above;
  return ids.filter((_, i) => scores[i]! > threshold || (scores[i] === threshold && tiesLeft-- > 0));
}

/** The k-th largest value (1-based) of `values`, which it reorders (Hoare's quickselect). */
function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}
