/**
 * Turning ingested articles into rankable units: every quotable sentence (not furniture, not the
 * headline) with its content keys, positions and speaker keys.
 * @module
 */
import type { Article, Sentence } from "./article.js";
import { stemKey, tokenise, YEAR, type Token } from "./nlp.js";
import type { Role, Unit } from "./rank.js";
import type { IndexedUnit } from "./sentence-index.js";
import { ADDRESSING, appositionAfter, HONORIFIC } from "./speakers.js";

/** Every quotable sentence of `articles`, in article and reading order. */
export function buildUnits(articles: readonly Article[]): Unit[] {
  const units: Unit[] = [];
  const roles = rolesBySurname(articles);
  const spelt = speltOut(articles);
  for (const article of articles) {
    const leadOf = new Map<number, number>();
    for (const p of article.paragraphs) if (!p.furniture && !p.headline) leadOf.set(p.index, leadOf.size);
    const speakerKeysOf = new Map<string, ReadonlySet<string>>();
    const fullNames = fullNamesBySurname(article);
    // The names and years of each quotable sentence, by sentence index, for the sentences after it.
    const mentions = new Map<number, Mentions>();
    const headlineNames = headlineNameKeys(article);
    const initialsInHeadline = headlineInitials(article);
    for (const sentence of article.sentences) {
      if (sentence.furniture || sentence.headline) continue;
      const tokens = sentence.tokens;
      const years = tokens.filter((t) => YEAR.test(t.value)).map((t) => t.key);
      const figures = tokens.filter((t) => t.kind === "number" && !YEAR.test(t.value)).map((t) => t.key);
      const initials = acronyms(tokens);
      // … and a phrase the corpus abbreviates, written in any case ("child sexual exploitation" for "CSE").
      const lowerInitials = speltIn(tokens, spelt, initials);
      const keys: string[] = [];
      const at: number[] = [];
      const numbers: number[] = [];
      tokens.forEach((t, i) => {
        if (isFigure(sentence, i)) numbers.push(i);
        if (t.stop || (t.kind !== "word" && t.kind !== "number")) return;
        keys.push(t.key);
        at.push(i);
      });
      const length = Math.max(1, keys.length);
      // A name spelt out is borrowed with its initials ("the National Crime Agency" for "the NCA"); a
      // quotation's words, for its next sentence.
      mentions.set(sentence.index, { names: [...tokens.filter(isName).map((t) => t.key), ...initials.map((a) => a.key)], years, figures, counted: countedKeys(tokens), words: sentence.speaker ? [...keys] : [], speakerAt: sentence.speaker?.start });
      for (const a of [...initials, ...lowerInitials]) {
        keys.push(a.key);
        at.push(a.at);
      }
      // A hyphenated word also has its parts: "cross-party" answers "which party", "Pakistani-heritage"
      // answers "pakistani heritage".
      tokens.forEach((t, i) => {
        if (t.kind !== "word" || !t.value.includes("-")) return;
        for (const part of t.value.split("-")) {
          if (part.length < 2 || STOP_PARTS.has(part.toLowerCase())) continue;
          keys.push(stemKey(part));
          at.push(i);
        }
      });
      const future = FUTURE_TIME.test(article.text.slice(sentence.start, sentence.end));
      units.push({
        article,
        sentence,
        keys,
        positions: new KeyPositions(keys, at),
        speakerKeys: sentence.speaker ? speakerKeys(sentence.speaker.name, speakerKeysOf, fullNames) : NO_KEYS,
        speakerRoles: sentence.speaker ? rolesOf(sentence.speaker.name, roles) : NO_ROLES,
        contextKeys: borrowedKeys(sentence, tokens, mentions),
        quoteContextKeys: quoteContext(sentence, mentions),
        headlineKeys: headlineNames,
        headlineInitials: initialsInHeadline,
        length,
        numbers: numbers.length > 0 ? numbers : NO_POSITIONS,
        // A time still to come places something in time too: "when …" is answered by "in the coming weeks".
        hasDate: years.length > 0 || future || sentence.entities.some((e) => DATE_ENTITIES.has(e.kind) || (e.kind === "duration" && placesInTime(tokens, e.first))),
        hasDuration: sentence.entities.some((e) => e.kind === "duration" && measuresTime(tokens, e.first, e.last)),
        hasFutureTime: future,
        names: namePositions(tokens),
        addressees: addresseePositions(tokens),
        lead: leadOf.get(sentence.paragraph) ?? 0,
      });
    }
  }
  return units;
}

