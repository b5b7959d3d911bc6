/**
 * Ranking: each question term is weighed against the corpus (weigh.ts), candidates come from the
 * flexsearch index (candidates.ts), then a scoring
 * function of our own orders them. Each candidate is described by a small vector of general
 * features (how much of the question it covers exactly, by typo correction or by word-vector
 * neighbour; names; the asked-about word; the answer type; proximity; length; the speaker; its place
 * in the article), and its score is a weighted sum of them.
 * The weights are fitted on the dev split of the project's own question set (`npm run fit`,
 * eval/fit.ts) and live in rank-weights.ts; nothing here knows any particular question.
 * @module
 */
import type { Article, Sentence } from "./article.js";
import { candidateIds } from "./candidates.js";
import { sameApostrophes } from "./clean.js";
import type { NeighbourTable } from "./neighbours.js";
import { REPORTING, type DateUnit, type QueryTerm, type QuestionType } from "./question.js";
import { FEATURES, RANK_WEIGHTS, type FeatureName } from "./rank-weights.js";
import type { SentenceIndex } from "./sentence-index.js";
import { YEAR } from "./nlp.js";
import { meaningOf, normalise, type Meanings } from "./context.js";
import { articleNameKeys } from "./units.js";
import { madeOnce } from "./made-once.js";
import { weigh, type Alternative, type MatchKind, type WeightedTerm } from "./weigh.js";

export { FEATURES, RANK_WEIGHTS, type FeatureName };

/**
 * A description of a person (an apposition after their name, units.ts): a question means them when it
 * has every word of its head ("the shadow home secretary": the home secretary is someone else; "the
 * MP", "chair") or a word of what the head is of or for ("the MP for *Rotherham*", "chair of the *EHRC*").
 */
export interface Role {
  readonly core: readonly string[];
  readonly detail: readonly string[];
}

/** One indexed sentence and what the ranker needs to know about it. */
export interface Unit {
  readonly article: Article;
  readonly sentence: Sentence;
  /** Content keys (stop words removed), with token positions for proximity. */
  readonly keys: readonly string[];
  readonly positions: { forEach(visit: (key: string, at: number) => void): void };
  readonly speakerKeys: ReadonlySet<string>;
  /** How the articles describe its speaker ("the shadow home secretary", "the MP for Rotherham"). */
  readonly speakerRoles: readonly Role[];
  /**
   * Keys it borrows from the two sentences before it: their names, when it refers back with "he", "she",
   * "they"; their years, when it names none itself.
   */
  readonly contextKeys: ReadonlySet<string>;
  /**
   * The words of the sentence before, when both are of one quotation (the same speaker's attribution): a
   * quote goes on with what it was saying ("“If their original home country does not take them back, we
   * should look at reducing or stopping visas …” / “I expect the countries concerned will then rapidly
   * reconsider their position.”" answers what Philp expects if visas are cut). Met as the speaker is,
   * and only beside a word the sentence itself has (see matchTerms).
   */
  readonly quoteContextKeys: ReadonlySet<string>;
  /** The names of its article's headline, which every sentence of the article is about ("the report" of "Home Office release report on …"). */
  readonly headlineKeys: ReadonlySet<string>;
  /** The initials of names its article's headline spells out (see units.ts): a required name they give is not missed. */
  readonly headlineInitials: ReadonlySet<string>;
  readonly length: number;
  /** Token positions of the figures a "how many" question may be answered by (see `isFigure` in units.ts). */
  readonly numbers: readonly number[];
  readonly hasDate: boolean;
  /** Whether it says how long something lasted ("13 months", "two years and six months"). */
  readonly hasDuration: boolean;
  /** Whether it places something in a time still to come ("in the coming weeks", "next year"). */
  readonly hasFutureTime: boolean;
  /** Token positions of the words written as names. */
  readonly names: readonly number[];
  /** Token positions of the names of those told or written to ("told *the Daily Express*", "a letter to *the Home Office*"). */
  readonly addressees: readonly number[];
  /** Ordinal of the sentence's paragraph among the article's quotable paragraphs (0 = the lead). */
  readonly lead: number;
}

/** Per-term facts about the question that every sentence of a ranking shares. */
export interface RankedQuestion {
  /** Each question term's share of the weight of the question terms the corpus has at all. */
  readonly shares: readonly number[];
  /** Each question term: whether the corpus writes it as a name (not "LONDON:" in a dateline). */
  readonly names: readonly boolean[];
  /**
   * Each question term: whether it is a name a passage must hold, as the `namesMissed` feature counts
   * them (written as a name, and neither put forward in a claim nor only saying which article is meant).
   */
  readonly requiredNames: readonly boolean[];
  /** The question offers a choice ("tories or labour"): its names may be spread over several passages. */
  readonly choice: boolean;
}

export interface RankedUnit {
  readonly unit: Unit;
  readonly id: number;
  readonly score: number;
  /** Share of the question's weight that this sentence covers, in [0, 1]. */
  readonly coverage: number;
  /** The features behind `score`, in `FEATURES` order (for fitting and for the answer decision). */
  readonly features: readonly number[];
  /** Each question term's share of the question's weight where this sentence matches it, else 0. */
  readonly covers: readonly number[];
  /** Each question term: whether this sentence has it as written, corrected or as its speaker (not a neighbour). */
  readonly literal: readonly boolean[];
  /** What the ranking knows of the question, the same object for every sentence of one ranking. */
  readonly question: RankedQuestion;
  /**
   * Keys of the question's words that this sentence has only by borrowing them from the two before it
   * (the name its "he" stands for, the year it stays in): a passage should show where they come from.
   */
  readonly borrowed: readonly string[];
  /**
   * How many of the question's words the sentence has in its own text (as written, corrected or as a
   * related word), rather than only through its speaker, its headline or the sentences before it.
   */
  readonly inText: number;
}

