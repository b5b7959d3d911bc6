/**
 * A hand-built SVG chart (no dependency: two log-log panels with a few lines each is less code than
 * configuring a plotting library, and it renders the same on GitHub and offline): build time and
 * query p99 against corpus size, project and baseline, with the issue's 1000× targets dashed.
 * @module
 */
import type { ScaleResult } from "./scale.js";

interface Series {
  readonly label: string;
  readonly color: string;
  readonly dash?: string;
  readonly points: ReadonlyArray<readonly [x: number, y: number]>;
}

const W = 880;
const H = 400;
const PANEL_W = 360;
const PANEL_H = 250;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function decades(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) out.push(10 ** e);
  return out;
}

function label(v: number, unit: string): string {
  if (unit === "ms") return v >= 1000 ? `${v / 1000} s` : `${v} ms`;
  return `${v} ${unit}`;
}

function panel(x0: number, y0: number, title: string, unit: string, series: readonly Series[], targets: ReadonlyArray<{ y: number; text: string }>): string {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = [...series.flatMap((s) => s.points.map((p) => p[1])), ...targets.map((t) => t.y)].filter((v) => v > 0);
  if (xs.length === 0 || ys.length === 0) return "";
  const xTicks = decades(Math.min(...xs), Math.max(...xs));
  const yTicks = decades(Math.min(...ys), Math.max(...ys));
  const [xMin, xMax] = [Math.log10(xTicks[0]!), Math.log10(xTicks.at(-1)!)];
  const [yMin, yMax] = [Math.log10(yTicks[0]!), Math.log10(yTicks.at(-1)!)];
  const px = (x: number) => x0 + ((Math.log10(x) - xMin) / Math.max(1e-9, xMax - xMin)) * PANEL_W;
  const py = (y: number) => y0 + PANEL_H - ((Math.log10(y) - yMin) / Math.max(1e-9, yMax - yMin)) * PANEL_H;
  const parts: string[] = [];
  parts.push(`<text x="${x0 + PANEL_W / 2}" y="${y0 - 12}" text-anchor="middle" font-weight="bold">${esc(title)}</text>`);
  parts.push(`<rect x="${x0}" y="${y0}" width="${PANEL_W}" height="${PANEL_H}" fill="none" stroke="#999"/>`);
  for (const t of xTicks) {
    parts.push(`<line x1="${px(t)}" y1="${y0}" x2="${px(t)}" y2="${y0 + PANEL_H}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${px(t)}" y="${y0 + PANEL_H + 16}" text-anchor="middle">${label(t, "MB")}</text>`);
  }
  for (const t of yTicks) {
    parts.push(`<line x1="${x0}" y1="${py(t)}" x2="${x0 + PANEL_W}" y2="${py(t)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${x0 - 6}" y="${py(t) + 4}" text-anchor="end">${label(t, unit)}</text>`);
  }
  parts.push(`<text x="${x0 + PANEL_W / 2}" y="${y0 + PANEL_H + 34}" text-anchor="middle">corpus size (log)</text>`);
  for (const t of targets) {
    parts.push(`<line x1="${x0}" y1="${py(t.y)}" x2="${x0 + PANEL_W}" y2="${py(t.y)}" stroke="#d62728" stroke-dasharray="6 4"/>`);
    parts.push(`<text x="${x0 + 4}" y="${py(t.y) - 4}" fill="#d62728">${esc(t.text)}</text>`);
  }
  for (const s of series) {
    if (s.points.length === 0) continue;
    const d = s.points.map((p, i) => `${i === 0 ? "M" : "L"}${px(p[0]).toFixed(1)},${py(p[1]).toFixed(1)}`).join(" ");
    parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`);
    for (const p of s.points) parts.push(`<circle cx="${px(p[0]).toFixed(1)}" cy="${py(p[1]).toFixed(1)}" r="3.5" fill="${s.color}"><title>${esc(`${s.label}: ${p[1].toFixed(p[1] < 10 ? 2 : 0)} ${unit} at ${p[0].toFixed(2)} MB`)}</title></circle>`);
  }
  return parts.join("\n");
}

export function scaleChart(scale: ScaleResult, subtitle: string): string {
  const pts = (pick: (r: ScaleResult["rows"][number]) => number | undefined) =>
    scale.rows.flatMap((r) => {
      const v = pick(r);
      return v !== undefined && v > 0 ? [[r.corpus.bytes / 1e6, v] as const] : [];
    });
  const PROJECT = "#1f77b4";
  const BASELINE = "#ff7f0e";
  const build = panel(80, 70, "Build (ingest + index)", "ms", [
    { label: "project", color: PROJECT, points: pts((r) => r.project?.buildMs) },
    { label: "BM25 baseline", color: BASELINE, dash: "4 3", points: pts((r) => r.baseline?.buildMs) },
  ], [{ y: 30_000, text: "target at 1000×: 30 s" }]);
  const query = panel(500, 70, "Query p99", "ms", [
    { label: "project", color: PROJECT, points: pts((r) => r.project?.p99) },
    { label: "BM25 baseline", color: BASELINE, dash: "4 3", points: pts((r) => r.baseline?.p99) },
  ], [{ y: 20, text: "target at 1000×: 20 ms" }]);
  const legend = `<g transform="translate(80,${H - 20})"><line x1="0" y1="-4" x2="24" y2="-4" stroke="${PROJECT}" stroke-width="2"/><text x="30" y="0">project</text><line x1="110" y1="-4" x2="134" y2="-4" stroke="${BASELINE}" stroke-width="2" stroke-dasharray="4 3"/><text x="140" y="0">BM25 baseline</text><line x1="260" y1="-4" x2="284" y2="-4" stroke="#d62728" stroke-dasharray="6 4"/><text x="290" y="0">issue target</text></g>`;
  const title = `<text x="${W / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">verbatim-news-bot: cost against corpus size (log–log), project vs BM25 baseline</text><text x="${W / 2}" y="34" text-anchor="middle" fill="#666">${esc(subtitle)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
${title}
${build}
${query}
${legend}
</svg>
`;
}
