/**
 * Chat shorthand in questions ("how many ppl", "wat did the govt say", "y is he still here"), written
 * out before the question is parsed, so that its words can be matched and its type read. The table is
 * the closed class of common English chat and headline abbreviations, not a list of synonyms for any
 * article or question; words with an everyday second meaning ("sec", "mp", "pm" on its own) are left
 * as they are, unless what stands before them settles it ("the pm", "home sec"). Only the question is
 * rewritten: quotes always come from the articles' own text.
 * @module
 */
import { distance } from "fastest-levenshtein";
import { sameApostrophes } from "./clean.js";

const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ["u", "you"],
  ["ur", "your"],
  ["r", "are"],
  ["ppl", "people"],
  ["govt", "government"],
  ["gov't", "government"],
  ["dept", "department"],
  ["wat", "what"],
  ["wot", "what"],
  ["wut", "what"],
  ["wht", "what"],
  ["wats", "what is"],
  ["wots", "what is"],
  ["sed", "said"],
  ["hw", "how"],
  ["wen", "when"],
  ["y", "why"],
  ["bc", "because"],
  ["bcos", "because"],
  ["cuz", "because"],
  ["coz", "because"],
  ["abt", "about"],
  ["tho", "though"],
  ["thru", "through"],
  ["b4", "before"],
  ["yr", "year"],
  ["yrs", "years"],
  ["info", "information"],
  ["approx", "approximately"],
  ["w/", "with"],
  ["w/o", "without"],
  ["em", "them"],
  ["smth", "something"],
  ["sth", "something"],
  ["pls", "please"],
  ["plz", "please"],
  ["thx", "thanks"],
  // The American spelling, as the British press writes it ("fell by how much *percent*"): "20 per cent".
  ["percent", "per cent"],
  ["bn", "billion"],
  ["mil", "million"],
  // Spoken contractions: "is the government gonna look at …".
  ["gonna", "going to"],
  ["gona", "going to"],
  ["wanna", "want to"],
  ["gotta", "got to"],
  ["gimme", "give me"],
  ["lemme", "let me"],
  ["dunno", "do not know"],
  ["kinda", "kind of"],
  ["sorta", "sort of"],
  ["outta", "out of"],
  ["cos", "because"],
  // "What's", "who's", "that's" … typed without the apostrophe ("whats the latest"), which would otherwise
  // be searched for as a word and hide the question's type (wink already leaves "didnt", "dont" out of
  // the search). Not "its", "hes", "shes": words or possessives in their own right.
  ["whats", "what is"],
  ["whos", "who is"],
  ["wheres", "where is"],
  ["whens", "when is"],
  ["hows", "how is"],
  ["whys", "why is"],
  ["thats", "that is"],
  ["theres", "there is"],
]);

/**
 * Single letters written out only in lower case ("to do *w* grooming gangs"; "n", see countOrAnd): a
 * capital one is an initial ("George W. Bush"). Also "rn" (right now), which in capitals is a nurse.
 */
const LETTERS: ReadonlyMap<string, string> = new Map([
  ["w", "with"],
  ["rn", "right now"],
]);
/** A "%" on its own ("what % of the cases", "% asian in the paper?"), not after a figure ("20%", "50 %"): the word for it. */
const PERCENT_SIGN = /(^|[^\p{N}\s]\s+)%(?=\s|$|[?.,])/gu;
/** A "+" between words ("yr it came out + yr it was promised"): and. */
const PLUS = /(?<=\s)\+(?=\s)/gu;

/**
 * A figure in thousands as chat and headlines write it ("*115k* offences", "*~4k*", "*1.1k*", "*100k+*"):
 * the figure in full, grouped as the articles write it ("115,000"), so it meets theirs.
 */
const THOUSANDS = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{1,2})?)k(?![\p{L}\p{N}])/giu;
const inThousands = (_: string, figure: string) => Math.round(Number(figure) * 1000).toLocaleString("en-GB");

/** "the PM" is the Prime Minister; "5 pm" is a time and stays. */
const PRIME_MINISTER = /\b(the|ex|former|then)(\s+)pm\b/giu;
/** Chat's "bout" ("what did she say *bout* deporting them"): about; "a bout", "the bout" (a spell or a fight) stay. */
const ABOUT = /(?<!\b(?:a|the|this|that|another|one|each|every|first|last|his|her|their)\s+)\bbout\b/giu;
/** "the home sec", "shadow home sec": a secretary of state; "a sec" (a moment) stays. */
const SECRETARY = /\b(home|foreign|health|justice|culture|education|transport)(\s+)sec\b/giu;