const NO_KEYS: ReadonlySet<string> = new Set();
const NO_ROLES: readonly Role[] = Object.freeze([]);
const NO_POSITIONS: readonly number[] = Object.freeze([]);

/** The descriptions of the person a speaker's name ends with (see `rolesBySurname`). */
function rolesOf(name: string, roles: ReadonlyMap<string, readonly Role[]>): readonly Role[] {
  const last = tokenise(name).tokens.filter((t) => t.kind === "word").at(-1);
  return (last && isNameWord(last) && roles.get(last.key)) || NO_ROLES;
}

/**
 * The content keys of a speaker's name, made once per name and article. A short form ("Ms Cooper",
 * "Mr. Robinson") also gets the keys of the article's fuller names that end in the same surname
 * ("Yvette Cooper"), as a reader would take them to be the same person.
 */
function speakerKeys(name: string, cache: Map<string, ReadonlySet<string>>, fullNames: ReadonlyMap<string, ReadonlySet<string>>): ReadonlySet<string> {
  let keys = cache.get(name);
  if (!keys) {
    const found = new Set<string>();
    const words = tokenise(name).tokens.filter((t) => t.kind === "word");
    for (const t of words) if (!t.stop) found.add(t.key);
    const last = words.at(-1);
    if (last && isNameWord(last)) for (const key of fullNames.get(last.key) ?? []) found.add(key);
    cache.set(name, (keys = found.size > 0 ? found : NO_KEYS));
  }
  return keys;
}

/** A first name and a surname: a longer run usually starts with a title ("Home Secretary Yvette Cooper"). */
const MAX_NAME_WORDS = 2;

/**
 * Surname key → keys of the article's two-word names ending in it ("Yvette Cooper", "Tommy
 * Robinson"): capitalised words, whatever wink tags them. Only the last two words of a longer run
 * count, so a title before a name ("Home Secretary Yvette Cooper") does not become part of it.
 */
function fullNamesBySurname(article: Article): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const sentence of article.sentences) {
    if (sentence.furniture) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const next = tokens[i + 1];
      if (!isNameWord(tokens[i]!) || (next && isNameWord(next))) continue;
      let first = i;
      while (first > 0 && i - first + 1 < MAX_NAME_WORDS && isNameWord(tokens[first - 1]!) && !HONORIFIC.test(tokens[first - 1]!.value)) first--;
      if (first === i) continue;
      let keys = map.get(tokens[i]!.key);
      if (!keys) map.set(tokens[i]!.key, (keys = new Set()));
      for (let j = first; j < i; j++) if (!tokens[j]!.stop) keys.add(tokens[j]!.key);
    }
  }
  return map;
}

/** The most words of an apposition taken. */
const MAX_ROLE_WORDS = 8;
/** Words that end an apposition's noun phrase: a relative pronoun opens a clause about the person. */
const ROLE_END = /^(?:who|whom|whose|which|that|but|said|says)$/iu;

/**
 * Surname key → the ways the articles describe that person in an apposition after the name ("Sarah
 * Champion, *the MP for Rotherham* who …", "Kishwer Falkner, *chair of the Equality and Human Rights
 * Commission* admitted", "Jayne Senior, *the whistleblower* awarded …"). A reader who asks what "the
 * Rotherham MP", "the EHRC chair" or "the whistleblower" said means that person, whose later words the
 * articles attribute by name alone. Over all the articles, by surname as the speaker keys go ("Ms
 * Champion" is "Sarah Champion"): the same person may be described in one and quoted in another.
 * Titles before a name ("Home Secretary Yvette Cooper") and descriptions before it ("The home
 * secretary, Priti Patel, said") are left out: measured, they made the cross-validation worse (an office
 * several people held in turn does not pick out one of them).
 */
