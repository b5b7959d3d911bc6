/**
 * Small helpers shared by the benchmark parts: percentiles, formatting and a plain-text table.
 * @module
 */
import { execFileSync } from "node:child_process";
import { cpus, totalmem, type as osType, release } from "node:os";

/** Nearest-rank percentile of an unsorted sample (p in [0, 100]); NaN for an empty sample. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (sample: readonly number[]) => percentile(sample, 50);

export interface Quantiles {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

export function quantiles(sample: readonly number[]): Quantiles {
  return { n: sample.length, p50: percentile(sample, 50), p95: percentile(sample, 95), p99: percentile(sample, 99), max: percentile(sample, 100) };
}

/** Milliseconds, with enough digits to be read at any magnitude. */
export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  if (x < 1) return `${x.toFixed(3)} ms`;
  if (x < 100) return `${x.toFixed(2)} ms`;
  if (x < 10_000) return `${Math.round(x)} ms`;
  return `${(x / 1000).toFixed(1)} s`;
}

export function mb(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? "–" : `${x.toFixed(x < 10 ? 1 : 0)} MB`;
}

export function ratio(a: number | null | undefined, b: number | null | undefined): string {
  return a === null || a === undefined || b === null || b === undefined || !(b > 0) || !Number.isFinite(a) ? "–" : `${(a / b).toFixed(2)}×`;
}

export const ratioValue = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || !(b > 0) || !Number.isFinite(a) ? null : a / b;

/** A left-aligned first column, right-aligned others. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export interface Machine {
  readonly date: string;
  readonly node: string;
  readonly os: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
}

export function machine(): Machine {
  const c = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    os: `${osType()} ${release()}`,
    cpu: c[0]?.model.trim() ?? "unknown",
    cores: c.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  };
}

/** Whether GNU time is there to report a child's peak RSS (`-f %M`). */
export function hasGnuTime(): boolean {
  try {
    execFileSync("/usr/bin/time", ["-f", "%M", "true"], { stdio: ["ignore", "ignore", "pipe"] });
    return true;
  } catch {
    return false;
  }
}

/** Print a section heading. */
export function heading(title: string): void {
  process.stdout.write(`\n== ${title} ${"=".repeat(Math.max(0, 76 - title.length))}\n`);
}

export const say = (text: string) => process.stdout.write(`${text}\n`);