/** A shorthand word: letters, digits, an apostrophe or slash inside, standing alone (not in "U-turn"). */
const WORD = /(?<![\p{L}\p{N}'’/-])[\p{L}\p{N}]+(?:['’/][\p{L}\p{N}]*)*(?![\p{L}\p{N}'’/-])/gu;

/** Two or more single letters, each after a space or a full stop: "m p s", "c.p.s". */
const SPELT_LETTERS = /(?<![\p{L}\p{N}'’.])\p{L}(?:[ .]\p{L})+(?![\p{L}\p{N}'’])/gu;

/**
 * Initials that speech-to-text types as letters apart ("how many *m p s* signed", "what did the *c p s*
 * drop") joined into the word the articles write ("mps", "cps"), when `writesCapitalised` says the
 * articles write it, and only in capitals: chat's "y r they" stays as it is ("yr" is no word of theirs).
 * An opening "a" or "i" may be the article or the pronoun before them ("a m p" → "a mp").
 */
export function joinSpeltLetters(text: string, writesCapitalised: (word: string) => boolean): string {
  return text.replace(SPELT_LETTERS, (run) => {
    const letters = run.replace(/[ .]/gu, "");
    if (writesCapitalised(letters)) return letters;
    if (/^[ai]$/iu.test(letters[0]!) && letters.length > 2 && writesCapitalised(letters.slice(1))) return `${run[0]} ${letters.slice(1)}`;
    return run;
  });
}

/**
 * Punctuation dictated by name, as speech-to-text sometimes types it ("what did philp say *question
 * mark*", "in twenty twenty three *full stop*"): the mark itself, so that its words are not searched for
 * and a question still ends in "?".
 */
const SPOKEN_MARK = /\s*\b(question\s+mark|full\s+stop|exclamation\s+(?:mark|point))\b/giu;
const MARKS: Readonly<Record<string, string>> = { "question mark": "?", "full stop": ".", "exclamation mark": "!", "exclamation point": "!" };

/**
 * The question with chat shorthand written out in full. `writesCapitalised` (see `joinSpeltLetters`)
 * tells a name after a lone "n" ("*n* champion wot did she say", see countOrAnd).
 */
export function expandShorthand(text: string, writesCapitalised: (word: string) => boolean = () => false): string {
  return text
    .replace(SPOKEN_MARK, (_, name: string) => MARKS[name.toLowerCase().replace(/\s+/gu, " ")] ?? "")
    .replace(PERCENT_SIGN, (_, before: string) => `${before}percentage`)
    .replace(THOUSANDS, inThousands)
    .replace(PLUS, "and")
    .replace(PRIME_MINISTER, (_, before: string, space: string) => `${before}${space}prime minister`)
    .replace(SECRETARY, (_, office: string, space: string) => `${office}${space}secretary`)
    .replace(ABOUT, "about")
    .replace(WORD, (word, at: number, whole: string) => (word === "n" ? countOrAnd(whole, at, writesCapitalised) : written(word)));
}

/** A word written out in full, or as it is when it is no shorthand. */
const written = (word: string) => LETTERS.get(word) ?? SHORTHAND.get(sameApostrophes(word.toLowerCase())) ?? word;

/**
 * A lowercase "n" joins two words ("rotherham *n* telford"), and opens a follow-up before a determiner, a
 * pronoun, a wh-word or an auxiliary, in full or in shorthand ("*n* the child abuse strategy?", "*n* what
 * about telford", "*n* wot parties r they from"), or before a name the articles write ("*n* champion wot
 * did she call it"), where no count stands; anywhere else, opening a clause or ending one, it is the
 * statistician's count: "*n* cases referred for review?", "real *n*?" → number.
 */
function countOrAnd(text: string, at: number, writesCapitalised: (word: string) => boolean): string {
  const after = text.slice(at + 1);
  if (/[\p{L}\p{N}] $/u.test(text.slice(0, at)) && /^ [\p{L}\p{N}]/u.test(after)) return "and";
  const next = /^ ([\p{L}\p{N}’']+)/u.exec(after)?.[1];
  return next !== undefined && (NOT_COUNTED.test(` ${written(next)}`) || writesCapitalised(next)) ? "and" : "number";
}
const NOT_COUNTED = /^ (?:the|a|an|his|her|their|its|this|that|these|those|he|she|they|it|what|who|when|where|why|how|which|is|are|was|were|did|does|do|has|have)\b/iu;

/** A word as `unshout` reads it: letters, digits and apostrophes. */
const SHOUT_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** A word in capitals: "WHAT", "DIDN'T", "MPs" (its plural's small s). */
const CAPITALS = /^(?:\p{Lu}[\p{Lu}'’]*|\p{Lu}{2,}['’]?s)$/u;
/** Words in capitals in a row from which a message is shouted (or typed with caps lock on), not initials ("NPCC CSE"). */
const SHOUTED_RUN = 3;

/**
 * A question typed in capitals ("WHAT EXACTLY DID YVETTE COOPER SAY ABOUT WASTING TEN YEARS"), in lower
 * case, as chat is most often typed: read as capitals, every word looks like a name or initials to the
 * tagger and nothing is asked. Only runs of `SHOUTED_RUN` words or more in capitals (with any figures
 * between them), so that initials ("NCA", "the CPS") and a word stressed in capitals ("it went on for
 * DECADES") stay as written.
 */
export function unshout(text: string): string {
  const words = [...text.matchAll(SHOUT_WORD)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
  const out: string[] = [];
  let done = 0;
  let run: Array<{ readonly word: string; readonly at: number }> = [];
  const flush = () => {
    // The run ends at its last word in capitals: figures after it stay outside.
    while (run.length > 0 && !CAPITALS.test(run[run.length - 1]!.word)) run.pop();
    if (run.filter((w) => CAPITALS.test(w.word)).length >= SHOUTED_RUN) {
      const last = run[run.length - 1]!;
      out.push(text.slice(done, run[0]!.at), text.slice(run[0]!.at, last.at + last.word.length).toLowerCase());
      done = last.at + last.word.length;
    }
    run = [];
  };
  for (const w of words) {
    if (CAPITALS.test(w.word) || (run.length > 0 && /^\p{N}/u.test(w.word))) run.push(w);
    else flush();
  }
  flush();
  out.push(text.slice(done));
  return out.join("");
}

/** The words that say what a question asks: its wh-word, and "many" or "much" after "how". */
const QUESTION_WORDS = ["who", "whom", "whose", "what", "when", "where", "why", "which", "how", "many", "much"];
/** A word as `respellQuestionWords` reads it: letters only, standing alone. */
const LETTERS_ONLY = /(?<![\p{L}\p{N}'’-])\p{L}{2,}(?![\p{L}\p{N}'’-])/gu;

/**
 * The question with its misspelt question words written as meant ("*wich* town was that in", "*wy* did
 * she say it", "how *meny* of them"): a word that `knows` does not know (neither English nor the
 * articles use it) and that is one letter away from exactly one question word. Read wrong, such a word
 * hides what kind of answer is asked for ("how meny" asks for a number) and is searched for as a word
 * no sentence has. A word one letter away from two ("whe": who, why, when) stays as it is.
 */
export function respellQuestionWords(text: string, knows: (word: string) => boolean): string {
  return text.replace(LETTERS_ONLY, (word) => {
    const lower = word.toLowerCase();
    if (lower.length > MAX_QUESTION_TYPO || QUESTION_WORDS.includes(lower)) return word;
    // Most words are far from every question word: ask whether anyone knows the word only when one is near.
    const near = onlyOneNear(lower, QUESTION_WORDS);
    return near !== undefined && !knows(lower) ? near : word;
  });
}

/** The longest misspelling of a question word respelt ("whitch"). */
const MAX_QUESTION_TYPO = 6;

/**
 * The question with its misspelt words of grammar written as meant ("what did she say *abuot* it", "or
 * *somthing*", "*becuase*"): a word that `knows` does not know, one letter or one swap of neighbouring
 * letters away from exactly one of `words`. Read wrong, such a word is searched for as a word no sentence
 * has, which makes the question look less answered than it is. (The meaning vectors, which `knows` asks,
 * know no such misspelling: "somthing", "agian", "becuase" are none of theirs.)
 */
export function respellFunctionWords(text: string, words: ReadonlySet<string>, knows: (word: string) => boolean): string {
  return text.replace(LETTERS_ONLY, (word, at: number) => {
    // A capitalised word after the first is more likely a name the articles lack than a slip.
    if (at > 0 && /^\p{Lu}/u.test(word)) return word;
    const lower = word.toLowerCase();
    if (lower.length < MIN_FUNCTION_TYPO || words.has(lower) || QUESTION_WORDS.includes(lower) || knows(lower)) return word;
    return onlyOneNear(lower, words, { swaps: true, minLength: MIN_FUNCTION_WORD }) ?? word;
  });
}

/** The shortest misspelling of a word of grammar respelt, and the shortest such word: "hav" for "have", not "teh" for "the". */
const MIN_FUNCTION_TYPO = 3;
const MIN_FUNCTION_WORD = 4;

/**
 * The one word of `list` (of at least `minLength` letters) one letter from `lower`, or with `swaps` two
 * neighbouring letters swapped ("becuase" → because); undefined when none is, or more than one.
 */
function onlyOneNear(lower: string, list: Iterable<string>, { swaps = false, minLength = 0 } = {}): string | undefined {
  let found: string | undefined;
  for (const w of list) {
    if (w.length < minLength || Math.abs(w.length - lower.length) > 1 || !(distance(lower, w) === 1 || (swaps && swapped(lower, w)))) continue;
    if (found !== undefined) return undefined;
    found = w;
  }
  return found;
}

/** Whether two words differ by two neighbouring letters swapped ("becuase", "because"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