function rolesBySurname(articles: readonly Article[]): Map<string, Role[]> {
  const map = new Map<string, Role[]>();
  const keysOf = (words: readonly Token[], own: readonly string[]) => [
    ...new Set(words.filter((t) => t.kind === "word" && !t.stop && !HONORIFIC.test(t.value) && !own.includes(t.key)).map((t) => t.key)),
  ];
  const add = (surname: string, words: readonly Token[], own: readonly string[]) => {
    // The head before its first preposition ("the MP", "chair"), then what it is of or for.
    const split = words.findIndex((t) => t.pos === "ADP");
    const core = keysOf(split < 0 ? words : words.slice(0, split), own);
    const detail = split < 0 ? [] : [...keysOf(words.slice(split), own), ...acronyms(words.slice(split)).map((a) => a.key)];
    if (core.length === 0) return;
    let list = map.get(surname);
    if (!list) map.set(surname, (list = []));
    if (!list.some((r) => r.core.join(" ") === core.join(" ") && r.detail.join(" ") === detail.join(" "))) list.push({ core, detail });
  };
  for (const article of articles) {
    for (const sentence of article.sentences) {
      if (sentence.furniture || sentence.headline) continue;
      const tokens = sentence.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const next = tokens[i + 1];
        if (!isNameWord(tokens[i]!) || (next && isNameWord(next))) continue;
        // The name: a first name and the surname, or a title of address and the surname ("Ms Cooper").
        const before = tokens[i - 1];
        if (!before || !(isNameWord(before) || HONORIFIC.test(before.value))) continue;
        if (!appositionAfter(tokens, i)) continue;
        // The apposition, up to the clause or list that follows it.
        const words: Token[] = [];
        for (let j = i + 2; j < Math.min(tokens.length, i + 2 + MAX_ROLE_WORDS); j++) {
          const t = tokens[j]!;
          if (t.kind === "punctuation" || t.pos === "VERB" || t.pos === "AUX" || ROLE_END.test(t.value)) break;
          // "and" goes on only inside a name ("the Equality *and* Human Rights Commission").
          if (t.value === "and" && !/^\p{Lu}/u.test(tokens[j + 1]?.value ?? "")) break;
          words.push(t);
        }
        add(tokens[i]!.key, words, [tokens[i - 1]!.key, tokens[i]!.key]);
      }
    }
  }
  return map;
}

/**
 * A unit's key → token positions, kept as the unit's own key list plus one position per entry
 * (a Map and an array per key for every sentence cost several hundred bytes each).
 */
class KeyPositions {
  readonly #keys: readonly string[];
  readonly #at: readonly number[];

  constructor(keys: readonly string[], at: readonly number[]) {
    this.#keys = keys;
    this.#at = at;
  }

