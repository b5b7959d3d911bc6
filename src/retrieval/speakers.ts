/**
 * Who speaks each quoted sentence, as the article writes it. Handles "X said: “…”", "“…,” X added",
 * "X, the …, said", "She said:" (resolved to the last person named as a subject), "X said … “…”" with X
 * opening the sentence however far the quote comes after it, "“…,” it added" (resolved only to a body or
 * document just heard from: "The paper said …"), and the news convention of a quote that runs over
 * several paragraphs each opening with “, or opens the sentence after "“…,” she added.", with no
 * attribution of its own. Where the text does not say who speaks, there is no speaker.
 * @module
 */
import type { Article, Sentence, SpeakerSpan } from "./article.js";
import type { Token } from "./nlp.js";

/** Verbs that introduce reported speech (lemmas). A general linguistic class, not tied to any article. */
const SPEECH_VERBS = new Set([
  "say", "tell", "add", "state", "declare", "warn", "admit", "insist", "argue", "explain", "write", "claim",
  "confirm", "reveal", "conclude", "note", "comment", "reply", "respond", "announce", "stress", "concede",
  "acknowledge", "complain", "remark", "observe", "continue", "recall",
]);
/**
 * Words of telling, speaking, writing and sending (lemmas) whose "to" or "with" names the one addressed:
 * "*speaking with* Sky News", "a *letter to* the Home Office", and in a question the "to" left at its end,
 * "who was the letter *sent to*", "which outlet did she *give* her interview *to*". Not "apply" or
 * "belong": "who does it apply to" asks for no one addressed.
 */
export const ADDRESSING =
  /^(?:say|tell|speak|talk|write|send|address|give|report|explain|complain|reply|respond|submit|hand|deliver|direct|leak|forward|letter|statement|interview|speech|message|email|remark|comment|evidence)$/u;

/** Titles written before a name ("Ms Cooper", "Baroness Casey"). */
export const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Baroness|Baron|Rev)\.?$/u;
/** The same titles in any case, as a question may write them ("what did mrs senior say"). */
export const HONORIFIC_ANY_CASE = new RegExp(HONORIFIC.source, "iu");
/** Titles that say someone is a man, or a woman: "Mr Smith" and "Mrs Smith" are two people. */
const MAN = /^(?:Mr|Sir|Lord|Baron)\.?$/iu;
const WOMAN = /^(?:Mrs|Ms|Miss|Dame|Lady|Baroness)\.?$/iu;

/**
 * Whether two speaker names of one article name the same source, as an article names a person in full
 * and then by title and surname ("Chris Philp", "Mr Philp"; "Jayne Senior", "Mrs Senior"), or repeats a
 * body's name ("The Home Office", "the Home Office"): the same last word, and neither two different first
 * names nor a man's and a woman's title ("Mr Smith", "Mrs Smith").
 */
export function sameSpeakerName(a: string, b: string): boolean {
  const parse = (name: string) => {
    const words = name.match(/\p{L}+\.?/gu) ?? [];
    const title = words.find((w) => HONORIFIC_ANY_CASE.test(w));
    const rest = words.filter((w) => !HONORIFIC_ANY_CASE.test(w) && !/^(?:the|a|an)$/iu.test(w)).map((w) => w.toLowerCase());
    return { last: rest.at(-1), first: rest.length > 1 ? rest[0] : undefined, man: title !== undefined && MAN.test(title), woman: title !== undefined && WOMAN.test(title) };
  };
  const x = parse(a);
  const y = parse(b);
  if (x.last === undefined || x.last !== y.last) return false;
  if (x.first !== undefined && y.first !== undefined && x.first !== y.first) return false;
  return !((x.man && y.woman) || (x.woman && y.man));
}

const OPENERS = new Set(["“", "‘", "«"]);
const CLOSERS = new Set(["”", "’", "»"]);
const PERSONAL_PRONOUNS = new Set(["she", "he"]);
const NP_JOINERS = new Set(["of", "into", "for", "and", "on"]);
/** Words after which a name starts a clause of its own ("The letter came as Jayne Senior … blasted"). */
const CLAUSE_OPENERS = new Set(["as", "while", "when", "because", "after", "before", "since", "although", "though", "if", "and", "but"]);
const MAX_VERB_DISTANCE = 15;

