/**
 * Synthetic corpora for the scale benchmark, made from real English prose that is on disk after
 * `npm ci`: the Markdown documentation and the JSDoc comments shipped inside `node_modules`.
 * Code blocks, tables, HTML, link targets and markup are stripped; what is left is kept only when it
 * reads like prose (mostly letters, several words, ends like a sentence). Paragraphs are grouped into
 * article files whose first line is a headline. When the unique prose runs out, it is reused under new
 * article ids (copies), which the summary reports.
 * @module
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface ProseSource {
  /** Prose paragraphs (each a line of one or more sentences), in a fixed order. */
  readonly paragraphs: readonly string[];
  /** Candidate headlines (Markdown headings and first sentences). */
  readonly headlines: readonly string[];
  readonly bytes: number;
  readonly files: number;
}

export interface CorpusSummary {
  readonly dir: string;
  readonly articles: number;
  readonly bytes: number;
  /** How many times the unique prose had to be used (1 = no reuse). */
  readonly passes: number;
  readonly uniqueBytes: number;
}

const SKIP_DIRS = new Set([".bin", ".cache", "test", "tests", "__tests__", "fixtures", "example", "examples"]);

function walk(dir: string, out: string[], depth = 0): void {
  if (depth > 12) return;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(path, out, depth + 1);
    else if (/\.(?:md|markdown)$/iu.test(name) || /\.(?:d\.ts|js|cjs|mjs)$/u.test(name)) out.push(path);
  }
}

/** Markup to plain text: links keep their words, emphasis and code ticks go, HTML tags go. */
function plain(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/gu, "$1")
    .replace(/<[^>]{0,200}>/gu, " ")
    .replace(/\{@\w+\s+([^}|]*)(?:\|[^}]*)?\}/gu, "$1")
    .replace(/[`*_~]+/gu, "")
    .replace(/https?:\/\/\S+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Reads like an English sentence or more: mostly letters, at least six words, sentence punctuation at the end. */
function isProse(text: string): boolean {
  if (text.length < 40 || text.length > 1200) return false;
  if (!/^[A-Z"'(]/u.test(text) || !/[.!?]["')]?$/u.test(text)) return false;
  const letters = (text.match(/[A-Za-z]/gu) ?? []).length;
  if (letters / text.length < 0.72) return false;
  if (/[{};=<>|\\]|=>|\(\)/u.test(text)) return false;
  return text.split(" ").length >= 6;
}

function fromMarkdown(text: string, paragraphs: string[], headlines: string[]): void {
  let inFence = false;
  let current: string[] = [];
  const flush = () => {
    const p = plain(current.join(" "));
    if (isProse(p)) paragraphs.push(p);
    current = [];
  };
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (/^(?:```|~~~)/u.test(line)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    const heading = /^#{1,6}\s+(.*)$/u.exec(line);
    if (heading) {
      flush();
      const h = plain(heading[1] ?? "");
      if (h.length >= 12 && h.length <= 90 && /^[A-Za-z]/u.test(h) && !/[(){}=<>]/u.test(h)) headlines.push(h);
      continue;
    }
    if (line === "" || line.startsWith("|") || line.startsWith("<") || /^ {4}|\t/u.test(raw) || /^[-*+]\s|^\d+\.\s|^>/u.test(line)) {
      flush();
      if (/^[-*+]\s|^\d+\.\s/u.test(line)) current.push(line.replace(/^[-*+]\s+|^\d+\.\s+/u, ""));
      if (/^>\s?/u.test(line)) current.push(line.replace(/^>\s?/u, ""));
      if (current.length > 0) flush();
      continue;
    }
    current.push(line);
  }
  flush();
}

function fromJsDoc(text: string, paragraphs: string[]): void {
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//gu)) {
    let current: string[] = [];
    const flush = () => {
      const p = plain(current.join(" "));
      if (isProse(p)) paragraphs.push(p);
      current = [];
    };
    let inFence = false;
    for (const raw of (m[1] ?? "").split("\n")) {
      const line = raw.replace(/^\s*\*\s?/u, "").trim();
      if (line.startsWith("```")) {
        inFence = !inFence;
        flush();
        continue;
      }
      if (inFence) continue;
      if (line === "" || line.startsWith("@")) {
        flush();
        if (line.startsWith("@")) break;
        continue;
      }
      current.push(line);
    }
    flush();
  }
}

/** Collect the prose once (about a second); the same input always gives the same output. */
export function collectProse(nodeModules: string): ProseSource {
  const files: string[] = [];
  walk(nodeModules, files);
  const paragraphs: string[] = [];
  const headlines: string[] = [];
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      continue;
    }
    if (!/\.(?:md|markdown)$/iu.test(path)) fromJsDoc(text, paragraphs);
    else fromMarkdown(text, paragraphs, headlines);
  }
  const seen = new Set<string>();
  const unique = paragraphs.filter((p) => (seen.has(p) ? false : (seen.add(p), true)));
  const heads = [...new Set(headlines)];
  return { paragraphs: unique, headlines: heads, bytes: unique.reduce((n, p) => n + Buffer.byteLength(p) + 2, 0), files: files.length };
}

/**
 * Write about `targetBytes` of articles into `dir`: each article is a headline line, a blank line,
 * then 4–12 paragraphs separated by blank lines. Deterministic.
 */
export function writeCorpus(source: ProseSource, dir: string, targetBytes: number, articleBytes = 4_500): CorpusSummary {
  mkdirSync(dir, { recursive: true });
  const paras = source.paragraphs;
  if (paras.length === 0) throw new Error("corpus: no prose found in node_modules");
  let written = 0;
  let next = 0;
  let article = 0;
  while (written < targetBytes) {
    const pass = Math.floor(next / paras.length);
    const headBase = source.headlines.length > 0 ? source.headlines[article % source.headlines.length]! : `Article ${article}`;
    const headline = pass > 0 ? `${headBase} (part ${article})` : headBase;
    const body: string[] = [];
    let size = 0;
    const want = Math.min(articleBytes, targetBytes - written);
    while (size < want || body.length === 0) {
      const p = paras[next % paras.length]!;
      next++;
      body.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    const text = `${headline}\n\n${body.join("\n\n")}\n`;
    writeFileSync(join(dir, `a${String(article).padStart(6, "0")}.txt`), text);
    written += Buffer.byteLength(text);
    article++;
  }
  return { dir, articles: article, bytes: written, passes: Math.ceil(next / paras.length), uniqueBytes: source.bytes };
}