  /** Every key with its token position, in reading order (acronyms last). */
  forEach(visit: (key: string, at: number) => void): void {
    for (let i = 0; i < this.#keys.length; i++) visit(this.#keys[i]!, this.#at[i]!);
  }
}

/** Lowercase words that may sit inside a name ("Equality *and* Human Rights Commission"). */
const NAME_JOINERS = /^(?:of|and|into|for|on|in|the)$/u;
/** Small words whose letter initials may keep ("Freedom *of* Information" → FOI); "and" seldom (EHRC, not EAHRC). */
const KEPT_IN_INITIALS = /^(?:of|for)$/u;
const MIN_ACRONYM = 3;
/** Parts of a hyphenated word that are no words to find ("so-called", "long-running"). */
const STOP_PARTS = new Set(["so", "non", "co", "re", "pre", "post", "multi", "well", "mid", "ex", "self", "over", "under", "out", "up", "in", "on", "off"]);
/** Capitalised and not all capitals: "Crime", not "CPS" (an acronym already) or "UK". */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * The initials of each run of capitalised words ("National Crime Agency" → nca, "Independent Inquiry
 * into Child Sexual Abuse" → iicsa; with the letter of an "of" or "for" inside the run too, as in
 * "Freedom of Information" → foi), as extra keys at the run's first word, so that a question asking
 * about "the NCA" finds an article that only spells the name out. Two initials ("Home Office",
 * "Greater Manchester") make a key in capitals ("HO", "GM"), which only a question that writes those
 * capitals for a word the articles never use looks up (see `weigh`): two letters in lowercase are too
 * often a word ("ha", "us", "mp"), and "Ms Patel" must not answer a question about an MP.
 */
function acronyms(tokens: readonly Token[]): Array<{ key: string; at: number }> {
  const found: Array<{ key: string; at: number }> = [];
  let initials = "";
  // Initials may keep the letter of "of" or "for" (FOI, DfE), seldom that of "and" (EHRC): both are keys.
  let withJoiners = "";
  let first = -1;
  const close = () => {
    for (const letters of new Set([initials, withJoiners])) {
      if (letters.length >= MIN_ACRONYM) found.push({ key: stemKey(letters), at: first });
      else if (letters.length === 2) found.push({ key: letters.toUpperCase(), at: first });
    }
    initials = "";
    withJoiners = "";
    first = -1;
  };
  tokens.forEach((t, i) => {
    if (isNameWord(t)) {
      if (first < 0) first = i;
      initials += t.value[0]!.toLowerCase();
      withJoiners += t.value[0]!.toLowerCase();
    } else if (first >= 0 && NAME_JOINERS.test(t.value) && TITLE_CASE.test(tokens[i + 1]?.value ?? "")) {
      if (KEPT_IN_INITIALS.test(t.value)) withJoiners += t.value[0]!.toLowerCase();
    } else close();
  });
  close();
  return found;
}

/** The content words of a phrase, as keys joined by spaces: the key of a phrase the corpus abbreviates. */
const phraseOf = (words: readonly Token[]) => words.map(wordKey).join(" ");
const wordKey = (t: Token) => stemKey(t.value.toLowerCase());

/** The phrases the corpus abbreviates (see `speltOut`), by their words, and their first words, lowercased. */
interface Spelt {
  readonly initials: ReadonlyMap<string, string>;
  readonly firstWords: ReadonlySet<string>;
}

/**
 * The phrases the corpus abbreviates, and their initials: a run of capitalised words ("Child Sexual Abuse"
 * → csa) and words an article abbreviates in brackets ("group-based child sexual exploitation (CSE)" →
 * cse). Keyed by the phrase's words (see `phraseOf`).
 */
function speltOut(articles: readonly Article[]): Spelt {
  const initials = new Map<string, string>();
  const firstWords = new Set<string>();
  const add = (words: readonly Token[], letters: string) => {
    initials.set(phraseOf(words), stemKey(letters));
    firstWords.add(words[0]!.value.toLowerCase());
  };
  for (const article of articles) {
    for (const sentence of article.sentences) {
      if (sentence.furniture) continue;
      const tokens = sentence.tokens;
      let run: Token[] = [];
      const close = () => {
        if (run.length >= MIN_ACRONYM) add(run, run.map((t) => t.value[0]!.toLowerCase()).join(""));
        run = [];
      };
      tokens.forEach((t, i) => {
        if (isNameWord(t)) run.push(t);
        else close();
        // "… child sexual exploitation (CSE)": the words before the brackets whose initials the capitals are.
        if (t.value === "(" && tokens[i + 2]?.value === ")" && /^\p{Lu}{2,}$/u.test(tokens[i + 1]!.value)) {
          const letters = tokens[i + 1]!.value.toLowerCase();
          const words = tokens.slice(Math.max(0, i - letters.length), i);
          if (words.length === letters.length && words.every((w, k) => w.kind === "word" && w.value[0]!.toLowerCase() === letters[k])) add(words, letters);
        }
      });
      close();
    }
  }
  return { initials, firstWords };
}

/** The most words of a phrase looked for by its initials in a sentence. */
const MAX_SPELT_WORDS = 6;

/**
 * Where a sentence writes, in any case, a phrase the corpus abbreviates: its initials as a key there
 * (not again where the sentence's own capitals already give them, see `acronyms`).
 */
function speltIn(tokens: readonly Token[], spelt: Spelt, own: ReadonlyArray<{ key: string; at: number }>): Array<{ key: string; at: number }> {
  const found: Array<{ key: string; at: number }> = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "word" || !spelt.firstWords.has(t.value.toLowerCase())) return;
    for (let n = MIN_ACRONYM; n <= MAX_SPELT_WORDS && i + n <= tokens.length; n++) {
      const words = tokens.slice(i, i + n);
      if (words.some((w) => w.kind !== "word")) break;
      const key = spelt.initials.get(phraseOf(words));
      if (key !== undefined && !own.some((a) => a.at === i && a.key === key)) found.push({ key, at: i });
    }
  });
  return found;
}