interface QuoteSegment {
  readonly open: number;
  /** Index of the closing mark, or -1 when the quote runs past the paragraph. */
  readonly close: number;
}

interface Flat {
  readonly tokens: Token[];
  /** For each token, the index of its sentence in the article. */
  readonly sentenceOf: number[];
}

/**
 * Whether the name ending at token `end` is followed by an apposition: a comma and something that does
 * not begin another name ("Suella Braverman, *a* former home secretary", "Kishwer Falkner, *chair* of …";
 * not "Greater Manchester, *West* and South Yorkshire", a list).
 */
export function appositionAfter(tokens: readonly Token[], end: number): boolean {
  const afterComma = tokens[end + 2];
  return tokens[end + 1]?.value === "," && afterComma !== undefined && !/^\p{Lu}/u.test(afterComma.value);
}

/** Fill in `speaker` on every sentence of `article` that lies inside attributed quoted speech. */
export function attributeSpeakers(article: Article): void {
  let lastPerson: SpeakerSpan | null = null;
  let carried: SpeakerSpan | null = null; // speaker of a quote still open at the end of the previous paragraph
  let previousQuoteSpeaker: SpeakerSpan | null = null; // speaker of the previous paragraph's last quote
  for (const paragraph of article.paragraphs) {
    if (paragraph.furniture || paragraph.headline) {
      carried = null;
      previousQuoteSpeaker = null;
      continue;
    }
    const flat = flatten(article.sentences, paragraph.sentences);
    const segments = quoteSegments(flat.tokens);
    const names = subjectNames(flat.tokens, segments, article.text);
    const personBefore = (i: number) => names.findLast((n) => n.at < i)?.span ?? lastPerson;
    let paragraphQuoteSpeaker: SpeakerSpan | null = null;
    let nextCarried: SpeakerSpan | null = null;
    let previous: QuoteSegment | null = null;
    for (const segment of segments) {
      // "“…,” it added" after "The paper said …": "it" is the body or document just heard from.
      const heard = paragraphQuoteSpeaker ?? (previous ? null : previousQuoteSpeaker);
      let speaker = findSpeaker(flat, segment, article.text, personBefore, heard && isBody(heard) ? heard : null);
      if (!speaker && segment.open === 0) {
        const wholeParagraph = segment.close === -1 || segment.close >= flat.tokens.length - 2;
        speaker = carried ?? (wholeParagraph ? previousQuoteSpeaker : null);
      } else if (!speaker && previous && paragraphQuoteSpeaker && follows(flat, previous, segment)) {
        // "“…,” she added. “They need to …": a quote opening the sentence after the last one goes on in its voice.
        speaker = paragraphQuoteSpeaker;
      }
      if (speaker) assign(article.sentences, flat, segment, speaker);
      paragraphQuoteSpeaker = speaker;
      nextCarried = segment.close === -1 ? speaker : null;
      previous = segment;
    }
    lastPerson = names.at(-1)?.span ?? lastPerson;
    carried = nextCarried;
    previousQuoteSpeaker = segments.length > 0 ? paragraphQuoteSpeaker : null;
  }
}

function flatten(sentences: readonly Sentence[], indices: readonly number[]): Flat {
  const tokens: Token[] = [];
  const sentenceOf: number[] = [];
  for (const s of indices) {
    for (const t of sentences[s]!.tokens) {
      tokens.push(t);
      sentenceOf.push(s);
    }
  }
  return { tokens, sentenceOf };
}

function quoteSegments(tokens: readonly Token[]): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let open = -1;
  tokens.forEach((t, i) => {
    const v = t.value;
    const opens = OPENERS.has(v) || (i === 0 && CLOSERS.has(v)) || (v === '"' && open === -1);
    if (open === -1 && opens) open = i;
    else if (open !== -1 && (CLOSERS.has(v) || v === '"')) {
      segments.push({ open, close: i });
      open = -1;
    }
  });
  if (open !== -1) segments.push({ open, close: -1 });
  return segments;
}

