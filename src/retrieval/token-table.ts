/**
 * An article's tokens kept compactly once it is ingested: typed arrays of offsets, kinds and interned
 * lemma, key and POS ids instead of one object per token (about 18 bytes a token instead of ~130,
 * which decided the memory of a large corpus). `token(i)` gives back the exact `Token`.
 * @module
 */
import type { Token, TokenKind } from "./nlp.js";

/** Interned strings (lemmas, keys, POS tags) shared by every table: id ↔ string. */
const ids = new Map<string, number>();
const strings: string[] = [];

function intern(s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = strings.length;
    strings.push(s);
    ids.set(s, id);
  }
  return id;
}

const KINDS: readonly TokenKind[] = ["word", "number", "punctuation", "other"];
const KIND_ID: Readonly<Record<TokenKind, number>> = { word: 0, number: 1, punctuation: 2, other: 3 };
const STOP = 4;

/** A `TokenTable` as JSON-safe data: parallel arrays, with lemma, key and POS as indices into `strings`. */
export interface TokenTableData {
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly lemma: readonly number[];
  readonly key: readonly number[];
  readonly pos: readonly number[];
  readonly flags: readonly number[];
  readonly strings: readonly string[];
}

/** The tokens of one article's text, appended in reading order. */
export class TokenTable {
  readonly #text: string;
  #count = 0;
  #start: Int32Array;
  #end: Int32Array;
  #lemma: Int32Array;
  #key: Int32Array;
  #pos: Int32Array;
  /** Kind id in the low two bits, `STOP` when a stop word. */
  #flags: Uint8Array;

  /** A table for exactly `capacity` tokens (its callers know the count before they fill it). */
  constructor(text: string, capacity: number) {
    this.#text = text;
    this.#start = new Int32Array(capacity);
    this.#end = new Int32Array(capacity);
    this.#lemma = new Int32Array(capacity);
    this.#key = new Int32Array(capacity);
    this.#pos = new Int32Array(capacity);
    this.#flags = new Uint8Array(capacity);
  }

  get count(): number {
    return this.#count;
  }

  /** Append `token` (its offsets index the table's text); returns its index. */
  push(token: Token): number {
    if (this.#count === this.#start.length) throw new RangeError(`token table full (${this.#count} tokens)`);
    const i = this.#count++;
    this.#start[i] = token.start;
    this.#end[i] = token.end;
    this.#lemma[i] = intern(token.lemma);
    this.#key[i] = intern(token.key);
    this.#pos[i] = intern(token.pos);
    this.#flags[i] = KIND_ID[token.kind] | (token.stop ? STOP : 0);
    return i;
  }

  /** Token `i` as an object, exactly as `tokenise` made it. */
  token(i: number): Token {
    const start = this.#start[i]!;
    const end = this.#end[i]!;
    const flags = this.#flags[i]!;
    return {
      start,
      end,
      value: this.#text.slice(start, end),
      kind: KINDS[flags & 3]!,
      pos: strings[this.#pos[i]!]!,
      lemma: strings[this.#lemma[i]!]!,
      key: strings[this.#key[i]!]!,
      stop: (flags & STOP) !== 0,
    };
  }

  /** Tokens `[first, first + count)` as objects. */
  tokens(first: number, count: number): Token[] {
    const out = new Array<Token>(count);
    for (let i = 0; i < count; i++) out[i] = this.token(first + i);
    return out;
  }

  /** The table as plain data, its strings inlined (for an index snapshot; see snapshot.ts). */
  toData(): TokenTableData {
    const local = new Map<number, number>();
    const used: string[] = [];
    const remap = (a: Int32Array) =>
      Array.from(a.subarray(0, this.#count), (id) => {
        let j = local.get(id);
        if (j === undefined) local.set(id, (j = used.push(strings[id]!) - 1));
        return j;
      });
    return {
      start: Array.from(this.#start.subarray(0, this.#count)),
      end: Array.from(this.#end.subarray(0, this.#count)),
      lemma: remap(this.#lemma),
      key: remap(this.#key),
      pos: remap(this.#pos),
      flags: Array.from(this.#flags.subarray(0, this.#count)),
      strings: used,
    };
  }

  /** A table over `text` from `toData()`'s output. @throws RangeError when the data does not fit the text. */
  static fromData(text: string, data: TokenTableData): TokenTable {
    const n = data.start.length;
    const same = [data.end, data.lemma, data.key, data.pos, data.flags].every((a) => a.length === n);
    if (!same || data.start.some((s, i) => s < 0 || s > data.end[i]! || data.end[i]! > text.length)) throw new RangeError("token table data does not fit its text");
    const table = new TokenTable(text, Math.max(1, n));
    const ids = data.strings.map(intern);
    table.#start.set(data.start);
    table.#end.set(data.end);
    table.#lemma.set(data.lemma.map((j) => ids[j]!));
    table.#key.set(data.key.map((j) => ids[j]!));
    table.#pos.set(data.pos.map((j) => ids[j]!));
    table.#flags.set(data.flags);
    table.#count = n;
    return table;
  }
}