const NUMBER_ENTITIES: ReadonlySet<string> = new Set(["number", "money", "percent"]);
const TIME_ENTITIES: ReadonlySet<string> = new Set(["date", "duration"]);
/** An ordinal ranks, it does not count: "for the *first* time". */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/iu;
/**
 * Whether token `i` is a figure, one a "how many" question may be answered by: a number in digits or
 * words, money, a percentage. Not a number inside a date or a length of time ("in 2012", "since April
 * 2022", "two years and six months"), which answers "when" or "how long" ("how many girls …" is not
 * answered by "In 2012, … vulnerable girls"), nor an ordinal, nor "one" that picks one out of a set or
 * stands for a person ("one *of* the biggest stains", "whether one *was* necessary").
 */
function isFigure(sentence: Sentence, i: number): boolean {
  const t = sentence.tokens[i]!;
  const within = (kinds: ReadonlySet<string>) => sentence.entities.some((e) => e.first <= i && i <= e.last && kinds.has(e.kind));
  if (!isCount(t) && !within(NUMBER_ENTITIES)) return false;
  if (within(TIME_ENTITIES) || ORDINAL.test(t.value)) return false;
  if (t.value.toLowerCase() !== "one") return true;
  const next = sentence.tokens[i + 1];
  return !(next && (next.value.toLowerCase() === "of" || next.pos === "VERB" || next.pos === "AUX"));
}
/** A number, in digits or words (wink tags "two", "thirty" NUM): "*two* years and *six* months" measures a time, "in recent days" does not. */
const isCount = (t: Token) => t.kind === "number" || t.pos === "NUM";
/** Words before a bare unit of time that make it a length of time: "*for* years", "*a* decade", "*over* months". */
const SPAN_OPENERS: ReadonlySet<string> = new Set(["for", "over", "a", "an"]);

/**
 * Whether a duration wink found (tokens `first`…`last`) says how long something lasted: it has a count
 * ("two decades", "10 years"), it is a phrase of several words ("more than a decade", "several months"),
 * its unit is opened by "for", "over" or an article ("for years", "a decade"), it is joined to "long"
 * ("decades-long"), or a bare plural unit says of what ("months of pressure"). A bare unit after an
 * adjective is no length ("in *recent years*").
 */
export function measuresTime(tokens: readonly Token[], first: number, last: number): boolean {
  if (last > first || isCount(tokens[first]!)) return true;
  const before = tokens[first - 1]?.value.toLowerCase() ?? "";
  const after = `${tokens[last + 1]?.value ?? ""}${tokens[last + 2]?.value ?? ""}`.toLowerCase();
  const next = tokens[last + 1]?.value.toLowerCase();
  // "after *months* of pressure", "*years* of abuse": a bare plural unit that says of what is a length.
  const lengthOf = next === "of" && /s$/iu.test(tokens[last]!.value);
  return SPAN_OPENERS.has(before) || after === "-long" || next === "long" || lengthOf;
}
const DATE_ENTITIES: ReadonlySet<string> = new Set(["date", "time"]);
/**
 * A time still to come: "in the coming weeks", "next year", "within three months", "by the end of",
 * "later this year". A closed class of English time phrases, none tied to an article.
 */
const FUTURE_TIME =
  /\b(?:in|over|during) the (?:coming|next|following) (?:days?|weeks?|months?|years?)\b|\bnext (?:week|month|year|spring|summer|autumn|winter)\b|\bwithin (?:a|an|one|two|three|four|five|six|\d+|the next) (?:days?|weeks?|months?|years?)\b|\bby the end of\b|\blater this (?:week|month|year)\b/iu;

/** A word written as a name: tagged a proper noun and capitalised (wink tags some lowercase words PROPN). */
const isName = (t: Token) => t.pos === "PROPN" && /^\p{Lu}/u.test(t.value);

/** Positions of the words written as names (a capitalised first word only when tagged a proper noun). */
function namePositions(tokens: readonly Token[]): readonly number[] {
  const at: number[] = [];
  tokens.forEach((t, i) => {
    if (isName(t) || (i > 0 && isNameWord(t))) at.push(i);
  });
  return at.length > 0 ? at : NO_POSITIONS;
}

