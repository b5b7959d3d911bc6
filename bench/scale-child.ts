/**
 * One scale measurement in a fresh process (so memory figures belong to one system and one size):
 * build the project engine or the BM25 baseline over a corpus folder, then time a fixed question set.
 * Run by bench/scale.ts as `node --expose-gc dist/bench/scale-child.js <project|baseline> <dir> <questions.json> <rounds>`;
 * prints one JSON line.
 * @module
 */
import { readFileSync } from "node:fs";
import { createBaseline } from "../eval/baseline.js";
import { createEngine } from "../src/answers/engine.js";
import { baselineSentences } from "./baseline-corpus.js";
import { percentile } from "./stats.js";

export interface ChildResult {
  readonly system: "project" | "baseline";
  readonly buildMs: number;
  readonly sentences: number;
  /** After indexing and a full GC. */
  readonly rssMB: number;
  readonly heapMB: number;
  /** Peak RSS of the whole process so far (maxRSS). */
  readonly peakRssMB: number;
  readonly queries: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly answered: number;
  /** The slowest questions, for the report. */
  readonly slowest: ReadonlyArray<{ readonly question: string; readonly ms: number }>;
}

const [system, dir, questionsFile, roundsArg] = process.argv.slice(2);
if ((system !== "project" && system !== "baseline") || !dir || !questionsFile) {
  process.stderr.write("usage: scale-child <project|baseline> <dir> <questions.json> [rounds]\n");
  process.exit(2);
}
const questions = JSON.parse(readFileSync(questionsFile, "utf8")) as string[];
const rounds = Math.max(1, Number(roundsArg ?? 3));
const gc = (globalThis as { gc?: () => void }).gc;

let ask: (q: string) => boolean;
let sentences: number;
const t0 = performance.now();
if (system === "project") {
  // A fresh build every time: the ingest snapshot would turn the second run of a size into a read.
  const engine = createEngine({ seedsDir: dir, snapshotDir: null });
  sentences = engine.sentences().length;
  ask = (q) => engine.ask(q).kind === "answered";
} else {
  const list = baselineSentences(dir);
  const baseline = createBaseline(list);
  sentences = list.length;
  ask = (q) => baseline.search(q, 5).length > 0;
}
const buildMs = performance.now() - t0;
gc?.();
const mem = process.memoryUsage();

for (const q of questions) ask(q); // warm-up, not measured
const times: number[] = [];
const perQuestion = new Map<string, number>();
let answered = 0;
for (let r = 0; r < rounds; r++) {
  for (const q of questions) {
    const t = performance.now();
    const ok = ask(q);
    const dt = performance.now() - t;
    times.push(dt);
    perQuestion.set(q, Math.max(perQuestion.get(q) ?? 0, dt));
    if (r === 0 && ok) answered++;
  }
}
const result: ChildResult = {
  system,
  buildMs,
  sentences,
  rssMB: mem.rss / 2 ** 20,
  heapMB: mem.heapUsed / 2 ** 20,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  queries: times.length,
  p50: percentile(times, 50),
  p99: percentile(times, 99),
  max: percentile(times, 100),
  answered,
  slowest: [...perQuestion].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([question, ms]) => ({ question, ms })),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
