/**
 * flexsearch behind a small typed interface. Two indexes:
 * - sentences by exact search key (lemma stems and numbers; numbers stay exact, "2023" never meets "202");
 * - the corpus vocabulary, tolerant of one dropped, doubled or swapped letter, to correct typos
 *   ("Telfrod" → telford, "Bravermann" → braverman) before the exact lookup.
 * Nothing outside this file sees a flexsearch option.
 * @module
 */
import { Charset, Encoder, Index } from "flexsearch";

/** What a sentence contributes to the index: its search keys and the surface words behind them. */
export interface IndexedUnit {
  readonly keys: readonly string[];
  readonly words: ReadonlyArray<{ readonly word: string; readonly key: string }>;
}

export interface SentenceIndex {
  /** Ids of the units that contain `key` exactly, at most `limit`. */
  lookup(key: string, limit?: number): readonly number[];
  /** How many units contain `key`. */
  df(key: string): number;
  /** Keys of corpus words within one typo of `word` (never numbers, never short words). */
  correct(word: string): readonly string[];
  readonly size: number;
}

const MIN_TYPO_LENGTH = 5;
const exactEncoder = () => new Encoder({ normalize: false, dedupe: false, numeric: false, split: " " });

/** Build both indexes over `units`; unit ids are their positions in the sequence. */
export function buildSentenceIndex(units: Iterable<IndexedUnit>): SentenceIndex {
  const sentences = new Index({ tokenize: "strict", encoder: exactEncoder() });
  const df = new Map<string, number>();
  const vocabulary = new Map<string, Set<string>>();
  let size = 0;
  for (const unit of units) {
    const id = size++;
    const unique = new Set(unit.keys);
    if (unique.size === 0) continue;
    sentences.add(id, [...unique].join(" "));
    for (const key of unique) df.set(key, (df.get(key) ?? 0) + 1);
    for (const { word, key } of unit.words) {
      if (word.length < MIN_TYPO_LENGTH || /\d/u.test(word)) continue;
      let keys = vocabulary.get(word);
      if (!keys) vocabulary.set(word, (keys = new Set()));
      keys.add(key);
    }
  }
  // The typo index is built on the first question that needs a correction: a one-off question
  // (the CLI) whose words all occur in the corpus never pays for it.
  let typos: { readonly index: Index; readonly words: readonly string[] } | undefined;
  const typoIndex = () => {
    if (!typos) {
      const words = [...vocabulary.keys()];
      const index = new Index({ tokenize: "tolerant", encoder: new Encoder(Charset.Normalize) });
      words.forEach((word, id) => index.add(id, word));
      typos = { index, words };
    }
    return typos;
  };

  return {
    size,
    lookup: (key, limit = 100_000) => (df.has(key) ? (sentences.search(key, { limit }) as number[]) : []),
    df: (key) => df.get(key) ?? 0,
    correct(word) {
      const lower = word.toLowerCase();
      if (lower.length < MIN_TYPO_LENGTH || /\d/u.test(lower)) return [];
      const { index, words } = typoIndex();
      const hits = index.search(lower, { limit: 5 }) as number[];
      return [...new Set(hits.flatMap((id) => [...(vocabulary.get(words[id]!) ?? [])]))];
    },
  };
}