function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || (t.pos !== "VERB" && t.pos !== "AUX") || !SPEECH_VERBS.has(t.lemma) || /ing$/u.test(t.value)) return false;
  const before = tokens[i - 1]?.lemma;
  return before !== "be" && before !== "been" && before !== "being"; // "has been told" names the listener
}

/**
 * Whether `next` opens the sentence right after the one in which `previous` closes (with its attribution:
 * "“…,” she added. “…").
 */
function follows(flat: Flat, previous: QuoteSegment, next: QuoteSegment): boolean {
  const { sentenceOf } = flat;
  const opensSentence = next.open === 0 || sentenceOf[next.open - 1] !== sentenceOf[next.open];
  return previous.close !== -1 && opensSentence && sentenceOf[previous.close]! + 1 === sentenceOf[next.open];
}

/**
 * A speaker "it" can stand for: a body or a document written with "the" ("The paper", "the Home Office"),
 * not a person ("A Home Office source", "Sarah Champion").
 */
function isBody(speaker: SpeakerSpan): boolean {
  return /^the\s/iu.test(speaker.name);
}

function findSpeaker(
  flat: Flat,
  segment: QuoteSegment,
  text: string,
  personBefore: (i: number) => SpeakerSpan | null,
  body: SpeakerSpan | null,
): SpeakerSpan | null {
  const { tokens, sentenceOf } = flat;
  const sentence = sentenceOf[segment.open];
  const sentenceStart = sentenceOf.indexOf(sentence!);
  // Speaker before the quote: "X said: “…", "X told the paper “…”". Further back, only the subject that
  // opens the sentence, and only when no attribution follows the quote: "Ms Patel said a forthcoming …
  // strategy would … and “restore the public’s confidence …”".
  let far: SpeakerSpan | null = null;
  for (let i = segment.open - 1; i >= 0; i--) {
    if (sentenceOf[i] !== sentence || CLOSERS.has(tokens[i]!.value)) break;
    if (!isSpeechVerb(tokens, i)) continue;
    const subject = subjectBefore(tokens, i, text);
    if (segment.open - i <= MAX_VERB_DISTANCE) return resolve(subject, () => personBefore(i), body);
    if (subject?.start === tokens[sentenceStart]!.start) far = resolve(subject, () => personBefore(i), body);
    break;
  }
  const after = segment.close === -1 ? null : speakerAfter(flat, segment, text, personBefore, body);
  return after ?? far;
}

/** The speaker named after the quote: "“…,” Cooper said", "“…,” said Mr X". */
function speakerAfter(flat: Flat, segment: QuoteSegment, text: string, personBefore: (i: number) => SpeakerSpan | null, body: SpeakerSpan | null): SpeakerSpan | null {
  const { tokens } = flat;
  let i = segment.close + 1;
  if (tokens[i]?.value === ",") i++;
  for (let j = i; j < Math.min(tokens.length, i + 7); j++) {
    if (OPENERS.has(tokens[j]!.value) || tokens[j]!.value === ".") break;
    if (!isSpeechVerb(tokens, j)) continue;
    const np = j > i ? nounPhrase(tokens, i, j - 1, text) : nounPhrase(tokens, j + 1, findPhraseEnd(tokens, j + 1), text);
    return resolve(np, () => personBefore(j), body);
  }
  return null;
}

function findPhraseEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end + 1 < tokens.length && isPhraseToken(tokens[end + 1]!)) end++;
  return end;
}

function isPhraseToken(t: Token): boolean {
  return ["PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON"].includes(t.pos) || HONORIFIC.test(t.value) || isCapitalisedWord(t);
}

/** wink's tagger sometimes tags a surname as a verb ("Cooper said"); capitalisation mid-sentence is the better signal. */
function isCapitalisedWord(t: Token): boolean {
  return t.kind === "word" && /^\p{Lu}/u.test(t.value) && !["PRON", "DET", "ADP", "SCONJ", "CCONJ", "AUX"].includes(t.pos);
}