/** How question words are matched beyond their exact key (neighbours: see `NEIGHBOURS` in weigh.ts); not fitted. */
const MATCHING = {
  /** Tokens either side of a matched word within which a number (a name) answers a "how many" ("who") question. */
  numberWindow: 6,
  /** A question word found only as the sentence's speaker or back-referred name counts this much. */
  fieldShare: 0.8,
  lengthB: 0.3,
} as const;

export interface RankInput {
  readonly terms: readonly QueryTerm[];
  readonly type: QuestionType;
  readonly focus: readonly string[];
  /** Keys of whom the question asks to hear from (see question.ts); the names in it when empty. */
  readonly speaker: readonly string[];
  /** The question asks about something said or thought (see question.ts). */
  readonly speech: boolean;
  /** Words the question quotes, lowercased (see question.ts). */
  readonly quoted?: readonly string[];
  /** The question offers a choice (see question.ts). */
  readonly choice?: boolean;
  /** The question asks when something will happen or how long it will take (see question.ts). */
  readonly future?: boolean;
  /** The unit of time a date question asks for (see ParsedQuestion's `dateUnit`). */
  readonly dateUnit?: DateUnit;
  /** The question asks to whom something was said or sent (see question.ts). */
  readonly addressee?: boolean;
  /** A "how much" question that gives a length of time asks how much of it (see ParsedQuestion's `ofTime`). */
  readonly ofTime?: boolean;
}

export interface RankContext {
  readonly index: SentenceIndex;
  readonly units: readonly Unit[];
  readonly neighbours: NeighbourTable;
  readonly averageLength: number;
  /** Unit ids by the name keys of their speaker and of the person they refer back to (see units.ts). */
  readonly byPerson: ReadonlyMap<string, readonly number[]>;
  /** Meaning vectors of the units, when a word-vector table is loaded. */
  readonly meanings: Meanings | undefined;
}

/**
 * The sides of each choice the question offers between names or figures ("the *Tories* or *Labour*", "in
 * *2013* or *2014*"; a name is a word the articles write capitalised), by term index, with the choice
 * they belong to. A choice between other words is often one thing written two ways ("group or gang
 * related"), which a sentence may write so too.
 */
function namedChoices(weighted: readonly WeightedTerm[], capitalised: (word: string) => boolean): ReadonlyMap<number, number> {
  const members = new Map<number, number[]>();
  weighted.forEach((w, t) => {
    const group = w.term.choiceGroup;
    if (group !== undefined) members.set(group, [...(members.get(group) ?? []), t]);
  });
  const sides = new Map<number, number>();
  for (const [group, terms] of members) {
    if (terms.length > 1 && terms.every((t) => weighted[t]!.term.isNumber || capitalised(weighted[t]!.term.word))) for (const t of terms) sides.set(t, group);
  }
  return sides;
}

/**
 * The runs of two or more words the question writes one after the other that the articles write as
 * names ("Qari Abdul Rauf", "Yvette Cooper"), as term indexes; each run ends with its surname. Its
 * words may be weighed differently, and are one run all the same: a follow-up's "he" makes some words of
 * the name its earlier answer gives the follow-up's own, while the rest stay the earlier question's.
 */
function nameRuns(weighted: readonly WeightedTerm[], names: readonly boolean[]): number[][] {
  const runs: number[][] = [];
  weighted.forEach((w, t) => {
    if (!names[t]) return;
    const run = runs.at(-1);
    if (run && run.at(-1) === t - 1 && w.term.follows) run.push(t);
    else runs.push([t]);
  });
  return runs.filter((run) => run.length > 1);
}

/** The keys of everyone the corpus quotes or reports. */
const heardFrom = madeOnce((units: readonly Unit[]): ReadonlySet<string> => new Set(units.flatMap((u) => [...u.speakerKeys])));

/**
 * Whether a name the question puts as who says something is the newspaper the reader read, so says which
 * article is meant: one that may be an outlet by its place ("according to the Express", "does the Express
 * say", `QueryTerm.outlet`) and that the articles write but never quote or report as anyone's words ("told
 * the Daily Express"). "According to the Home Office" still asks to hear from the Home Office.
 */
function readsAsArticle(w: WeightedTerm, input: RankInput, context: RankContext): boolean {
  if (!w.term.outlet || !input.speaker.includes(w.term.key)) return false;
  // Written as a name wherever the articles write it ("Daily Express"), in whatever case it is typed.
  if (!w.term.isName && !context.index.writesCapitalised(w.term.word)) return false;
  const known = w.alternatives.filter((a) => a.kind !== "neighbour");
  const speakers = heardFrom(context.units);
  return known.length > 0 && !known.some((a) => speakers.has(a.key));
}

/** The names each article of the corpus writes that not all of them do. */
const articleNames = madeOnce((units: readonly Unit[]): ReadonlyMap<Article, ReadonlySet<string>> => articleNameKeys([...new Set(units.map((u) => u.article))]));

