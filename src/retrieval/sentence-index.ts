/**
 * flexsearch behind a small typed interface. Three indexes:
 * - sentences by exact search key (lemma stems and numbers; numbers stay exact, "2023" never meets "202");
 * - the corpus vocabulary, tolerant of one dropped, doubled or swapped letter, to correct typos
 *   ("Telfrod" → telford, "Bravermann" → braverman) before the exact lookup;
 * - the corpus's names by sound (flexsearch's LatinExtra encoder), for the misspelt names the first
 *   cannot reach ("Kishwar Faulkner" → Kishwer Falkner, "Sara Champian" → Sarah Champion).
 * Nothing outside this file sees a flexsearch option.
 * @module
 */
import { Charset, Encoder, Index } from "flexsearch";
import { distance } from "fastest-levenshtein";

/** What a sentence contributes to the index: its search keys and the surface words behind them. */
export interface IndexedUnit {
  readonly keys: readonly string[];
  /**
   * Content words; `isName`: written as a name here; `inName`: part of a run of capitalised words;
   * `lowercase`: written all in lowercase here.
   */
  readonly words: ReadonlyArray<{ readonly word: string; readonly key: string; readonly isName: boolean; readonly inName: boolean; readonly lowercase: boolean }>;
}

export interface SentenceIndex {
  /** Ids of the units that contain `key` exactly, at most `limit`. */
  lookup(key: string, limit?: number): readonly number[];
  /** How many units contain `key`. */
  df(key: string): number;
  /**
   * Keys of corpus words within one typo of `word` (never numbers, never short words); with `names`,
   * failing those, a name of the corpus that sounds like it; with `soundAlike`, failing those, a word of the
   * same length and sound one letter away ("offise" → office). Pass `soundAlike` only for a word English
   * does not know: "locked" is no typo for "looked".
   */
  correct(word: string, options?: { readonly names?: boolean; readonly soundAlike?: boolean }): readonly string[];
  /**
   * Keys of the corpus that differ from `key` only in their ending, past a shared beginning of at least
   * six letters: the same word in another part of speech, as the stemmer leaves it ("respond" and
   * "respons", "therapeut" and "therapi", "leader" and "leadership"). None for a shorter key.
   */
  related(key: string): readonly string[];
  /**
   * Whether the corpus writes `word` (any case) as a name nearly everywhere it uses it and at least once
   * as part of a longer name: "robinson" (Tommy Robinson), not "home" (also lowercase) nor "pakistani"
   * (a nationality, capitalised but never part of a name here). A word the corpus never writes that is
   * such a name with a final "s" is a possessive typed without its apostrophe ("raufs"), and counts too.
   */
  isName(word: string): boolean;
  /** Whether the corpus writes `word` all in lowercase anywhere: an ordinary word there ("secretary", "review"). */
  writesLowercase(word: string): boolean;
  /** Whether the corpus uses `word` and never writes it all in lowercase: a name or initials ("MPs", "NCA", "Rauf"). */
  writesCapitalised(word: string): boolean;
  readonly size: number;
}

/** The share of a word's uses that must be written as a name for a lowercase question word to count as one. */
const NAME_SHARE = 0.9;

const MIN_TYPO_LENGTH = 5;
/** A word that may be a name with the "s" of a possessive and no apostrophe: a name is rarely shorter than three letters. */
const POSSESSIVE_S = /^\p{Ll}{3,}s$/u;
/** Names are corrected from four letters ("Jane" → Jayne, "Sara" → Sarah): they are rarely short. */
const MIN_NAME_TYPO_LENGTH = 4;
/**
 * A correction is one typo away, so its length differs by at most one letter. flexsearch's tolerant
 * search also returns words that merely begin alike ("majority" → major); those are not typos.
 */
const isNear = (typed: string, word: string) => Math.abs(typed.length - word.length) <= 1;
/**
 * A name found by sound must also be spelt nearly alike: one edit for a word of up to five letters, two
 * for a longer one ("Kishwar" → Kishwer, "Faulkner" → Falkner; never "pasta" → Post).
 */
const spellsAlike = (typed: string, word: string) => distance(typed, word) <= (typed.length <= 5 ? 1 : 2);

/** Words of one Soundex code read for a sound-alike typo (a large corpus has hundreds under some codes). */
const SOUND_ALIKE_LIMIT = 200;

/** Keys of at least this many letters have related keys (see `related`): "respond" → "respons", not "offic" → "offici". */
const MIN_RELATED = 6;
const RELATED_STEM = new RegExp(`^\\p{L}{${MIN_RELATED},}$`, "u");
/** Keys read for one related key: all that begin with the same six letters, in a large corpus the most. */
const RELATED_LIMIT = 50;

