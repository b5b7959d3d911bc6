/**
 * Paragraphs and sentences with exact offsets. Each line is a paragraph (wink never splits on a
 * single newline, libraries.md §2.2); wink-nlp splits each paragraph into sentences.
 * @module
 */
import type { Article, Paragraph, Sentence, SpeakerSpan } from "./article.js";
import type { RawArticle } from "./corpus.js";
import { isFurniture } from "./furniture.js";
import { tokenise, type Entity, type Token } from "./nlp.js";
import { attributeSpeakers } from "./speakers.js";
import { TokenTable, type TokenTableData } from "./token-table.js";

const LINE = /[^\r\n]+/gu;

/** Turn an article file into paragraphs and sentences, flag furniture and attribute speakers. */
export function segment(raw: RawArticle): Article {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let title = "";
  for (const match of raw.text.matchAll(LINE)) {
    const lead = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (body === "") continue;
    const start = (match.index ?? 0) + lead;
    const headline = title === "";
    if (headline) title = body;
    const tokenised = tokenise(body, start);
    const furniture = !headline && isFurniture(body, tokenised.tokens, { isLastLines: false });
    const own: number[] = [];
    for (const [first, last] of tokenised.sentences) {
      const tokens = tokenised.tokens.slice(first, last + 1);
      const entities = tokenised.entities
        .filter((e) => e.first >= first && e.last <= last)
        .map((e) => ({ ...e, first: e.first - first, last: e.last - first }));
      own.push(sentences.length);
      sentences.push({
        index: sentences.length,
        paragraph: paragraphs.length,
        start: tokens[0]!.start,
        end: tokens[tokens.length - 1]!.end,
        tokens,
        entities,
        furniture,
        headline,
        speaker: null,
      });
    }
    paragraphs.push({ index: paragraphs.length, start, end: start + body.length, furniture, headline, sentences: own });
  }
  markTrailingFurniture(paragraphs, sentences, raw.text);
  const article: Article = { id: raw.id, title, text: raw.text, bytes: raw.bytes, paragraphs, sentences };
  attributeSpeakers(article);
  return compact(article);
}

/**
 * The article with its sentences' tokens moved into one `TokenTable`: token objects are only needed
 * while the article is being segmented, and kept for a whole corpus they were most of its memory.
 */
function compact(article: Article): Article {
  const table = new TokenTable(article.text, article.sentences.reduce((n, s) => n + s.tokens.length, 0));
  const sentences = article.sentences.map((s) => {
    const first = table.count;
    for (const t of s.tokens) table.push(t);
    return new StoredSentence(s, table, first, s.tokens.length);
  });
  const compacted = { ...article, sentences };
  tables.set(compacted, table);
  return compacted;
}

/** Each segmented article's token table (for snapshot.ts). */
const tables = new WeakMap<Article, TokenTable>();

/** The token table behind a segmented article's sentences. @throws RangeError for an article not made here. */
export function tableOf(article: Article): TokenTable {
  const table = tables.get(article);
  if (!table) throw new RangeError(`article ${article.id} was not segmented by segment()`);
  return table;
}

/** A sentence as plain data; its tokens are the `count` table entries that cover `[start, end)`. */
export type StoredSentenceData = Omit<Sentence, "tokens">;

/**
 * An article segmented earlier, rebuilt from plain data over its (identical) text: the inverse of
 * `segment()` followed by `tableOf()`. @throws RangeError when the data does not fit the text.
 */
export function restore(raw: RawArticle, title: string, paragraphs: readonly Paragraph[], data: readonly StoredSentenceData[], tokens: TokenTableData): Article {
  const table = TokenTable.fromData(raw.text, tokens);
  const starts = tokens.start;
  let next = 0;
  const sentences = data.map((s) => {
    const first = next;
    while (next < starts.length && starts[next]! < s.end) next++;
    if (next === first || starts[first] !== s.start || s.end > raw.text.length) throw new RangeError(`sentence ${s.index} of ${raw.id} does not fit its tokens`);
    return new StoredSentence({ ...s, tokens: [] }, table, first, next - first);
  });
  if (next !== starts.length) throw new RangeError(`tokens of ${raw.id} left over`);
  const article: Article = { id: raw.id, title, text: raw.text, bytes: raw.bytes, paragraphs, sentences };
  tables.set(article, table);
  return article;
}

const NO_ENTITIES: readonly Entity[] = Object.freeze([]);

/** A sentence whose tokens live in its article's `TokenTable`; `tokens` rebuilds them on each read. */
class StoredSentence implements Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly entities: readonly Entity[];
  readonly furniture: boolean;
  readonly headline: boolean;
  speaker: SpeakerSpan | null;
  readonly #table: TokenTable;
  readonly #first: number;
  readonly #count: number;

  constructor(s: Sentence, table: TokenTable, first: number, count: number) {
    this.index = s.index;
    this.paragraph = s.paragraph;
    this.start = s.start;
    this.end = s.end;
    this.entities = s.entities.length === 0 ? NO_ENTITIES : s.entities;
    this.furniture = s.furniture;
    this.headline = s.headline;
    this.speaker = s.speaker;
    this.#table = table;
    this.#first = first;
    this.#count = count;
  }

  get tokens(): readonly Token[] {
    return this.#table.tokens(this.#first, this.#count);
  }
}

/** Reader-directed boilerplate ("let us know if you're having issues") sits in an article's last lines. */
function markTrailingFurniture(paragraphs: Paragraph[], sentences: Sentence[], text: string): void {
  for (let i = Math.max(1, paragraphs.length - 3); i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.furniture) continue;
    const tokens = p.sentences.flatMap((s) => sentences[s]!.tokens);
    if (!isFurniture(text.slice(p.start, p.end), tokens, { isLastLines: true })) continue;
    paragraphs[i] = { ...p, furniture: true };
    for (const s of p.sentences) sentences[s] = { ...sentences[s]!, furniture: true };
  }
}
