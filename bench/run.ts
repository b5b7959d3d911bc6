/**
 * `npm run bench` (after `npm run build`): warm latency, cold start, scale and bot latency, each
 * side by side with the plain BM25 baseline where there is one. Writes bench/results/latest.json
 * and bench/results/scale.svg. `--quick` (CI smoke run, about a minute on 2 cores): 1× and 10× only,
 * fewer repeats. Options: `--seeds DIR`, `--only warm,cold,scale,bot`, `--sizes 1,10,100,1000`.
 * A benchmark never fails on a timing: the exit code is 0 unless the harness itself breaks.
 * @module
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { baselineQuery, earlierOf, loadQuestions } from "../eval/questions.js";
import { runBot, type BotResult } from "./bot-latency.js";
import { scaleChart } from "./chart.js";
import { runCold, type ColdResult } from "./cold.js";
import { runScale, type ScaleResult } from "./scale.js";
import { heading, machine, mb, ms, say } from "./stats.js";
import { runWarm, type WarmResult } from "./warm.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    seeds: { type: "string" },
    only: { type: "string" },
    sizes: { type: "string" },
    out: { type: "string", default: "bench/results" },
  },
});
const quick = values.quick === true;
const root = resolve(import.meta.dirname, "../..");
const seedsDir = resolve(values.seeds ?? process.env["SEEDS_DIR"] ?? join(root, "seeds"));
const parts = new Set((values.only ?? "warm,cold,scale,bot").split(",").map((s) => s.trim()));
const factors = values.sizes ? values.sizes.split(",").map(Number).filter((n) => n > 0) : quick ? [1, 10] : [1, 10, 100, 1000];
const set = loadQuestions(join(root, "eval/questions.json"));
const questions = set.map((q) => q.question);
/** Each question as the eval asks it: a conversation's after the message before it (BM25 gets both run together). */
const asked = set.map((q) => ({ question: q.question, earlier: earlierOf(q), query: baselineQuery(q) }));
const seedsBytes = readdirSync(seedsDir)
  .filter((n) => n.endsWith(".txt"))
  .reduce((sum, n) => sum + statSync(join(seedsDir, n)).size, 0);
const host = machine();
const started = performance.now();

say(`verbatim-news-bot benchmark${quick ? " (--quick: smoke run, figures are rough)" : ""}`);
say(`${host.date} · Node ${host.node} · ${host.os} · ${host.cpu} × ${host.cores} · ${host.memoryGB} GB RAM`);
say(`seeds: ${seedsDir} (${(seedsBytes / 1000).toFixed(1)} KB); ${questions.length} questions from eval/questions.json`);
say("Timings on shared machines are noisy: compare the ratios (same run, same machine) more than the absolutes.");

interface Report {
  readonly machine: ReturnType<typeof machine>;
  readonly quick: boolean;
  readonly seedsBytes: number;
  warm?: WarmResult;
  cold?: ColdResult;
  scale?: ScaleResult;
  bot?: BotResult;
  errors: string[];
  totalSeconds?: number;
}
const report: Report = { machine: host, quick, seedsBytes, errors: [] };

async function part<T>(name: string, run: () => T | Promise<T>): Promise<T | undefined> {
  if (!parts.has(name)) return undefined;
  try {
    return await run();
  } catch (err) {
    const line = `${name}: ${(err as Error).stack ?? String(err)}`;
    report.errors.push(line);
    say(`!! ${name} failed: ${(err as Error).message}`);
    return undefined;
  }
}

report.warm = await part("warm", () => runWarm(seedsDir, asked, quick ? 5 : 30));
report.cold = await part("cold", () => runCold(root, seedsDir, questions[0] ?? "what happened", quick ? 3 : 9));
report.scale = await part("scale", () =>
  runScale({
    root,
    seedsBytes,
    factors,
    rounds: quick ? 2 : 5,
    newsQuestions: questions,
    baselineBudgetMs: 240_000,
    childTimeoutMs: quick ? 60_000 : 900_000,
  }),
);
report.bot = await part("bot", () => runBot(seedsDir, questions, quick ? 40 : 200, quick ? 30 : 100));

heading("Targets (issue 4)");
const verdict = (ok: boolean | null) => (ok === null ? "not measured" : ok ? "met" : "MISSED");
const w = report.warm;
if (w) {
  say(`warm p50 < 1 ms on the seeds: ${ms(w.project.p50)} → ${verdict(w.project.p50 < 1)}`);
  say(`warm p50 no slower than BM25: ${w.ratio.p50?.toFixed(2) ?? "–"}× → ${verdict(w.ratio.p50 === null ? null : w.ratio.p50 <= 1)}`);
}
const c = report.cold;
if (c?.ratio.wall != null) say(`cold start ≤ 1.2× baseline: ${c.ratio.wall.toFixed(2)}× (${ms(c.project?.medianWallMs)} vs ${ms(c.baseline?.medianWallMs)}) → ${verdict(c.ratio.wall <= 1.2)}`);
const big = report.scale?.rows.find((r) => r.factor === 1000)?.project;
if (big) {
  say(`1000× build ≤ 30 s: ${ms(big.buildMs)} → ${verdict(big.buildMs <= 30_000)}`);
  say(`1000× query p99 ≤ 20 ms: ${ms(big.p99)} → ${verdict(big.p99 <= 20)}`);
  say(`1000× RSS ≤ 1 GB: ${mb(big.rssMB)} after GC, peak ${mb(big.peakRssMB)} → ${verdict(big.peakRssMB <= 1024)} (judged on peak)`);
} else if (parts.has("scale")) say(`1000× targets: not measured in this run${quick ? " (--quick)" : ""}`);
const b = report.bot;
if (b?.sequential && b.concurrent) {
  say(`bot p99 interaction-to-reply ≤ 50 ms: ${ms(b.sequential.reply.p99)} → ${verdict(b.sequential.reply.p99 <= 50)}`);
  say(`bot ${b.concurrent.n} at once all answered, each acked < 3 s: ${b.concurrent.replied}/${b.concurrent.n} replied, ${b.concurrent.ackedWithin3s} acked in time → ${verdict(b.concurrent.lost === 0 && b.concurrent.ackedWithin3s === b.concurrent.n)}`);
} else if (b?.skipped) say(`bot: ${b.skipped}`);

report.totalSeconds = Math.round((performance.now() - started) / 100) / 10;
const outDir = resolve(root, values.out ?? "bench/results");
mkdirSync(outDir, { recursive: true });
const jsonPath = join(outDir, quick ? "quick.json" : "latest.json");
writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
if (report.scale && report.scale.rows.length > 0 && !quick) {
  writeFileSync(join(outDir, "scale.svg"), scaleChart(report.scale, `${host.date.slice(0, 10)} · ${host.cpu} × ${host.cores} · Node ${host.node}`));
}
say(`\nwrote ${jsonPath}${report.scale && !quick ? ` and ${join(outDir, "scale.svg")}` : ""} · total ${report.totalSeconds} s${report.errors.length ? ` · ${report.errors.length} part(s) failed` : ""}`);
// Close anything left open (discord.js timers) so the process exits; never fail on a timing.
process.exit(report.errors.length > 0 ? 1 : 0);