/** Score every candidate sentence for the question, best first. */
export function rank(input: RankInput, context: RankContext): RankedUnit[] {
  // "Does the Telegraph mention …": a name the articles never use, put as who says it, is the outlet the
  // reader read, not something a sentence could say (`QueryTerm.outlet`).
  const weighed = input.terms.map((term) => weigh(term, context.index, context.neighbours)).filter((w) => !(w.term.outlet && w.alternatives.length === 0));
  // "According to the Express": the newspaper says which article is meant, and is no one to hear from.
  const newspapers = new Set(weighed.filter((w) => readsAsArticle(w, input, context)).map((w) => w.term.key));
  const weighted = newspapers.size === 0 ? weighed : weighed.map((w) => (newspapers.has(w.term.key) ? { ...w, term: { ...w.term, pointsToArticle: true } } : w));
  if (newspapers.size > 0) input = { ...input, speaker: input.speaker.filter((k) => !newspapers.has(k)) };
  const total = weighted.reduce((sum, w) => sum + w.idf, 0);
  if (total === 0) return [];
  const unknown = weighted.filter((w) => w.alternatives.length === 0).reduce((sum, w) => sum + w.idf, 0) / total;
  const known = total * (1 - unknown);
  const meaning = questionMeaning(weighted, context.meanings);
  const shares = weighted.map((w) => (known > 0 ? w.idf / known : 0));
  const candidates = candidateIds(weighted, shares, context, meaning?.centred);
  if (input.quoted?.length) addQuoting(candidates, input.quoted, input.terms, context.units);
  const names = weighted.map((w) => context.index.isName(w.term.word));
  const speaker = askedSpeaker(input, weighted);
  const runs = nameRuns(weighted, names);
  const question: QuestionView = {
    weighted,
    sides: namedChoices(weighted, (word) => context.index.writesCapitalised(word)),
    meaning,
    total,
    known,
    unknown,
    input,
    ...speaker,
    asksNamedSpeaker: input.speaker.length > 0 && speaker.asked.length > 0 && weighted.every((w, t) => !speaker.askedTerms.has(w) || names[t]),
    byKey: alternativesByKey(weighted),
    ...(weighted.some((w) => w.term.pointsToArticle) ? { articleNames: articleNames(context.units) } : {}),
    nameRuns: runs,
    firstNames: new Set(runs.flatMap((run) => run.slice(0, -1))),
    ranked: {
      shares,
      names,
      requiredNames: weighted.map((w) => requiresName(w.term)),
      choice: input.choice ?? false,
    },
  };
  const ranked: RankedUnit[] = [];
  for (const id of candidates) ranked.push(score(id, question, context));
  ranked.sort((a, b) => b.score - a.score || a.id - b.id);
  const answering = sayingItsOwn(ranked, weighted);
  return input.quoted?.length ? quotedFirst(answering, input.quoted) : answering;
}

/**
 * A follow-up that says two or more things of its own ("Did she apologise to the victims, and on whose
 * behalf?" after "Who told MPs that children as young as 10 …?") asks something new about the earlier
 * subject. The earlier question's words, at half weight, still favour the sentence that answered it,
 * which the reader has already seen; so the sentences that have at least one of the follow-up's own
 * words (as written, corrected or as the speaker, not a mere neighbour) and something of the subject
 * (a word of the question before, or whom "he" or "she" stands for) come first, each group in score
 * order: "was she involved with it or just commenting from outside?" after "who said it 'raises more
 * questions …'?" is about Sarah Champion, not any sentence that says "involved". The name a "he" or "she"
 * stands for is not the follow-up's own here ("how long did he serve?" after "who's the ringleader …?"
 * says one thing of its own, "serve": the sentence that named him answered the question before). When
 * no sentence has any, or the follow-up says one thing of its own or none ("why?", "and the year?", "who
 * said that?", which ask about the earlier answer itself), the order stays as scored.
 * Chosen over "at least one own word" and over counting neighbours, which measured worse on the set's
 * conversations (see README).
 */
function sayingItsOwn(ranked: RankedUnit[], weighted: readonly WeightedTerm[]): RankedUnit[] {
  const own = weighted.flatMap((w, t) => (w.term.earlier || w.term.meant || w.alternatives.length === 0 ? [] : [t]));
  if (own.length < 2 || !weighted.some((w) => w.term.earlier)) return ranked;
  const subject = weighted.flatMap((_, t) => (own.includes(t) ? [] : [t]));
  const hasOwn = (r: RankedUnit) => own.some((t) => r.literal[t]!) && subject.some((t) => r.covers[t]! > 0);
  return ranked.some(hasOwn) ? [...ranked.filter(hasOwn), ...ranked.filter((r) => !hasOwn(r))] : ranked;
}

/**
 * A quoted phrase of stop words alone ("'once and for all'") gives the search no word to find its
 * sentence by: when no candidate has such a phrase, the articles' text is searched for it (rare, and only
 * then). A phrase with a word of the question's own is found through that word, or is not in the articles.
 */