/**
 * Token positions of the names of those a sentence says were told, spoken or written to: the run of
 * names right after "told", which takes the one told as its object ("told *Home Secretary Sajid Javid*",
 * "told the *Daily Express*"), or after "to"/"with" following a word of speaking or writing
 * (`ADDRESSING`: "Speaking with *Sky News*", "a letter to the *Home Office*"), past a "the". Not "sent
 * back to *Pakistan*": only a "to" right after the word counts. Names are words with a capital and small
 * letters (`isNameWord`), so initials ("told MPs") are not read as one told.
 */
function addresseePositions(tokens: readonly Token[]): readonly number[] {
  const at: number[] = [];
  tokens.forEach((t, i) => {
    let j = -1;
    if (t.lemma === "tell") j = i + 1;
    else if (ADDRESSING.test(t.lemma) && /^(?:to|with)$/iu.test(tokens[i + 1]?.value ?? "")) j = i + 2;
    if (j < 0) return;
    if (tokens[j]?.value.toLowerCase() === "the") j++;
    while (j < tokens.length && isNameWord(tokens[j]!)) at.push(j++);
  });
  return at.length > 0 ? at : NO_POSITIONS;
}

/** Words before a bare unit of time that make it a time rather than a length: "in *recent* years", "over the *past* decade". */
const TIME_PLACERS: ReadonlySet<string> = new Set(["recent", "past", "last", "previous", "earlier", "coming"]);

/**
 * Whether a duration wink found (starting at token `first`) places something in time, as a "when"
 * question may be answered: "revealed in recent years", "over the past decade".
 */
export function placesInTime(tokens: readonly Token[], first: number): boolean {
  return TIME_PLACERS.has(tokens[first - 1]?.value.toLowerCase() ?? "");
}

/** A capitalised content word, whatever its tag: wink tags some surnames as verbs ("Cooper"). */
const isNameWord = (t: Token) => t.kind === "word" && !t.stop && TITLE_CASE.test(t.value);

const BACK_REFERENCE = /^(?:he|she|him|her|his|they|them|their)$/u;
/** A sentence that opens by pointing back at what the one before named: "*Both constituencies* were …", "*Those comments* …". */
const POINTS_BACK = /^(?:both|these|those|the two) \p{L}/u;
/**
 * A sentence that opens with someone described, not named, as saying something: "*The senior
 * Conservative said* ministers must …", "the MP added". News names a speaker once and describes them
 * after; the one named just before is most likely meant. Not a document ("The paper said …"), whose
 * words are its own.
 */
const DESCRIBED_SPEAKER =
  /^the(?! (?:paper|report|document|study|research|review|letter|statement|department)\b)(?: [\p{L}’'-]+){1,2} (?:said|says|added|adds|told|tells|warned|claimed|argued|insisted|declared|wrote|stated|explained|admitted|urged)\b/u;
/** A sentence that opens by taking a part of what the one before counted: "Of those, …", "Among them, …". */
const PARTITIVE = /^(?:of|among|out of) (?:those|these|them|which|whom)\b/u;
/** The sentence's words, lowercased, from its first word on (opening quotation marks left out). */
const openingWords = (tokens: readonly Token[]) => tokens.filter((t) => t.kind === "word" || t.kind === "number").slice(0, 4).map((t) => t.value.toLowerCase()).join(" ");

/** Words for a place that a sentence may use for one the sentences before it named: "in *the Greater Manchester town*", "in *the city*". */
const PLACE = /^(?:town|city|borough|county)$/u;

/**
 * A sentence that speaks of a place as "the (…) town" or "the city" names it no more: it is the place
 * the two sentences before it named ("… a convicted Rochdale grooming gang ringleader …" / "… convicted
 * of sex offences against vulnerable girls in *the Greater Manchester town* in 2012").
 */
function placedBack(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!PLACE.test(t.value)) return false;
    // "the" and at most two names or adjectives before the place word.
    const the = tokens.slice(0, i).findLastIndex((d, j) => j >= i - 3 && d.value.toLowerCase() === "the");
    return the >= 0 && tokens.slice(the + 1, i).every((d) => isNameWord(d) || d.pos === "ADJ");
  });
}

