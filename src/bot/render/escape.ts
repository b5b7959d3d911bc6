/**
 * Markdown escaping. Article text is escaped with discord.js's own `escapeMarkdown`, piece by piece
 * between highlight boundaries, and bold is added around the highlighted pieces: the words stay the
 * article's exactly. User text is escaped and its mentions defused before it is shown.
 * @module
 */
import { escapeMarkdown } from "discord.js";
import type { Span } from "../../answers/answer.js";

const ESCAPE_ALL = { heading: true, bulletedList: true, numberedList: true, maskedLink: true } as const;

export function escapeText(text: string): string {
  return escapeMarkdown(text, ESCAPE_ALL);
}

/** Escape user-supplied text for display and defuse @everyone, @here and <@id>-style mentions. */
export function escapeUserText(text: string): string {
  return escapeText(text)
    .replace(/@(everyone|here)/gi, "@\u200b$1")
    .replace(/<([@#])/g, "<\u200b$1");
}

/** Clip spans to `[from, to)`, sort and merge overlaps. */
export function clipSpans(spans: readonly Span[], from: number, to: number): Array<[number, number]> {
  const clipped = spans
    .map(([s, e]): [number, number] => [Math.max(s, from), Math.min(e, to)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of clipped) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/**
 * Render `text` (which starts at absolute offset `base` in its article) as a block quote,
 * with the absolute `highlights` in bold. Every line gets a "> " prefix.
 */
export function renderQuote(text: string, base: number, highlights: readonly Span[]): string {
  const spans = clipSpans(highlights, base, base + text.length);
  const lines: string[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const from = base + lineStart;
    lines.push(`> ${renderLine(line, from, spans)}`);
    lineStart += line.length + 1;
  }
  return lines.join("\n");
}

function renderLine(line: string, from: number, spans: ReadonlyArray<readonly [number, number]>): string {
  let out = "";
  let cursor = 0;
  for (const [s, e] of spans) {
    const a = Math.max(s - from, cursor);
    const b = Math.min(e - from, line.length);
    if (b <= a) continue;
    out += escapeText(line.slice(cursor, a)) + bold(line.slice(a, b));
    cursor = b;
  }
  return out + escapeText(line.slice(cursor));
}

/** `**word**`, with edge whitespace kept outside the markers (Discord ignores `** word**`). */
function bold(segment: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(segment);
  const [, lead = "", core = "", trail = ""] = m ?? [];
  return core ? `${lead}**${escapeText(core)}**${trail}` : segment;
}

/** Undo `renderQuote` (for tests and self-checks): drop "> " prefixes, our bold markers and escapes. */
export function unrenderQuote(rendered: string): string {
  return rendered
    .split("\n")
    .map((l) => l.replace(/^> ?/, ""))
    .join("\n")
    .replace(/\\([\s\S])|\*\*/g, (_m, c: string | undefined) => c ?? "");
}