function addQuoting(candidates: Set<number>, quoted: readonly string[], terms: readonly QueryTerm[], units: readonly Unit[]): void {
  const searched = new Set(terms.map((t) => t.word.toLowerCase()));
  const unsearchable = quoted.filter((phrase) => !phrase.split(/[^\p{L}\p{N}]+/u).some((w) => searched.has(w)));
  const missing = unsearchable.filter((phrase) => ![...candidates].some((id) => quotedIn(units[id]!, [phrase]) > 0));
  if (missing.length === 0) return;
  // Units come article by article: each article's lowercased text is searched once, and only the
  // sentences around a hit are checked in full (whole words). A phrase the article spaces otherwise
  // (a double space, a line break) is not found this way.
  let article: Article | undefined;
  let hits: number[] = [];
  let sameLength = true;
  units.forEach((unit, id) => {
    if (unit.article !== article) {
      article = unit.article;
      const text = lowercased(article);
      // Lowercasing that changes the length (a few non-English letters) would shift offsets: check every sentence.
      sameLength = text.length === article.text.length;
      hits = sameLength ? missing.flatMap((phrase) => positionsOf(text, phrase)) : [];
    }
    const { start, end } = unit.sentence;
    if ((!sameLength || hits.some((at) => at >= start && at < end)) && quotedIn(unit, missing) > 0) candidates.add(id);
  });
}

/** An article's text in lowercase with straight apostrophes (as quoted phrases are). */
const lowercased = madeOnce((article: Article): string => sameApostrophes(article.text.toLowerCase()));

/** Every offset at which `phrase` starts in `text` (overlapping ones too). */
export function positionsOf(text: string, phrase: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + 1)) at.push(i);
  return at;
}

/** How many of the phrases a question quotes (lowercased) a sentence has as written, whole words, in any case. */
export function quotedIn(unit: Unit, quoted: readonly string[]): number {
  if (quoted.length === 0) return 0;
  const text = sameApostrophes(unit.article.text.slice(unit.sentence.start, unit.sentence.end).toLowerCase().replace(/\s+/gu, " "));
  const wholeWords = (phrase: string, at: number) => !WORD_CHAR.test(text[at - 1] ?? " ") && !WORD_CHAR.test(text[at + phrase.length] ?? " ");
  return quoted.filter((phrase) => positionsOf(text, phrase).some((at) => wholeWords(phrase, at))).length;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Words a question puts in quotation marks are the articles' own, as a search engine reads quotation
 * marks: the sentences that have more of the quoted phrases as written (any case) come first, in score
 * order among themselves. A phrase no sentence has changes nothing.
 */
function quotedFirst(ranked: RankedUnit[], quoted: readonly string[]): RankedUnit[] {
  const holds = new Map(ranked.map((r) => [r, quotedIn(r.unit, quoted)]));
  if (![...holds.values()].some((n) => n > 0)) return ranked;
  return ranked.sort((a, b) => holds.get(b)! - holds.get(a)! || b.score - a.score || a.id - b.id);
}

interface QuestionView {
  readonly weighted: readonly WeightedTerm[];
  /** The terms that are sides of a choice between names or figures, by term, with their choice (see namedChoices). */
  readonly sides: ReadonlyMap<number, number>;
  /** The question's meaning, centred on the corpus topic (see questionMeaning), and how close it is to that topic. */
  readonly meaning: { readonly centred: Float32Array; readonly topicality: number } | undefined;
  readonly total: number;
  /** The weight of the terms the corpus has at all (exactly, by typo or by neighbour). */
  readonly known: number;
  /** Share of the question's weight with no match anywhere in the corpus. */
  readonly unknown: number;
  readonly input: RankInput;
  /** Whom the question asks to hear from: each term's exact and typo-corrected keys. */
  readonly asked: ReadonlyArray<readonly string[]>;
  /** The question terms that name whom it asks to hear from. */
  readonly askedTerms: ReadonlySet<WeightedTerm>;
  /**
   * "What did Theresa May say …": it asks for the words of someone it names, as the articles write a
   * name (not "what does the law say"), so a sentence of no one's words does not answer it (see typeFit).
   */
  readonly asksNamedSpeaker: boolean;
  /** What every ranked sentence carries of the question. */
  readonly ranked: RankedQuestion;
  /** Each alternative key → the terms (by index) it stands for. */
  readonly byKey: ReadonlyMap<string, ReadonlyArray<{ readonly term: number; readonly alt: Alternative }>>;
  /** For a question that points at an article ("the Rauf story"): the names each article writes that not all do. */
  readonly articleNames?: ReadonlyMap<Article, ReadonlySet<string>>;
  /** Names of two or more words, as term indexes, surname last (see nameRuns). */
  readonly nameRuns: ReadonlyArray<readonly number[]>;
  /** The terms of those names before the surname ("*Qari Abdul* Rauf"). */
  readonly firstNames: ReadonlySet<number>;
}

function alternativesByKey(weighted: readonly WeightedTerm[]): QuestionView["byKey"] {
  const map = new Map<string, Array<{ term: number; alt: Alternative }>>();
  weighted.forEach((w, term) => {
    for (const alt of w.alternatives) {
      const list = map.get(alt.key);
      if (list) list.push({ term, alt });
      else map.set(alt.key, [{ term, alt }]);
    }
  });
  return map;
}

function askedSpeaker(input: RankInput, weighted: readonly WeightedTerm[]): Pick<QuestionView, "asked" | "askedTerms"> {
  const explicit = input.speaker;
  // "When did Philp call for …" asks for the occasion, which the narrative around a quote dates, not the
  // quote: a date question asks to hear from no one, whether its shape or only its names suggest someone.
  const terms =
    input.type === "date" ? [] : explicit.length > 0 ? weighted.filter((w) => explicit.includes(w.term.key)) : weighted.filter((w) => w.term.isName);
  const found = terms.filter((w) => w.alternatives.some((a) => a.kind !== "neighbour"));
  return {
    asked: found.map((w) => w.alternatives.filter((a) => a.kind !== "neighbour").map((a) => a.key)),
    askedTerms: new Set(terms),
  };
}

/**
 * The question's meaning vector, centred on the corpus topic and normalised, then scaled by the share of
 * the question's weight that its words with a vector carry: numbers and most names have none, so in "and
 * the 1100 figure?" the vector is that of "figure" alone, and its similarity to a sentence says little
 * about the question as a whole.
 */
function questionMeaning(weighted: readonly WeightedTerm[], meanings: Meanings | undefined): QuestionView["meaning"] {
  if (!meanings) return undefined;
  const words = weighted.map(({ term: t }) => ({ value: t.word, lemma: t.lemma, kind: t.isNumber ? ("number" as const) : ("word" as const), stop: false }));
  const v = normalise(meaningOf(words, meanings.vectors));
  if (v.every((x) => x === 0)) return undefined;
  const onTopic = dot(v, meanings.topic, 0);
  const topicality = dot(v, meanings.direction, 0);
  for (let d = 0; d < v.length; d++) v[d]! -= onTopic * meanings.topic[d]!;
  const hasVector = (t: WeightedTerm["term"]) => !t.isNumber && (meanings.vectors.has(t.word) || meanings.vectors.has(t.lemma));
  // Words passed on second-hand ("someone on fb said *sajid javid* ordered …") are not what is asked about.
  const asked = weighted.filter((w) => !w.term.claimed);
  const askedWeight = asked.reduce((sum, w) => sum + w.idf, 0);
  const carried = askedWeight > 0 ? asked.reduce((sum, w) => sum + (hasVector(w.term) ? w.idf : 0), 0) / askedWeight : 1;
  const centred = normalise(v);
  for (let d = 0; d < centred.length; d++) centred[d]! *= carried;
  return { centred, topicality };
}

function dot(a: Float32Array, b: Float32Array, offset: number): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[offset + d]!;
  return s;
}