interface Mentions {
  readonly names: readonly string[];
  readonly years: readonly string[];
  /** Numbers other than years ("4,000"). */
  readonly figures: readonly string[];
  /** What those figures count: "115,000 Child Sexual Abuse *offences*". */
  readonly counted: readonly string[];
  /** Its content keys, when it is quoted speech (only a quotation's next sentence reads them). */
  readonly words: readonly string[];
  /** Where its speaker's attribution starts: the same for every sentence of one quotation. */
  readonly speakerAt: number | undefined;
}

/**
 * The keys of what a sentence's figures count: the last noun of the words right after each one, past
 * adjectives and names ("the 115,000 Child Sexual Abuse *offences*"; "around 4,000 involved …" counts
 * nothing it names).
 */
function countedKeys(tokens: readonly Token[]): string[] {
  const keys: string[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "number" || YEAR.test(t.value)) return;
    let last: Token | undefined;
    for (const next of tokens.slice(i + 1, i + 6)) {
      if (next.pos === "NOUN") last = next;
      else if (next.pos !== "ADJ" && next.pos !== "PROPN") break;
    }
    if (last) keys.push(last.key);
  });
  return keys;
}

/** The content words of the sentence before, when it is of the same quotation (see `Unit.quoteContextKeys`). */
function quoteContext(sentence: Sentence, mentions: ReadonlyMap<number, Mentions>): ReadonlySet<string> {
  const previous = mentions.get(sentence.index - 1);
  if (!sentence.speaker || previous?.speakerAt !== sentence.speaker.start) return NO_KEYS;
  return new Set(previous.words);
}

/**
 * A sentence that says "he" or "she", speaks of a place as "the town" (see `placedBack`) or opens with
 * a speaker described rather than named ("The senior Conservative said …"), borrows the names of the two
 * sentences before it, in the same article, and one that names no one those of the sentence before it,
 * whose subject it goes on with ("The National Crime Agency … has been tasked with …
 * reopen historic … cases …" / "More than 800 cases have now been identified for formal review …"); a
 * name spelt out comes with its initials. One that names no year stays in the year of the two before it
 * ("… recorded by the police in 2023 … And they identified 717 reported cases"); one that opens "Of
 * those, …" takes a part of the figures of the sentence before it, and of what they count ("… of the
 * 115,000 Child Sexual Abuse offences …, around 4,000 involved more than one perpetrator." / "Of those,
 * around 1100 …" is of the offences).
 */
function borrowedKeys(sentence: Sentence, tokens: readonly Token[], mentions: ReadonlyMap<number, Mentions>): ReadonlySet<string> {
  const keys = new Set<string>();
  const before = [mentions.get(sentence.index - 2), mentions.get(sentence.index - 1)];
  if (mentions.get(sentence.index)!.years.length === 0) for (const m of before) for (const key of m?.years ?? []) keys.add(key);
  const opening = openingWords(tokens);
  if (tokens.some((t) => BACK_REFERENCE.test(t.value.toLowerCase())) || POINTS_BACK.test(opening) || placedBack(tokens) || DESCRIBED_SPEAKER.test(opening)) for (const m of before) for (const key of m?.names ?? []) keys.add(key);
  else if (mentions.get(sentence.index)!.names.length === 0) for (const key of before[1]?.names ?? []) keys.add(key);
  // "… around 4,000 involved more than one perpetrator. Of those, around 1100 involved …": a part of the
  // figure just given is still of that figure.
  if (PARTITIVE.test(opening)) for (const key of [...(before[1]?.figures ?? []), ...(before[1]?.counted ?? [])]) keys.add(key);
  return keys.size > 0 ? keys : NO_KEYS;
}

/**
 * The headline's names that the body also writes as names (capitalised after a sentence's first word):
 * whom every sentence of the article is about, though it may say only "the report" or "the department".
 * Matched as a speaker's name is, so a question naming them is not turned down for a name its answer
 * leaves out; but not indexed as one (see personIndex): every sentence of the article would be a
 * candidate for them. A headline in title case ("MPs Call for Action on Rape Gangs …") gives only the
 * words that are names in the body too. One set per article, shared by its sentences.
 */
