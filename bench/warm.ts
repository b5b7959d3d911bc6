/**
 * Part 1: per-question latency, in process, warm. The project's engine and the BM25 baseline over the
 * same sentences answer the project's own question set; rounds alternate between the two systems so
 * machine noise hits both alike.
 * @module
 */
import { createBaseline } from "../eval/baseline.js";
import { createEngine } from "../src/answers/engine.js";
import { heading, ms, quantiles, ratio, ratioValue, say, table, type Quantiles } from "./stats.js";

/** A question as the eval asks it (see eval/questions.ts: earlierOf, baselineQuery). */
export interface AskedQuestion {
  readonly question: string;
  /** The messages before it in its conversation, for the engine. */
  readonly earlier: readonly string[];
  /** What BM25 searches for. */
  readonly query: string;
}

export interface WarmResult {
  readonly questions: number;
  readonly rounds: number;
  readonly project: Quantiles;
  /** The project on the questions asked as follow-ups of another (category conversation) alone. */
  readonly followUps: Quantiles | null;
  readonly baseline: Quantiles;
  readonly ratio: { readonly p50: number | null; readonly p95: number | null; readonly p99: number | null };
  readonly projectAnswered: number;
  readonly baselineAnswered: number;
}

export function runWarm(seedsDir: string, questions: readonly AskedQuestion[], rounds: number): WarmResult {
  heading("1. Warm per-question latency (in process, same sentences)");
  const engine = createEngine({ seedsDir });
  const baseline = createBaseline(engine.sentences());
  let projectAnswered = 0;
  let baselineAnswered = 0;
  // Warm-up: two passes each, not measured (JIT, lazy caches).
  for (let i = 0; i < 2; i++) for (const q of questions) {
    engine.ask(q.question, { earlier: q.earlier });
    baseline.search(q.query, 5);
  }
  const p: number[] = [];
  const f: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      const answer = engine.ask(q.question, { earlier: q.earlier });
      const took = performance.now() - t0;
      p.push(took);
      if (q.earlier.length > 0) f.push(took);
      if (r === 0 && answer.kind === "answered") projectAnswered++;
    }
    for (const q of questions) {
      const t0 = performance.now();
      const hits = baseline.search(q.query, 5);
      b.push(performance.now() - t0);
      if (r === 0 && hits.length > 0) baselineAnswered++;
    }
  }
  const project = quantiles(p);
  const followUps = f.length > 0 ? quantiles(f) : null;
  const base = quantiles(b);
  const result: WarmResult = {
    questions: questions.length,
    rounds,
    project,
    followUps,
    baseline: base,
    ratio: { p50: ratioValue(project.p50, base.p50), p95: ratioValue(project.p95, base.p95), p99: ratioValue(project.p99, base.p99) },
    projectAnswered,
    baselineAnswered,
  };
  say(`${questions.length} questions × ${rounds} rounds = ${p.length} timed asks per system (after 2 warm-up rounds)`);
  say(
    table(
      ["system", "p50", "p95", "p99", "max", "answered"],
      [
        ["project (engine.ask)", ms(project.p50), ms(project.p95), ms(project.p99), ms(project.max), `${projectAnswered}/${questions.length}`],
        ...(followUps ? [[`  of which follow-ups (${f.length / rounds})`, ms(followUps.p50), ms(followUps.p95), ms(followUps.p99), ms(followUps.max), ""]] : []),
        ["baseline (BM25 search)", ms(base.p50), ms(base.p95), ms(base.p99), ms(base.max), `${baselineAnswered}/${questions.length}`],
        ["ratio project/baseline", ratio(project.p50, base.p50), ratio(project.p95, base.p95), ratio(project.p99, base.p99), ratio(project.max, base.max), ""],
      ],
    ),
  );
  return result;
}