interface TermMatch {
  readonly kind: MatchKind | "field" | "none";
  readonly strength: number;
  readonly at: number | undefined;
  /** For a match in what the sentence borrows from the two before it (not in its speaker): the key. */
  readonly borrowed?: string;
  /** Met only in the sentence before, of the same quotation (see `Unit.quoteContextKeys`). */
  readonly quoted?: boolean;
}

const NO_MATCH: TermMatch = { kind: "none", strength: 0, at: undefined };
const NONE_BORROWED: readonly string[] = Object.freeze([]);

/**
 * How each question term is found in a unit: in its words (its strongest alternative there, at its first
 * position), else in its speaker, back-reference or headline names, else as a related word (a neighbour)
 * of what it borrows from the sentences before it ("how many *cases* …" in "Of those, …" after a count of
 * offences). One pass over the unit's keys.
 */
function matchTerms(q: QuestionView, unit: Unit, speakerKeys: ReadonlySet<string>): TermMatch[] {
  const matches = q.weighted.map(() => NO_MATCH);
  unit.positions.forEach((key, at) => {
    for (const { term, alt } of q.byKey.get(key) ?? []) {
      if (alt.strength > matches[term]!.strength) matches[term] = { kind: alt.kind, strength: alt.strength, at };
    }
  });
  q.weighted.forEach((w, t) => {
    if (matches[t]!.kind !== "none") return;
    for (const alt of w.alternatives) {
      if (alt.kind !== "neighbour" && (speakerKeys.has(alt.key) || unit.contextKeys.has(alt.key) || unit.headlineKeys.has(alt.key))) {
        // Only a key borrowed from a sentence before widens the passage to that sentence (compose.ts).
        const borrowed = !speakerKeys.has(alt.key) && unit.contextKeys.has(alt.key);
        matches[t] = { kind: "field", strength: 1, at: undefined, ...(borrowed ? { borrowed: alt.key } : {}) };
        return;
      }
    }
    for (const alt of w.alternatives) {
      if (alt.kind !== "neighbour" && unit.quoteContextKeys.has(alt.key)) {
        matches[t] = { kind: "field", strength: 1, at: undefined, borrowed: alt.key, quoted: true };
        return;
      }
    }
    // "the *Express* piece", "the *rauf* story": the name says which article is meant, so every sentence
    // of an article that writes it has it (a name every article writes says nothing: see units.ts).
    const pointedAt = w.term.pointsToArticle ? q.articleNames?.get(unit.article) : undefined;
    if (pointedAt && w.alternatives.some((alt) => alt.kind !== "neighbour" && pointedAt.has(alt.key))) {
      matches[t] = { kind: "field", strength: 1, at: undefined };
      return;
    }
    for (const alt of w.alternatives) {
      if (alt.kind === "neighbour" && unit.contextKeys.has(alt.key) && alt.strength > matches[t]!.strength) matches[t] = { kind: "neighbour", strength: alt.strength, at: undefined, borrowed: alt.key };
      else if (alt.kind === "neighbour" && unit.quoteContextKeys.has(alt.key) && alt.strength > matches[t]!.strength) matches[t] = { kind: "neighbour", strength: alt.strength, at: undefined, borrowed: alt.key, quoted: true };
    }
  });
  // What the quotation said before supports a sentence that meets the question itself, but stands in for
  // none: a sentence that meets none of the question's words as written is not found by them alone.
  if (!matches.some((m) => m.at !== undefined && (m.kind === "exact" || m.kind === "typo"))) {
    matches.forEach((m, t) => {
      if (m.quoted) matches[t] = NO_MATCH;
    });
  }
  // "Qari Abdul Rauf" met by "Rauf was sentenced …", "Yvette Cooper" by "Ms Cooper": news writes a
  // person by surname after the first mention, so the surname written as a name stands for the whole.
  for (const run of q.nameRuns) {
    const surname = matches[run.at(-1)!]!;
    if (surname.at === undefined || (surname.kind !== "exact" && surname.kind !== "typo") || !unit.names.includes(surname.at)) continue;
    for (const t of run.slice(0, -1)) if (matches[t]!.kind === "none") matches[t] = { kind: "field", strength: 1, at: undefined };
  }
  return matches;
}