/** The noun phrase that is the subject of the verb at `verb`, looking left; appositions are skipped. */
function subjectBefore(tokens: readonly Token[], verb: number, text: string): SpeakerSpan | null {
  let i = verb - 1;
  while (i >= 0 && tokens[i]!.pos === "ADV") i--;
  if (tokens[i]?.value === ",") {
    // "Chris Philp, the shadow home secretary, said" / "The home secretary, Priti Patel, said"
    let j = i - 1;
    while (j >= 0 && tokens[j]!.value !== "," && i - j < 25) j--;
    if (j < 0 || tokens[j]!.value !== ",") return null;
    const inner = nounPhrase(tokens, j + 1, i - 1, text);
    const outer = phraseEndingAt(tokens, j - 1, text);
    if (outer && isName(outer, tokens)) return outer;
    if (inner && isName(inner, tokens)) return inner;
    return outer;
  }
  if (tokens[i]?.pos === "CCONJ") return sentenceSubject(tokens, i, text);
  return phraseEndingAt(tokens, i, text) ?? openingSubject(tokens, i, text);
}

/** The most words a sentence-opening subject with a clause or a preposition in it may have. */
const MAX_OPENING_SUBJECT = 8;

/**
 * A subject that opens the sentence and ends at token `end`, right before its verb, when it is longer
 * than a plain noun phrase: a noun with a relative clause or a preposition ("*Police who have
 * investigated cases* told the Home Office …", "*Evidence from police forces* said that …"). It must
 * begin with a noun (perhaps after a determiner) and hold no punctuation.
 */
function openingSubject(tokens: readonly Token[], end: number, text: string): SpeakerSpan | null {
  let start = end;
  while (start > 0 && !/^[.!?]$/u.test(tokens[start - 1]!.value)) start--;
  if (end < start + 1 || end - start + 1 > MAX_OPENING_SUBJECT) return null;
  const span = tokens.slice(start, end + 1);
  if (span.some((t) => t.kind !== "word")) return null;
  const head = span[0]!.pos === "DET" ? span[1]! : span[0]!;
  if (head.pos !== "NOUN" && head.pos !== "PROPN") return null;
  return { name: text.slice(span[0]!.start, span.at(-1)!.end), start: span[0]!.start, end: span.at(-1)!.end };
}

/** "The Home Office has released a report … and said …": the first phrase of the sentence that a verb follows. */
function sentenceSubject(tokens: readonly Token[], before: number, text: string): SpeakerSpan | null {
  let start = before;
  while (start > 0 && !/^[.!?]$/u.test(tokens[start - 1]!.value)) start--;
  for (let i = start; i < before; i++) {
    const next = tokens[i + 1];
    if (isPhraseToken(tokens[i]!) && next && (next.pos === "VERB" || next.pos === "AUX") && !isCapitalisedWord(next)) {
      return phraseEndingAt(tokens, i, text);
    }
  }
  return null;
}

function phraseEndingAt(tokens: readonly Token[], end: number, text: string): SpeakerSpan | null {
  let start = end;
  while (start - 1 >= 0) {
    const t = tokens[start - 1]!;
    if (t.pos === "DET") {
      start--;
      break;
    }
    const joins = NP_JOINERS.has(t.value) && /^\p{Lu}/u.test(tokens[start]!.value) && /^\p{Lu}/u.test(tokens[start - 2]?.value ?? "");
    if (!isPhraseToken(t) && !joins) break;
    if (t.pos === "PRON") break;
    start--;
  }
  const before = tokens[start - 1];
  if (before && (before.pos === "VERB" || before.pos === "ADP") && !isCapitalisedWord(before) && !CLAUSE_OPENERS.has(before.value.toLowerCase())) return null;
  return nounPhrase(tokens, start, end, text);
}

