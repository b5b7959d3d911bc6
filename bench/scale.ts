/**
 * Part 3: scale. Corpora of about 1×, 10×, 100× and 1000× the seeds' size, made from the prose in
 * node_modules (bench/corpus.ts), written to a temp folder and removed afterwards. Each size and
 * system runs in a fresh child process (bench/scale-child.ts) so its memory figures are its own.
 * @module
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectProse, writeCorpus, type CorpusSummary } from "./corpus.js";
import type { ChildResult } from "./scale-child.js";
import { DOC_QUESTIONS } from "./scale-questions.js";
import { heading, mb, ms, ratio, say, table } from "./stats.js";

export interface ScaleRow {
  readonly factor: number;
  readonly corpus: Omit<CorpusSummary, "dir">;
  readonly project: ChildResult | null;
  readonly baseline: ChildResult | null;
  readonly notes: readonly string[];
}

export interface ScaleResult {
  readonly seedsBytes: number;
  readonly howMade: string;
  readonly uniqueProseBytes: number;
  readonly questions: number;
  readonly rounds: number;
  readonly rows: readonly ScaleRow[];
}

export interface ScaleOptions {
  readonly root: string;
  readonly seedsBytes: number;
  readonly factors: readonly number[];
  readonly rounds: number;
  readonly newsQuestions: readonly string[];
  /** Skip the baseline when its predicted build time exceeds this (ms). */
  readonly baselineBudgetMs: number;
  readonly childTimeoutMs: number;
}

function runChild(root: string, system: "project" | "baseline", dir: string, questionsFile: string, rounds: number, timeoutMs: number): ChildResult | string {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", join(root, "dist/bench/scale-child.js"), system, dir, questionsFile, String(rounds)],
    { cwd: root, encoding: "utf8", timeout: timeoutMs, maxBuffer: 16 * 2 ** 20 },
  );
  if (r.error) return `${system}: ${(r.error as NodeJS.ErrnoException).code === "ETIMEDOUT" ? `stopped after ${Math.round(timeoutMs / 1000)} s` : r.error.message}`;
  if (r.status !== 0) return `${system}: exited ${r.status ?? r.signal}: ${(r.stderr ?? "").trim().split("\n").slice(-3).join(" | ")}`;
  const line = (r.stdout ?? "").trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as ChildResult;
  } catch {
    return `${system}: unreadable output`;
  }
}

export function runScale(options: ScaleOptions): ScaleResult {
  heading("3. Scale (synthetic corpora from node_modules prose, each run in a fresh process)");
  const t0 = performance.now();
  const prose = collectProse(join(options.root, "node_modules"));
  const questions = [...DOC_QUESTIONS, ...options.newsQuestions.slice(0, 10)];
  const howMade =
    `Prose from ${prose.files} Markdown, .d.ts and .js files in node_modules: Markdown paragraphs and JSDoc comments with code blocks, ` +
    `tables, HTML, link targets and markup stripped, kept only when they read like English sentences (≥ 6 words, mostly letters, ` +
    `sentence punctuation), de-duplicated: ${prose.paragraphs.length} paragraphs, ${(prose.bytes / 1e6).toFixed(2)} MB. ` +
    `Cut into ~4.5 KB article files (a Markdown heading as the headline line, then paragraphs); when the unique prose runs out it is ` +
    `reused in order under new article ids with "(part N)" headlines.`;
  say(howMade);
  say(`prose collected in ${ms(performance.now() - t0)}; ${questions.length} fixed questions (${DOC_QUESTIONS.length} about the docs, ${Math.min(10, options.newsQuestions.length)} news questions) × ${options.rounds} rounds per size`);
  const work = mkdtempSync(join(tmpdir(), "verbatim-bench-"));
  const questionsFile = join(work, "questions.json");
  writeFileSync(questionsFile, JSON.stringify(questions));
  const rows: ScaleRow[] = [];
  try {
    for (const factor of options.factors) {
      const dir = join(work, `x${factor}`);
      const { dir: _dir, ...corpus } = writeCorpus(prose, dir, options.seedsBytes * factor);
      const notes: string[] = [];
      say(`  ${factor}×: ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(2)} MB${corpus.passes > 1 ? `, unique prose used ${corpus.passes} times` : ""} … project`);
      const p = runChild(options.root, "project", dir, questionsFile, options.rounds, options.childTimeoutMs);
      const project = typeof p === "string" ? (notes.push(p), null) : p;
      let baseline: ChildResult | null = null;
      const previous = rows.at(-1)?.baseline;
      const predicted = previous ? (previous.buildMs * factor) / (rows.at(-1)?.factor ?? factor) : 0;
      if (predicted > options.baselineBudgetMs) {
        notes.push(`baseline skipped: predicted build ${ms(predicted)} (linear from the previous size) exceeds the ${ms(options.baselineBudgetMs)} budget`);
      } else {
        say(`  ${factor}×: … baseline`);
        const b = runChild(options.root, "baseline", dir, questionsFile, options.rounds, options.childTimeoutMs);
        if (typeof b === "string") notes.push(b);
        else baseline = b;
      }
      for (const n of notes) say(`  ${factor}×: note: ${n}`);
      rows.push({ factor, corpus, project, baseline, notes });
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const cells = (r: ChildResult | null) =>
    r ? [ms(r.buildMs), mb(r.rssMB), mb(r.heapMB), mb(r.peakRssMB), ms(r.p50), ms(r.p99), `${r.answered}/${questions.length}`] : ["–", "–", "–", "–", "–", "–", "–"];
  say("");
  say(
    table(
      ["size", "system", "MB", "sentences", "build", "RSS", "heap", "peak RSS", "q p50", "q p99", "answered"],
      rows.flatMap((r) => [
        [`${r.factor}×`, "project", (r.corpus.bytes / 1e6).toFixed(2), String(r.project?.sentences ?? "–"), ...cells(r.project)],
        ["", "baseline", "", String(r.baseline?.sentences ?? "–"), ...cells(r.baseline)],
        ["", "ratio", "", "", ratio(r.project?.buildMs, r.baseline?.buildMs), ratio(r.project?.rssMB, r.baseline?.rssMB), ratio(r.project?.heapMB, r.baseline?.heapMB), ratio(r.project?.peakRssMB, r.baseline?.peakRssMB), ratio(r.project?.p50, r.baseline?.p50), ratio(r.project?.p99, r.baseline?.p99), ""],
      ]),
    ),
  );
  say("build = read + segment + index (baseline: read + wink sentence split + BM25); RSS/heap after indexing and a full GC; peak RSS = the child's maxRSS.");
  for (const r of rows) {
    const slow = r.project?.slowest.slice(0, 3).map((s) => `"${s.question}" ${ms(s.ms)}`).join(", ");
    if (slow) say(`  ${r.factor}× slowest project questions: ${slow}`);
  }
  return { seedsBytes: options.seedsBytes, howMade, uniqueProseBytes: prose.bytes, questions: questions.length, rounds: options.rounds, rows };
}
