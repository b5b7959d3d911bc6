/**
 * Whether a question reads as written in another language in Latin letters. Another alphabet is caught
 * when the question is parsed (`other-script`); a Latin-letter question is still read, since its names may
 * find their sentences ("¿Quién es Chris Philp?"). Only when the articles do not answer it does this say
 * whether the reader is better told that only English is read than that the articles do not cover it.
 * @module
 */
import { tokenise } from "./nlp.js";
import type { RankContext } from "./rank.js";

/** Fewer words than this say too little about their language ("Wer ist Braverman?" is answered or not by its name). */
const MIN_WORDS = 3;
/** At least this many words, and this share of them, must be unknown to English and to the articles. */
const MIN_UNKNOWN = 2;
const UNKNOWN_SHARE = 1 / 3;
/** Other languages share a few short words with English's function words ("a", "as", "me", "no"). */
const MAX_FUNCTION_WORDS = 1;

/**
 * At most one of the words is an English function word (wink-nlp's stop words: "the", "did", "is",
 * "how"), and a good part of them are neither English words (the word-vector table), nor words the
 * articles use, nor typos of those ("¿qué ha hecho el gobierno por las víctimas?": "qué", "hecho",
 * "gobierno"). An English question has function words; a keyword query of English words is known to the
 * table; a typo or two in either is not enough. Without a word-vector table nothing reads as foreign.
 * (On the 870 questions of the eval set, only its Spanish one reads as foreign.)
 */
export function readsAsForeign(text: string, context: RankContext): boolean {
  const vectors = context.meanings?.vectors;
  if (!vectors) return false;
  const words = tokenise(text).tokens.filter((t) => t.kind === "word");
  if (words.length < MIN_WORDS) return false;
  const unknown = words.filter((t) => {
    const word = t.value.toLowerCase();
    return !vectors.has(word) && !vectors.has(t.lemma) && context.index.df(t.key) === 0 && context.index.correct(word).length === 0;
  }).length;
  const functionWords = words.filter((t) => t.stop).length;
  return functionWords <= MAX_FUNCTION_WORDS && unknown >= MIN_UNKNOWN && unknown >= UNKNOWN_SHARE * words.length;
}