/** A verbatim noun phrase; a bare run of capitalised words keeps only the name at its end ("Shadow Home Secretary Chris Philp" → "Chris Philp"). */
function nounPhrase(tokens: readonly Token[], start: number, end: number, text: string): SpeakerSpan | null {
  if (start > end || start < 0) return null;
  const first = tokens[start]!;
  if (!isPhraseToken(first)) return null;
  if (first.pos === "PRON" && start !== end) return null;
  let from = start;
  const capitalised = tokens.slice(start, end + 1).every((t) => /^\p{Lu}/u.test(t.value));
  if (capitalised && end - start >= 2 && first.pos !== "DET") {
    from = HONORIFIC.test(tokens[end - 2]!.value) && end - 2 > start ? end - 2 : HONORIFIC.test(tokens[end - 1]!.value) ? end - 1 : end - 1;
  }
  const s = tokens[from]!.start;
  const e = tokens[end]!.end;
  return { name: text.slice(s, e), start: s, end: e };
}

function isName(span: SpeakerSpan, tokens: readonly Token[]): boolean {
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  return inside.length > 0 && inside.every((t) => /^\p{Lu}/u.test(t.value)) && inside.some((t) => t.pos === "PROPN");
}

function resolve(np: SpeakerSpan | null, lastPerson: () => SpeakerSpan | null, body: SpeakerSpan | null): SpeakerSpan | null {
  if (!np) return null;
  const lower = np.name.toLowerCase();
  if (PERSONAL_PRONOUNS.has(lower)) return lastPerson();
  if (lower === "it") return body;
  if (/^(?:they|we|i|you)$/u.test(lower)) return null; // never guess who "they" is
  return np;
}

function assign(sentences: readonly Sentence[], flat: Flat, segment: QuoteSegment, speaker: SpeakerSpan): void {
  const last = segment.close === -1 ? flat.tokens.length - 1 : segment.close;
  for (let i = segment.open; i <= last; i++) {
    const s = sentences[flat.sentenceOf[i]!]!;
    if (!s.speaker) s.speaker = speaker;
  }
}

/**
 * People named as subjects outside quotation marks, in order: runs of capitalised name tokens
 * that are not the object of a verb or preposition ("to see David Cameron" does not count).
 */
function subjectNames(tokens: readonly Token[], segments: readonly QuoteSegment[], text: string): Array<{ at: number; span: SpeakerSpan }> {
  const quoted = (i: number) => segments.some((s) => i >= s.open && (s.close === -1 || i <= s.close));
  const found: Array<{ at: number; span: SpeakerSpan }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (quoted(i) || !isNameStart(tokens, i)) continue;
    let end = i;
    while (end + 1 < tokens.length && isNameToken(tokens[end + 1]!) && !isSpeechVerb(tokens, end + 1)) end++;
    const prev = tokens[i - 1];
    const next = tokens[end + 1];
    const clauseOpener = prev !== undefined && CLAUSE_OPENERS.has(prev.value.toLowerCase());
    const insideLongerName = prev !== undefined && NP_JOINERS.has(prev.value) && /^\p{Lu}/u.test(tokens[i - 2]?.value ?? "");
    // After a preposition a name still counts when an apposition follows ("calls from Suella Braverman, a
    // former …"); a comma followed by another name is a list of places or bodies ("in Greater Manchester,
    // West and South Yorkshire"), not a person described.
    const apposition = prev?.pos === "ADP" && appositionAfter(tokens, end);
    const objectPosition = prev !== undefined && !clauseOpener && !apposition && ["ADP", "VERB", "DET", "AUX"].includes(prev.pos);
    const speaks = next !== undefined && isSpeechVerb(tokens, end + 1);
    const subjectPosition = next !== undefined && (next.value === "," || next.pos === "VERB" || next.pos === "AUX");
    const long = end - i >= 1 || HONORIFIC.test(tokens[i]!.value);
    const span = !objectPosition && !insideLongerName && subjectPosition && (long || speaks) ? nounPhrase(tokens, i, end, text) : null;
    if (span) found.push({ at: i, span });
    i = end;
  }
  return found;
}

function isNameStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const sentenceInitial = i === 0 || /^[.!?:“‘]$/u.test(tokens[i - 1]!.value);
  return /^\p{Lu}/u.test(t.value) && (t.pos === "PROPN" || HONORIFIC.test(t.value) || (!sentenceInitial && isCapitalisedWord(t)));
}

function isNameToken(t: Token): boolean {
  return /^\p{Lu}/u.test(t.value) && (t.pos === "PROPN" || isCapitalisedWord(t));
}
