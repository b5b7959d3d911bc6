/**
 * The one wink-nlp instance, and a lossless token view of a piece of text:
 * every token keeps exact `[start, end)` offsets into the string it came from.
 * @module
 */
import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model, ["sbd", "pos", "ner"]);
/** wink-nlp's item helpers (`its.bow`, `its.lemma` …) of the shared instance. */
export const its = nlp.its;

// wink's typings reject `its.lemma` under strict mode; cast once (libraries.md §2.1).
const lemmaOf = its.lemma as unknown as ItsFunction<string>;
const porter = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

/**
 * Porter stems by word. A corpus repeats a small vocabulary millions of times and every question
 * stems dozens of neighbour words, so memoising the (pure) stemmer saves most of its cost, and equal
 * keys share one string. Bounded: cleared when it grows past `MAX_STEMS` words.
 */
const stems = new Map<string, string>();
const MAX_STEMS = 200_000;

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stem = porter(word);
    stems.set(word, stem);
  }
  return stem;
}

/** Characters wink drops while tokenising; swapped for a space of the same length so offsets stay exact. */
const DROPPED_BY_WINK = /[\v\f\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\ufeff]/g;

/** A number that reads as a year of the 20th or 21st century ("2012"), not a count ("717"). */
export const YEAR = /^(?:19|20)\d\d$/u;

export type TokenKind = "word" | "number" | "punctuation" | "other";
export type EntityKind = "date" | "number" | "time" | "money" | "percent" | "duration";

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly kind: TokenKind;
  /** Universal POS tag, e.g. PROPN, NOUN, VERB. */
  readonly pos: string;
  /** Lowercased lemma: "Councils" → "council", "said" → "say". */
  readonly lemma: string;
  /** The search key: the Porter stem of the lemma, so "deported", "deportation" and "deport" meet. */
  readonly key: string;
  readonly stop: boolean;
}

export interface Entity {
  readonly kind: EntityKind;
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
}

export interface TokenisedText {
  readonly tokens: readonly Token[];
  /** Sentences as inclusive token index ranges, empty sentences removed. */
  readonly sentences: ReadonlyArray<readonly [first: number, last: number]>;
  readonly entities: readonly Entity[];
}

const ENTITY_KINDS: Record<string, EntityKind> = {
  DATE: "date",
  CARDINAL: "number",
  ORDINAL: "number",
  TIME: "time",
  MONEY: "money",
  PERCENT: "percent",
  DURATION: "duration",
};

/** Porter stem of a lowercase word; the search key for words that did not come through `tokenise`. */
export function stemKey(word: string): string {
  return stemOf(word.toLowerCase());
}

function kindOf(type: string): TokenKind {
  if (type === "word" || type === "number" || type === "punctuation") return type;
  return "other";
}

/**
 * wink ends a sentence at any full stop, also at one with no space after it: a web address or a file
 * name ("news.sky.com", "a .docx"), or a missing space ("in 2023.is that right"). Only a stop followed by
 * a space (or the end) ends one here, so that the words after it stay in the question they belong to.
 */
function joinRunOnStops(tokens: readonly Token[], sentences: Array<readonly [number, number]>): void {
  for (let k = sentences.length - 1; k > 0; k--) {
    const [, last] = sentences[k - 1]!;
    const [first, end] = sentences[k]!;
    const stop = tokens[last]!;
    if (stop.value === "." && first === last + 1 && tokens[first]!.start === stop.end && tokens[first]!.kind !== "punctuation") sentences.splice(k - 1, 2, [sentences[k - 1]![0], end]);
  }
}

/**
 * Tokenise `text` (one paragraph or one question). Offsets are relative to `text` plus `base`.
 * @example tokenise("Rauf was jailed.", 0).tokens[2] // => { value: "jailed", lemma: "jail", key: "jail", … }
 */
export function tokenise(text: string, base = 0): TokenisedText {
  const doc = nlp.readDoc(text.replace(DROPPED_BY_WINK, " "));
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const types = tokens.out(its.type) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(lemmaOf) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const out: Token[] = [];
  let at = base;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? "").length;
    const value = values[i] ?? "";
    const kind = kindOf(types[i] ?? "");
    // wink leaves PROPN tokens unlemmatised ("Councils"); the Porter key below still folds their plurals.
    const lemma = (lemmas[i] ?? value).toLowerCase();
    out.push({
      start: at,
      end: at + value.length,
      value,
      kind,
      pos: pos[i] ?? "X",
      lemma,
      key: kind === "number" ? value.replace(/,/g, "") : stemOf(lemma),
      stop: stops[i] === true,
    });
    at += value.length;
  }
  const sentences: Array<readonly [number, number]> = [];
  for (const span of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    let [first, last] = span;
    while (first <= last && out[first]?.pos === "SPACE") first++;
    while (last >= first && out[last]?.pos === "SPACE") last--;
    if (first <= last) sentences.push([first, last]);
  }
  joinRunOnStops(out, sentences);
  const entities: Entity[] = [];
  const entitySpans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
  const entityTypes = doc.entities().out(its.type) as string[];
  entitySpans.forEach(([first, last], i) => {
    const kind = ENTITY_KINDS[entityTypes[i] ?? ""];
    if (kind) entities.push({ kind, first, last });
  });
  return { tokens: out, sentences, entities };
}