function headlineNameKeys(article: Article): ReadonlySet<string> {
  const headline = article.sentences.find((s) => s.headline);
  if (!headline) return NO_KEYS;
  const inBody = new Set(article.sentences.filter((s) => !s.headline && !s.furniture).flatMap((s) => s.tokens.filter((t, i) => i > 0 && isNameWord(t)).map((t) => t.key)));
  const keys = headline.tokens.filter((t) => isNameWord(t) && inBody.has(t.key)).map((t) => t.key);
  return keys.length > 0 ? new Set(keys) : NO_KEYS;
}

/**
 * The initials of the names the headline spells out that the body spells out too ("Home Office" → HO):
 * a question that names the article's subject by its initials ("what does the HO research say …") does
 * not miss that name in a sentence that says only "the research". They only spare the sentence the
 * penalty for a missing name: counted as a match, as the headline's names are (`headlineNameKeys`), they
 * lifted every sentence of the article alike, and "what did the HO say about the ethnicity of offenders"
 * lost its answer to another sentence of the Home Office's.
 */
function headlineInitials(article: Article): ReadonlySet<string> {
  const headline = article.sentences.find((s) => s.headline);
  if (!headline) return NO_KEYS;
  const inBody = new Set(article.sentences.filter((s) => !s.headline && !s.furniture).flatMap((s) => acronyms(s.tokens).map((a) => a.key)));
  const keys = acronyms(headline.tokens).map((a) => a.key).filter((key) => inBody.has(key));
  return keys.length > 0 ? new Set(keys) : NO_KEYS;
}

/**
 * The names each article writes (in its headline or its quotable sentences) that not every article
 * writes: what a reader may call the article by ("the *Express* piece", "the *rauf* story"). A name every
 * article has tells no article from another. Made only for a question that points at an article (see
 * rank.ts), so that a large corpus pays nothing for it otherwise.
 */
export function articleNameKeys(articles: readonly Article[]): ReadonlyMap<Article, ReadonlySet<string>> {
  const byArticle = new Map<Article, Set<string>>();
  const articlesWith = new Map<string, number>();
  for (const article of articles) {
    const keys = new Set(article.sentences.filter((s) => !s.furniture).flatMap((s) => s.tokens.filter((t, i) => isName(t) || (i > 0 && isNameWord(t))).map((t) => t.key)));
    byArticle.set(article, keys);
    for (const key of keys) articlesWith.set(key, (articlesWith.get(key) ?? 0) + 1);
  }
  if (articles.length > 1) for (const keys of byArticle.values()) for (const key of keys) if (articlesWith.get(key) === articles.length) keys.delete(key);
  return byArticle;
}

/** What the flexsearch index needs of each unit. */
export function indexedUnit(unit: Unit): IndexedUnit {
  const tokens = unit.sentence.tokens;
  // Part of a person-like name: next to another capitalised word ("Tommy Robinson", "Mr Philp"), which a
  // nationality written alone ("Pakistani problem") is not.
  const inName = (i: number) => isNameWord(tokens[i]!) && ((i > 0 && isNameWord(tokens[i - 1]!)) || (tokens[i + 1] !== undefined && isNameWord(tokens[i + 1]!)));
  const words: Array<{ word: string; key: string; isName: boolean; inName: boolean; lowercase: boolean }> = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "word" || t.stop) return;
    // A title is not a name: "Mrs Senior" is also "Jayne Senior", and "mrs" in a question names no one.
    const title = HONORIFIC.test(t.value);
    const word = t.value.toLowerCase();
    words.push({ word, key: t.key, isName: !title && isName(t), inName: !title && inName(i), lowercase: t.value === word });
  });
  return { keys: unit.keys, words };
}

/**
 * Unit ids by the name keys of whom they speak of without naming: their speaker, and the person a
 * "he"/"she" refers back to ("He has been jailed for 13 months." after a sentence naming Robinson);
 * also by the year they inherit (see borrowedKeys). A question that names someone (or a year) finds
 * these sentences although they do not contain the name.
 */
export function personIndex(units: readonly Unit[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  units.forEach((unit, id) => {
    for (const key of new Set([...unit.speakerKeys, ...unit.contextKeys, ...unit.speakerRoles.flatMap((r) => [...r.core, ...r.detail])])) {
      const list = map.get(key);
      if (list) list.push(id);
      else map.set(key, [id]);
    }
  });
  return map;
}