/** How many letters two words share at their beginning. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

const exactEncoder = () => new Encoder({ normalize: false, dedupe: false, numeric: false, split: " " });

/** Build the indexes over `units`; unit ids are their positions in the sequence. */
export function buildSentenceIndex(units: Iterable<IndexedUnit>): SentenceIndex {
  const sentences = new Index({ tokenize: "strict", encoder: exactEncoder() });
  const df = new Map<string, number>();
  const vocabulary = new Map<string, Set<string>>();
  const names = new Set<string>();
  /** Per word: how often it is used, and how often written as a name. */
  const uses = new Map<string, { all: number; named: number; inName: boolean; lowercase: boolean }>();
  let size = 0;
  for (const unit of units) {
    const id = size++;
    const unique = new Set(unit.keys);
    if (unique.size === 0) continue;
    sentences.add(id, [...unique].join(" "));
    for (const key of unique) df.set(key, (df.get(key) ?? 0) + 1);
    for (const { word, key, isName, inName, lowercase } of unit.words) {
      const use = uses.get(word) ?? { all: 0, named: 0, inName: false, lowercase: false };
      if (use.all === 0) uses.set(word, use);
      use.all++;
      if (isName) use.named++;
      if (inName) use.inName = true;
      if (lowercase) use.lowercase = true;
      if (word.length < MIN_NAME_TYPO_LENGTH || /\d/u.test(word)) continue;
      if (isName) names.add(word);
      else if (word.length < MIN_TYPO_LENGTH) continue;
      let keys = vocabulary.get(word);
      if (!keys) vocabulary.set(word, (keys = new Set()));
      keys.add(key);
    }
  }
  // Each typo index is built on the first question that needs it: a one-off question (the CLI) whose
  // words all occur in the corpus never pays for either.
  type Lookup = { readonly index: Index; readonly words: readonly string[] };
  const lookup = (words: readonly string[], index: Index): Lookup => {
    words.forEach((word, id) => index.add(id, word));
    return { index, words };
  };
  let spelling: Lookup | undefined;
  let sound: Lookup | undefined;
  let wordSound: Lookup | undefined;
  const spellingIndex = () => (spelling ??= lookup([...vocabulary.keys()], new Index({ tokenize: "tolerant", encoder: new Encoder(Charset.Normalize) })));
  const soundIndex = () => (sound ??= lookup([...names], new Index({ tokenize: "strict", encoder: new Encoder(Charset.LatinExtra) })));
  const wordSoundIndex = () => (wordSound ??= lookup([...vocabulary.keys()], new Index({ tokenize: "strict", encoder: new Encoder(Charset.LatinSoundex) })));
  let stems: Lookup | undefined;
  const stemIndex = () => (stems ??= lookup([...df.keys()].filter((k) => RELATED_STEM.test(k)), new Index({ tokenize: "forward", encoder: exactEncoder() })));
  const search = ({ index, words }: Lookup, typed: string, accept: (word: string) => boolean, limit = 5) =>
    (index.search(typed, { limit }) as number[]).map((id) => words[id]!).filter(accept);

  return {
    size,
    lookup: (key, limit = 100_000) => (df.has(key) ? (sentences.search(key, { limit }) as number[]) : []),
    df: (key) => df.get(key) ?? 0,
    isName(word) {
      const lower = word.toLowerCase();
      // A possessive typed without its apostrophe ("raufs deportation", "caseys review") is the name's,
      // when the corpus never writes the word with the "s" itself.
      const use = uses.get(lower) ?? (POSSESSIVE_S.test(lower) ? uses.get(lower.slice(0, -1)) : undefined);
      return use !== undefined && use.inName && use.named >= NAME_SHARE * use.all;
    },
    writesLowercase: (word) => uses.get(word.toLowerCase())?.lowercase ?? false,
    writesCapitalised: (word) => uses.get(word.toLowerCase())?.lowercase === false,
    correct(word, options) {
      const lower = word.toLowerCase();
      if (lower.length < MIN_NAME_TYPO_LENGTH || /\d/u.test(lower)) return [];
      let hits = lower.length < MIN_TYPO_LENGTH ? [] : search(spellingIndex(), lower, (w) => isNear(lower, w));
      // A name that sounds the same, begins with the same letter, is about as long and spelt nearly alike.
      if (hits.length === 0 && options?.names !== false) hits = search(soundIndex(), lower, (w) => w[0] === lower[0] && isNear(lower, w) && spellsAlike(lower, w));
      // A word with one letter written for another that sounds alike ("offise" → office), which the
      // tolerant index (letters swapped or left out) does not reach: the same sound, first letter and
      // length, and one edit away. Soundex gives many words one code, so more of them are read.
      if (hits.length === 0 && options?.soundAlike === true && lower.length >= MIN_TYPO_LENGTH)
        hits = search(wordSoundIndex(), lower, (w) => w[0] === lower[0] && w.length === lower.length && distance(lower, w) === 1 && (options?.names !== false || !names.has(w)), SOUND_ALIKE_LIMIT);
      return [...new Set(hits.flatMap((w) => [...(vocabulary.get(w) ?? [])]))];
    },
    related(key) {
      if (!RELATED_STEM.test(key)) return [];
      const shares = (k: string) => k !== key && sharedStart(k, key) >= Math.min(k.length, key.length) - 1;
      return search(stemIndex(), key.slice(0, MIN_RELATED), shares, RELATED_LIMIT);
    },
  };
}
