/**
 * An ingest snapshot: the segmented articles (paragraphs, sentences, tokens, speakers) of a corpus,
 * written once to a cache folder and read back at the next start instead of running wink-nlp over
 * every article again. The article text itself is never stored: it is read from the files as always,
 * and the snapshot is only used when its key matches, which covers every article file's name and exact
 * text and the code that segments them. Anything unexpected (missing, unreadable, another key, data
 * that does not fit the text) falls back to segmenting, so a snapshot can make a start faster but can
 * never change an answer.
 * @module
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article, Paragraph, SpeakerSpan } from "./article.js";
import { projectRoot } from "./data-file.js";
import type { RawArticle } from "./corpus.js";
import type { Entity } from "./nlp.js";
import { restore, segment, tableOf, type StoredSentenceData } from "./segment.js";
import type { TokenTableData } from "./token-table.js";

/** Bump when the snapshot's layout changes (the code fingerprint covers changes in how text is segmented). */
const FORMAT = 1;

/**
 * Corpora with more text than this (UTF-16 units, ~8 MB: a few hundred times the seeds) are segmented
 * afresh at every start. A snapshot is about seven times its corpus's size as JSON, and writing or
 * reading one for a 20 MB corpus would add hundreds of MB to the peak memory of a start.
 */
export const MAX_SNAPSHOT_TEXT = 8_000_000;

interface ArticleData {
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly StoredSentenceData[];
  readonly tokens: TokenTableData;
}

interface SnapshotData {
  readonly key: string;
  readonly articles: readonly ArticleData[];
}

export interface SnapshotOutcome {
  readonly articles: Article[];
  /** "read": restored from the snapshot; "written": segmented and saved; "segmented": segmented, not saved. */
  readonly source: "read" | "written" | "segmented";
}

/**
 * The corpus segmented, from the snapshot in `cacheDir` when it matches these files and this code,
 * else segmented afresh and saved there for the next start (silently skipped if the folder is not writable,
 * and for a corpus larger than `MAX_SNAPSHOT_TEXT`).
 */
export function segmentWithSnapshot(raws: readonly RawArticle[], cacheDir: string): SnapshotOutcome {
  if (raws.reduce((n, r) => n + r.text.length, 0) > MAX_SNAPSHOT_TEXT) return { articles: raws.map(segment), source: "segmented" };
  const key = snapshotKey(raws);
  // One snapshot per corpus folder and copy of the code (sources or dist/): a newer one, after an edit
  // to the articles or to the code (both in the key), replaces its own kind and leaves the others.
  const kind = createHash("sha256").update(`${dirname(raws[0]?.path ?? "")}\0${dirname(fileURLToPath(import.meta.url))}`).digest("hex").slice(0, 16);
  const path = join(cacheDir, `ingest-${kind}-${key.slice(0, 24)}.json`);
  const restored = readSnapshot(path, key, raws);
  if (restored) return { articles: restored, source: "read" };
  const articles = raws.map(segment);
  return { articles, source: writeSnapshot(cacheDir, path, `ingest-${kind}-`, key, articles) ? "written" : "segmented" };
}

function readSnapshot(path: string, key: string, raws: readonly RawArticle[]): Article[] | null {
  let data: SnapshotData;
  try {
    data = JSON.parse(readFileSync(path, "utf8")) as SnapshotData;
  } catch {
    return null;
  }
  if (data.key !== key || !Array.isArray(data.articles) || data.articles.length !== raws.length) return null;
  try {
    return raws.map((raw, i) => {
      const a = data.articles[i]!;
      if (a.id !== raw.id) throw new RangeError("snapshot articles out of order");
      return restore(raw, a.title, a.paragraphs, a.sentences, a.tokens);
    });
  } catch {
    return null;
  }
}

function writeSnapshot(cacheDir: string, path: string, kind: string, key: string, articles: readonly Article[]): boolean {
  const data: SnapshotData = {
    key,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      paragraphs: a.paragraphs,
      sentences: a.sentences.map(sentenceData),
      tokens: tableOf(a).toData(),
    })),
  };
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so a reader never sees half a file; older snapshots are removed.
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, path);
    for (const name of readdirSync(cacheDir)) {
      if (name.startsWith(kind) && name.endsWith(".json") && join(cacheDir, name) !== path) rmSync(join(cacheDir, name), { force: true });
    }
    return true;
  } catch {
    return false;
  }
}

function sentenceData(s: Article["sentences"][number]): StoredSentenceData {
  const entities: readonly Entity[] = s.entities;
  const speaker: SpeakerSpan | null = s.speaker;
  return { index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, furniture: s.furniture, headline: s.headline, entities, speaker };
}

/**
 * Where snapshots go unless told otherwise: `INDEX_CACHE_DIR`, else `node_modules/.cache/<package>` in
 * the project this code belongs to (the usual place for a tool's cache); `INDEX_CACHE_DIR=off` turns
 * snapshots off. Null when there is nowhere to put them.
 */
export function defaultSnapshotDir(): string | null {
  const fromEnv = process.env["INDEX_CACHE_DIR"]?.trim();
  if (fromEnv === "off") return null;
  if (fromEnv) return fromEnv;
  const root = projectRoot();
  if (root === undefined) return null;
  let name = "verbatim-news-bot";
  try {
    name = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name?: string }).name ?? name;
  } catch {
    // an unreadable package.json still leaves the default name
  }
  return join(root, "node_modules", ".cache", name);
}

/** What a snapshot depends on: its format, this code, the language model, every file's name and text. */
function snapshotKey(raws: readonly RawArticle[]): string {
  const hash = createHash("sha256");
  hash.update(`format ${FORMAT}\0${codeFingerprint()}\0`);
  for (const raw of raws) hash.update(`${raw.id}\0${raw.text.length}\0${raw.text}\0`);
  return hash.digest("hex");
}

let fingerprint: string | undefined;

/**
 * A hash of every module in this folder and of wink-nlp's versions. It covers more than segmenting needs
 * (the ranker's files too), so any edit here starts a fresh snapshot: simpler than listing the modules
 * segmenting depends on, and a snapshot costs one segmentation to rebuild.
 */
function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash("sha256");
  const here = dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(here).sort()) {
    if ([".js", ".ts"].includes(extname(name))) hash.update(`${name}\0${readFileSync(join(here, name), "utf8")}\0`);
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ["wink-nlp/package.json", "wink-eng-lite-web-model/package.json"]) {
    try {
      hash.update((require(pkg) as { version?: string }).version ?? "");
    } catch {
      hash.update("?");
    }
  }
  return (fingerprint = hash.digest("hex"));
}
