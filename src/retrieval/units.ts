/**
 * Turning ingested articles into rankable units: every quotable sentence (not furniture, not the
 * headline) with its content keys, positions and speaker keys.
 * @module
 */
import type { Article, Sentence } from "./article.js";
import { tokenise } from "./nlp.js";
import type { Unit } from "./rank.js";
import type { IndexedUnit } from "./sentence-index.js";

/** Every quotable sentence of `articles`, in article and reading order. */
export function buildUnits(articles: readonly Article[]): Unit[] {
  const units: Unit[] = [];
  for (const article of articles) {
    const leadOf = new Map<number, number>();
    for (const p of article.paragraphs) if (!p.furniture && !p.headline) leadOf.set(p.index, leadOf.size);
    let previous: { id: number; paragraph: number } | undefined;
    for (const sentence of article.sentences) {
      if (sentence.furniture || sentence.headline) continue;
      const keys: string[] = [];
      const positions = new Map<string, number[]>();
      const numbers: number[] = [];
      sentence.tokens.forEach((t, i) => {
        if (t.kind === "number" || sentence.entities.some((e) => e.first <= i && i <= e.last && NUMBER_ENTITIES.has(e.kind))) numbers.push(i);
        if (t.stop || (t.kind !== "word" && t.kind !== "number")) return;
        keys.push(t.key);
        const list = positions.get(t.key);
        if (list) list.push(i);
        else positions.set(t.key, [i]);
      });
      const speakerKeys = new Set<string>();
      if (sentence.speaker) for (const t of tokenise(sentence.speaker.name).tokens) if (!t.stop && t.kind === "word") speakerKeys.add(t.key);
      const id = units.length;
      const samePara = previous !== undefined && previous.paragraph === sentence.paragraph;
      if (samePara) units[previous!.id] = { ...units[previous!.id]!, next: id };
      units.push({
        article,
        sentence,
        keys,
        positions,
        speakerKeys,
        contextKeys: referredNames(article, sentence),
        length: Math.max(1, keys.length),
        numbers,
        hasDate: sentence.entities.some((e) => DATE_ENTITIES.has(e.kind)) || sentence.tokens.some((t) => YEAR.test(t.value)),
        hasName: sentence.tokens.some((t) => t.pos === "PROPN"),
        lead: leadOf.get(sentence.paragraph) ?? 0,
        previous: samePara ? previous!.id : undefined,
        next: undefined,
      });
      previous = { id, paragraph: sentence.paragraph };
    }
  }
  return units;
}

const NUMBER_ENTITIES: ReadonlySet<string> = new Set(["number", "money", "percent"]);
const DATE_ENTITIES: ReadonlySet<string> = new Set(["date", "time"]);
const YEAR = /^(?:19|20)\d\d$/u;

const BACK_REFERENCE = /^(?:he|she|him|her|his|they|them|their)$/u;

/** A sentence that says "he" or "she" borrows the names of the two sentences before it, in the same article. */
function referredNames(article: Article, sentence: Sentence): Set<string> {
  const names = new Set<string>();
  if (!sentence.tokens.some((t) => BACK_REFERENCE.test(t.value.toLowerCase()))) return names;
  for (const previous of article.sentences.slice(Math.max(0, sentence.index - 2), sentence.index)) {
    if (previous.furniture || previous.headline) continue;
    for (const t of previous.tokens) if (t.pos === "PROPN" && /^\p{Lu}/u.test(t.value)) names.add(t.key);
  }
  return names;
}

/** What the flexsearch index needs of each unit. */
export function indexedUnit(unit: Unit): IndexedUnit {
  return {
    keys: unit.keys,
    words: unit.sentence.tokens.filter((t) => t.kind === "word" && !t.stop).map((t) => ({ word: t.value.toLowerCase(), key: t.key })),
  };
}

/** Unit ids by the keys of their speaker's name. */
export function speakerIndex(units: readonly Unit[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  units.forEach((unit, id) => {
    for (const key of unit.speakerKeys) {
      const list = map.get(key);
      if (list) list.push(id);
      else map.set(key, [id]);
    }
  });
  return map;
}
