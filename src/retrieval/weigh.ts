/**
 * A question term weighed against the corpus: its inverse document frequency, and the keys that stand
 * for it in the index (its own key, else its typo corrections or its other forms, plus word-vector
 * neighbours that occur in the corpus), each with a strength. rank.ts matches sentences against these.
 * @module
 */
import type { NeighbourTable } from "./neighbours.js";
import { stemKey } from "./nlp.js";
import type { QueryTerm } from "./question.js";
import type { SentenceIndex } from "./sentence-index.js";

/**
 * What a follow-up's word from the question before it weighs against one of its own (`QueryTerm.earlier`):
 * the follow-up says what it asks, the question before it only what about. Not fitted (the ranking
 * weights are fitted on questions asked alone); set to a half before any conversation was scored, and
 * the dev conversations (batch N33) score the same from 1 down to 0.35, and worse at 0.25 (README).
 */
const EARLIER_WEIGHT = 0.5;

/** A neighbour must be at least this similar, and at most this many that occur in the corpus are used; not fitted. */
const NEIGHBOURS = { minSimilarity: 0.55, max: 6 } as const;

export type MatchKind = "exact" | "typo" | "neighbour";

export interface Alternative {
  readonly key: string;
  readonly kind: MatchKind;
  /** 1 for exact and typo matches, the word-vector similarity for a neighbour. */
  readonly strength: number;
}

export interface WeightedTerm {
  readonly term: QueryTerm;
  readonly idf: number;
  readonly alternatives: readonly Alternative[];
}

function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Weigh one question term against the corpus `index`. */
export function weigh(asked: QueryTerm, index: SentenceIndex, neighbours: NeighbourTable): WeightedTerm {
  // The corpus's usage decides what the question's capitals cannot: a lowercase "tommy robinson" is still a
  // name when the corpus only ever writes it as one, and a capitalised "Home Secretary" is not when the
  // corpus also writes it as an ordinary word ("a former home secretary").
  const isName = asked.isNumber ? false : asked.isName ? !index.writesLowercase(asked.word) : index.isName(asked.word);
  const term = isName === asked.isName ? asked : { ...asked, isName };
  const alternatives: Alternative[] = [];
  const df = index.df(term.key);
  if (df > 0) alternatives.push({ key: term.key, kind: "exact", strength: 1 });
  // "the HO paper": two capitals the articles never write as a word are the initials of a name they spell
  // out ("Home Office"), whose sentences carry those capitals as a key (units.ts).
  else if (term.initials && index.df(term.word.toUpperCase()) > 0) alternatives.push({ key: term.word.toUpperCase(), kind: "exact", strength: 1 });
  else if (!term.isNumber) {
    // Only a noun may be a misspelt name: "did she say sorry" must not hear "Sarah".
    // A word the word-vector table knows is English, and no misspelling of a sound-alike ("locked", "chance").
    const soundAlike = neighbours.keyOf(term.word) === undefined;
    for (const key of index.correct(term.word, { names: term.isName || term.nominal, soundAlike })) alternatives.push({ key, kind: "typo", strength: 1 });
  }
  // No such word, nor a misspelling of one: the same word in another part of speech, which the stemmer
  // keys apart ("responded" → respond, "response" → respons; "therapeutic" → therapeut, "therapy" →
  // therapi), is as good as a correction. Measured: as a word-vector neighbour (similarity 0.8 or 0.9) it
  // turned one answer right, as a correction three (and one wrong: "criminology" → criminal).
  if (alternatives.length === 0 && !term.isNumber) for (const key of index.related(term.key)) alternatives.push({ key, kind: "typo", strength: 1 });
  if (!term.isName && !term.isNumber) {
    for (const nb of neighbourKeys(term, alternatives, index, neighbours)) alternatives.push(nb);
  }
  // An unknown word weighs as much as the rarest word: a question about something absent is not answered.
  const known = alternatives.filter((a) => a.kind !== "neighbour");
  const termDf = known.length > 0 ? Math.max(...known.map((a) => index.df(a.key))) : 0;
  return { term, idf: idf(termDf, index.size) * (term.earlier ? EARLIER_WEIGHT : 1), alternatives };
}

/**
 * Word-vector neighbours of a term that occur in the corpus. The table is asked for the surface word
 * first when it keeps that word as a key of its own (wink lemmatises some words badly in isolation:
 * "raped" → "rap", "data" → "datum"), else for the lemma; a typo-corrected word is not expanded.
 */
function neighbourKeys(term: QueryTerm, alternatives: readonly Alternative[], index: SentenceIndex, table: NeighbourTable): Alternative[] {
  if (alternatives.length > 0 && alternatives[0]!.kind === "typo") return [];
  const asked = table.keyOf(term.word) === term.word ? term.word : term.lemma;
  const out: Alternative[] = [];
  for (const nb of table.neighbours(asked)) {
    if (nb.similarity < NEIGHBOURS.minSimilarity || out.length >= NEIGHBOURS.max) break;
    const key = stemKey(nb.lemma);
    if (key === term.key || index.df(key) === 0 || alternatives.some((a) => a.key === key) || out.some((a) => a.key === key)) continue;
    out.push({ key, kind: "neighbour", strength: nb.similarity });
  }
  return out;
}