/**
 * The keys of a unit's speaker as the question may name them: their name, and the descriptions of them
 * that the question uses (see `Role`).
 */
function heardAs(q: QuestionView, unit: Unit): ReadonlySet<string> {
  if (unit.speakerRoles.length === 0) return unit.speakerKeys;
  const asked = (k: string) => q.byKey.get(k)?.some((m) => m.alt.kind !== "neighbour") ?? false;
  const used = unit.speakerRoles.filter((r) => r.core.every(asked) || r.detail.some(asked));
  return used.length === 0 ? unit.speakerKeys : new Set([...unit.speakerKeys, ...used.flatMap((r) => [...r.core, ...r.detail])]);
}

/**
 * A name the question writes that a passage must hold: not one put forward second-hand, which may be the
 * wrong one (see hearsay in question.ts), nor one that only says which article is meant ("the Casey story"),
 * nor initials made plural, which name a kind ("who did the cross-party *MPs* address their letter to?" is
 * answered by "In a letter to the Home Office … the cross-party group called for …"), nor one only of the
 * sentence a question brings along to set the scene ("My sister in *Rochdale* tells me the police are
 * being asked to dig out old investigations. Is that right?").
 */
const requiresName = (t: QueryTerm) => t.isName && !t.claimed && !t.pointsToArticle && !t.pluralInitials && !t.broughtAlong;

