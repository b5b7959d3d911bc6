/**
 * Part 2: cold start. The compiled CLI answers one question as a brand-new process, several times,
 * alternating with the equivalent baseline script; median wall time and peak RSS of each. The project
 * runs twice over: as shipped (reading the ingest snapshot its first, unmeasured run wrote) and with the
 * snapshot turned off (`INDEX_CACHE_DIR=off`, every article segmented at start).
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when present, else from the child's own
 * `process.resourceUsage().maxRSS`, printed at exit by a one-line `--import` hook.
 * @module
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { hasGnuTime, heading, mb, median, ms, ratio, ratioValue, say, table } from "./stats.js";

export interface ColdSystem {
  readonly command: string;
  readonly wallMs: readonly number[];
  readonly rssMB: readonly number[];
  readonly medianWallMs: number;
  readonly medianRssMB: number;
  readonly failures: number;
}

export interface ColdResult {
  readonly runs: number;
  readonly question: string;
  readonly rssSource: string;
  readonly project: ColdSystem | null;
  /** The project CLI with its ingest snapshot turned off (INDEX_CACHE_DIR=off): every article segmented. */
  readonly projectNoSnapshot?: ColdSystem | null;
  readonly baseline: ColdSystem | null;
  readonly ratio: { readonly wall: number | null; readonly rss: number | null };
  readonly note?: string;
}

/** One cold run: wall time, peak RSS, and whether it answered. */
type Sample = { wallMs: number; rssMB: number; ok: boolean };

/** Run `node script args` once; wall time from spawn to exit, peak RSS in MB. */
function runOnce(script: string, args: readonly string[], gnuTime: boolean, cwd: string, extraEnv: Record<string, string> = {}): Sample {
  const env = { ...process.env, FORCE_COLOR: "0", ...extraEnv };
  const t0 = performance.now();
  const r = gnuTime
    ? spawnSync("/usr/bin/time", ["-f", "RSSKB=%M", process.execPath, script, ...args], { cwd, encoding: "utf8", env })
    : spawnSync(
        process.execPath,
        ["--import", "data:text/javascript,process.on('exit',()=>process.stderr.write('RSSKB='+process.resourceUsage().maxRSS+'\\n'))", script, ...args],
        { cwd, encoding: "utf8", env },
      );
  const wallMs = performance.now() - t0;
  const kb = Number(/RSSKB=(\d+)/u.exec(r.stderr ?? "")?.[1] ?? Number.NaN);
  return { wallMs, rssMB: kb / 1024, ok: r.status === 0 && (r.stdout ?? "").trim() !== "" };
}

export function runCold(root: string, seedsDir: string, question: string, runs: number): ColdResult {
  heading("2. Cold start (a new process answers one question)");
  const gnuTime = hasGnuTime();
  const rssSource = gnuTime ? "GNU time -f %M (peak RSS of the node process)" : "process.resourceUsage().maxRSS in the child";
  const projectScript = join(root, "dist/src/cli/ask.js");
  const baselineScript = join(root, "dist/bench/baseline-ask.js");
  const missing = [projectScript, baselineScript].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    const note = `skipped: ${missing.join(", ")} not built (run npm run build)`;
    say(note);
    return { runs, question, rssSource, project: null, baseline: null, ratio: { wall: null, rss: null }, note };
  }
  const args = ["--seeds", seedsDir, question];
  const samples = { project: [] as Sample[], noSnapshot: [] as Sample[], baseline: [] as Sample[] };
  const off = { INDEX_CACHE_DIR: "off" };
  // One unmeasured run each to warm the OS file cache (the project's also writes its ingest snapshot), then alternate.
  runOnce(projectScript, args, gnuTime, root);
  runOnce(projectScript, args, gnuTime, root, off);
  runOnce(baselineScript, args, gnuTime, root);
  for (let i = 0; i < runs; i++) {
    samples.project.push(runOnce(projectScript, args, gnuTime, root));
    samples.noSnapshot.push(runOnce(projectScript, args, gnuTime, root, off));
    samples.baseline.push(runOnce(baselineScript, args, gnuTime, root));
  }
  const summarise = (command: string, s: readonly Sample[]): ColdSystem => {
    const wallMs = s.map((x) => x.wallMs);
    const rssMB = s.map((x) => x.rssMB).filter(Number.isFinite);
    return { command, wallMs, rssMB, medianWallMs: median(wallMs), medianRssMB: median(rssMB), failures: s.filter((x) => !x.ok).length };
  };
  const project = summarise(`node dist/src/cli/ask.js --seeds ${seedsDir} "${question}"`, samples.project);
  const projectNoSnapshot = summarise(`INDEX_CACHE_DIR=off node dist/src/cli/ask.js --seeds ${seedsDir} "${question}"`, samples.noSnapshot);
  const baseline = summarise(`node dist/bench/baseline-ask.js --seeds ${seedsDir} "${question}"`, samples.baseline);
  say(`${runs} runs each, alternating, after one unmeasured run each; question: "${question}"; RSS from ${rssSource}`);
  say(
    table(
      ["system", "median wall", "min wall", "max wall", "median peak RSS", "failed runs"],
      [
        ["project CLI (ask.js)", ms(project.medianWallMs), ms(Math.min(...project.wallMs)), ms(Math.max(...project.wallMs)), mb(project.medianRssMB), String(project.failures)],
        ["project CLI, no snapshot", ms(projectNoSnapshot.medianWallMs), ms(Math.min(...projectNoSnapshot.wallMs)), ms(Math.max(...projectNoSnapshot.wallMs)), mb(projectNoSnapshot.medianRssMB), String(projectNoSnapshot.failures)],
        ["baseline script", ms(baseline.medianWallMs), ms(Math.min(...baseline.wallMs)), ms(Math.max(...baseline.wallMs)), mb(baseline.medianRssMB), String(baseline.failures)],
        ["ratio project/baseline", ratio(project.medianWallMs, baseline.medianWallMs), "", "", ratio(project.medianRssMB, baseline.medianRssMB), ""],
        ["ratio no snapshot/baseline", ratio(projectNoSnapshot.medianWallMs, baseline.medianWallMs), "", "", ratio(projectNoSnapshot.medianRssMB, baseline.medianRssMB), ""],
      ],
    ),
  );
  return {
    runs,
    question,
    rssSource,
    project,
    projectNoSnapshot,
    baseline,
    ratio: { wall: ratioValue(project.medianWallMs, baseline.medianWallMs), rss: ratioValue(project.medianRssMB, baseline.medianRssMB) },
  };
}