function score(id: number, q: QuestionView, context: RankContext): RankedUnit {
  const unit = context.units[id]!;
  const f = new Array<number>(FEATURES.length).fill(0);
  const set = (name: FeatureName, value: number) => (f[FEATURE_AT[name]] = value);
  let exact = 0;
  let typo = 0;
  let neighbour = 0;
  let field = 0;
  let names = 0;
  let namesMissed = 0;
  let numbers = 0;
  let numbersMissed = 0;
  let focusHit = false;
  let focusLiteral = false;
  let focusAsked = false;
  /** Where the sentence writes the asked-about word (not a related word). */
  let focusAt: number | undefined;
  let about = 0;
  let aboutTotal = 0;
  const hitPositions: number[] = [];
  let inText = 0;
  const covers: number[] = [];
  const literal: boolean[] = [];
  const speakerKeys = heardAs(q, unit);
  const matches = matchTerms(q, unit, speakerKeys);
  // "Tories or Labour": a sentence that names both sides of a choice in its own words meets it once, by
  // its better match (a side found only in its speaker or headline, who or what it is about, still counts).
  const sides = new Map<number, number>();
  for (const [t, group] of q.sides) {
    const m = matches[t]!;
    if (m.at === undefined) continue;
    const best = sides.get(group);
    if (best === undefined || credit(m, q.ranked.shares[t]!) > credit(matches[best]!, q.ranked.shares[best]!)) sides.set(group, t);
  }
  for (const [t, w] of q.weighted.entries()) {
    const m = matches[t]!;
    // Shares of what the corpus could match: words it never uses are the "unknown" feature instead.
    const share = q.ranked.shares[t]!;
    const group = q.sides.get(t);
    // The other side's match counts for nothing.
    const outmatched = group !== undefined && m.at !== undefined && sides.get(group) !== t;
    if (!outmatched) {
      if (m.kind === "exact") exact += share;
      else if (m.kind === "typo") typo += share;
      else if (m.kind === "neighbour") neighbour += share * m.strength;
      else if (m.kind === "field") field += share;
    }
    if (m.at !== undefined) inText++;
    // A name of several words is one hit: its words side by side say nothing of how close the sentence keeps the question's words.
    if (m.at !== undefined && !q.firstNames.has(t)) hitPositions.push(m.at);
    covers.push(m.kind === "none" ? 0 : share);
    literal.push(m.kind !== "none" && m.kind !== "neighbour");
    if (q.ranked.requiredNames[t]) {
      names++;
      if (m.kind === "none" && !w.alternatives.some((alt) => alt.kind !== "neighbour" && unit.headlineInitials.has(alt.key))) namesMissed++;
    }
    const asksSpeaker = q.askedTerms.has(w);
    if (!asksSpeaker) {
      aboutTotal += share;
      if (m.kind === "exact" || m.kind === "typo") about += share;
      else if (m.kind === "neighbour") about += share * m.strength;
    }
    // "What did the 20 MPs say", "who was the 20 MPs' letter sent to": a number that counts the people or
    // things the question is about describes them (a sentence may call them "the cross-party group"); a
    // year or a figure on its own ("in 2022") is one the answer must hold.
    if (w.term.isNumber && !w.term.counting && !w.term.claimed && !(asksSpeaker && unit.sentence.speaker)) {
      numbers++;
      if (m.kind === "none") numbersMissed++;
    }
    if (q.input.focus.includes(w.term.key)) {
      focusAsked = true;
      if (m.kind !== "none") focusHit = true;
      if (m.kind !== "none" && m.kind !== "neighbour") focusLiteral = true;
      if (m.at !== undefined && m.kind !== "neighbour") focusAt = m.at;
    }
  }
  // A corrected typo names the same word, and a speaker or "he"/"she" names the same person: both count
  // as found (a field match slightly less, as the name is not in the sentence itself). Kept as one
  // feature so that the few typos and back-references of the dev questions cannot weigh them alone.
  set("matched", exact + typo + MATCHING.fieldShare * field);
  set("neighbour", neighbour);
  set("namesMissed", names === 0 ? 0 : namesMissed / names);
  // "… deported in 2023": a sentence without the year asked about answers another question.
  set("numbersMissed", numbers === 0 ? 0 : numbersMissed / numbers);
  set("focusHit", focusAsked && focusHit ? 1 : 0);
  set("focusMiss", focusAsked && !focusHit ? 1 : 0);
  // Only a related word stands for the asked-about word ("how old" met by "young"): weaker evidence.
  set("focusLoose", focusAsked && focusHit && !focusLiteral ? 1 : 0);
  // Two common words side by side ("grooming gang") say little: closeness counts by how much is matched.
  set("proximity", proximity(hitPositions) * Math.min(1, exact + typo + neighbour));
  set("lengthNorm", 1 / (1 - MATCHING.lengthB + MATCHING.lengthB * (unit.length / context.averageLength)));
  set("lead", 1 / (1 + unit.lead));
  set("unknown", q.unknown);
  if (q.meaning && context.meanings) {
    set("semantic", dot(q.meaning.centred, context.meanings.rows, id * q.meaning.centred.length));
    set("topicality", q.meaning.topicality);
  } else {
    // No word of the question has a vector (names only, another language): its meaning is unknown.
    set("noMeaning", 1);
  }
  const type = typeFit(unit, q.input.type, hitPositions, q, speakerKeys, focusAt);
  set("typeMatch", type === "match" ? 1 : 0);
  set("typeMiss", type === "miss" ? 1 : 0);
  set("numberNear", type === "near" && q.input.type === "number" ? 1 : 0);
  set("nameNear", type === "near" && q.input.type === "who" ? 1 : 0);
  // "How many MPs …" is answered best by "20 MPs": a number just before the counted word, as written (a
  // related word is something else counted: "how many victims" is not answered by "nine Asian men").
  const counted = q.input.type === "number" && focusAt !== undefined && unit.numbers.some((n) => focusAt! - n > 0 && focusAt! - n <= 3);
  set("countsFocus", counted ? 1 : 0);
  const spoken = unit.sentence.speaker !== null;
  set("quoteAsked", spoken && (q.input.type === "quote" || (q.input.type === "who" && q.input.speech)) ? 1 : 0);
  // The share of whom the question asks for that the sentence's speaker names ("the Home Office source" is
  // matched in full by "A Home Office source", a third by "the Home Office").
  const heard = q.asked.filter((keys) => keys.some((k) => speakerKeys.has(k))).length;
  set("speakerMatch", spoken && q.asked.length > 0 ? heard / q.asked.length : 0);
  // "What did X say about Y": once the speaker is X, what counts is how much of Y the sentence itself says.
  set("aboutMatched", spoken && heard > 0 && aboutTotal > 0 ? about / aboutTotal : 0);
  let s = 0;
  for (let i = 0; i < f.length; i++) s += f[i]! * RANK_WEIGHTS[FEATURES[i]!];
  const borrowed = matches.some((m) => m.borrowed !== undefined) ? matches.flatMap((m) => (m.borrowed === undefined ? [] : [m.borrowed])) : NONE_BORROWED;
  return { unit, id, score: s, coverage: ((exact + typo + neighbour + field) * q.known) / q.total, features: f, covers, literal, question: q.ranked, borrowed, inText };
}

/** What a term's match adds to the sentence's matched share (as `score` counts it). */
function credit(m: TermMatch, share: number): number {
  if (m.kind === "none") return 0;
  if (m.kind === "neighbour") return share * m.strength;
  return m.kind === "field" ? MATCHING.fieldShare * share : share;
}

/** Each feature's index in `RankedUnit.features`. */
export const FEATURE_AT = Object.fromEntries(FEATURES.map((name, i) => [name, i])) as Record<FeatureName, number>;

/** 1 when the matched words sit together, falling towards 0 as they spread out. */
function proximity(hits: number[]): number {
  const positions = [...new Set(hits)];
  if (positions.length < 2) return 0;
  const span = Math.max(...positions) - Math.min(...positions) + 1;
  return positions.length / span;
}

/** Whether one of `answers` (token positions) is not itself a matched word but sits close to one. */
function near(answers: readonly number[], hits: readonly number[]): boolean {
  return answers.some((n) => !hits.includes(n) && hits.some((h) => Math.abs(h - n) <= MATCHING.numberWindow));
}

/** Whether `key` is one of the question's own words, as written or corrected (not a neighbour). */
function asksFor(q: QuestionView, key: string): boolean {
  return (q.byKey.get(key) ?? []).some(({ alt }) => alt.kind !== "neighbour");
}

/**
 * Whether the sentence holds the kind of answer asked for. A "how many" question is best answered by a
 * number close to the words it asks about ("near"); a number anywhere is a plain match.
 */
function typeFit(unit: Unit, type: QuestionType, hits: readonly number[], q: QuestionView, speakerKeys: ReadonlySet<string>, focusAt?: number): "near" | "match" | "miss" | "none" {
  switch (type) {
    case "number": {
      // A number the question itself gives is not its answer: "how many of the 717 cases …" is not
      // answered by "There were 717 cases …".
      let numbers = notAsked(unit.numbers, unit, q);
      // Nor one that counts something else, where the sentence writes the word asked about ("how many
      // girls …" is not answered by "one of *nine Asian men* convicted of sex offences against … girls").
      if (focusAt !== undefined) numbers = numbers.filter((at) => !countsOther(unit, at, focusAt, q));
      // "Rauf got 6 years, how much of that did he serve": a length of time answers (`ofTime`).
      if (numbers.length === 0) return q.input.ofTime === true && unit.hasDuration ? "match" : "miss";
      return near(numbers, hits) ? "near" : "match";
    }
    // "When will the inquiry report", "how long will the audit take": only a time still to come answers;
    // the dates of what has happened ("in 2012") do not.
    case "date":
      if (q.input.dateUnit && !q.input.future && !givesUnit(unit, q.input.dateUnit)) return "miss";
      return (q.input.future ? unit.hasFutureTime : unit.hasDate) ? "match" : "miss";
    case "duration":
      return (q.input.future ? unit.hasFutureTime : unit.hasDuration) ? "match" : "miss";
    case "who": {
      // "Who is doing the audit": best a name close to the words asked about ("asked Baroness Louise Casey
      // to oversee a rapid audit"), else any name or a speaker.
      // A name the question itself gives is not an answer to it: "who chaired the Independent Inquiry into
      // Child Sexual Abuse" is not answered by the inquiry's own name, as a speaker or in the text.
      // "Who was the letter sent to": only a name of one told or written to answers.
      if (q.input.addressee) return notAsked(unit.addressees, unit, q).length > 0 ? "match" : "miss";
      const names = notAsked(unit.names, unit, q);
      if (near(names, hits)) return "near";
      return names.length > 0 || [...speakerKeys].some((k) => !asksFor(q, k)) ? "match" : "miss";
    }
    case "quote": {
      // "What did Theresa May say about Rauf": a sentence that neither quotes her nor reports anyone's
      // words or views ("Theresa May, then home secretary, ordered him to be sent back …") holds nothing
      // she said. Only for a speaker the articles write as a name: "what does the law say" asks for no one's words.
      if (!q.asksNamedSpeaker) return "none";
      if (unit.sentence.speaker !== null && q.asked.some((keys) => keys.some((k) => speakerKeys.has(k)))) return "none";
      return unit.sentence.tokens.some((t) => REPORTING.test(t.lemma)) ? "none" : "miss";
    }
    case "reason":
    case "fact":
      return "none";
  }
}

/**
 * Whether the figure at `at` counts something other than the asked-about word, which the sentence writes
 * at `focusAt`: the noun phrase right after it (up to four words) ends in a noun that is neither that
 * word, nor another of the question's, nor a close neighbour of one ("*nine Asian men* convicted of sex
 * offences against vulnerable girls" does not count the girls; "signed by more than *130,000 people*"
 * counts the people of "how many people signed", and "in 127 “major” *probes*" the investigations of "how
 * many investigations"). A figure followed by no noun ("around 1100 involved abuse …") may count anything,
 * and one followed by a name is not read as counting something else ("20 *MPs*").
 */
function countsOther(unit: Unit, at: number, focusAt: number, q: QuestionView): boolean {
  const tokens = unit.sentence.tokens;
  let head: number | undefined;
  for (let i = at + 1; i < tokens.length && i <= at + 4; i++) {
    const pos = tokens[i]!.pos;
    if (pos === "NOUN" || pos === "PROPN") head = i;
    // A word in quotation marks is still part of the phrase: "127 “major” probes".
    else if (QUOTE_MARK.test(tokens[i]!.value)) continue;
    else if (pos !== "ADJ") break;
  }
  if (head === undefined || tokens[head]!.pos !== "NOUN" || head === focusAt) return false;
  const key = tokens[head]!.key;
  return key !== tokens[focusAt]!.key && !asksFor(q, key) && !(q.byKey.get(key) ?? []).some(({ alt }) => alt.strength >= SAME_THING);
}
const QUOTE_MARK = /^["“”‘’']$/u;
/**
 * A word-vector neighbour of the question's words at least this similar counts the same thing ("probes"
 * for "how many investigations", 0.84); "men" for "girls" (0.73) does not. Set, not fitted.
 */
const SAME_THING = 0.8;

/** Words that name a day ("on *Tuesday*", "*Sunday* night", "*yesterday*"). */
const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/u;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/**
 * Whether the sentence gives a date in the unit asked for: a year (or "… years ago"), a month's name, or
 * a day's ("On Sunday night"). "Last week" answers no "which day of the week", "in 2023" no "which month".
 */
function givesUnit(unit: Unit, dateUnit: DateUnit): boolean {
  const words = unit.sentence.tokens.map((t) => t.value.toLowerCase());
  if (dateUnit === "year") return words.some((w) => YEAR.test(w)) || words.includes("ago");
  if (dateUnit === "month") return words.some((w) => MONTH.test(w));
  return words.some((w) => DAY.test(w));
}

/** Those of `positions` (token positions in `unit`) whose word is not one of the question's own. */
function notAsked(positions: readonly number[], unit: Unit, q: QuestionView): number[] {
  if (positions.length === 0) return [];
  const asked = new Set<number>();
  unit.positions.forEach((key, at) => {
    if (asksFor(q, key)) asked.add(at);
  });
  return positions.filter((at) => !asked.has(at));
}
