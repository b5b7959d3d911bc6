/**
 * From ranked sentences to an answer: abstain when the evidence is weak, pick passages that show
 * each source (an article and speaker counts once before repeats), merge the same words reported
 * in two articles, widen a sentence that cannot stand alone, and mark the words that answer.
 * @module
 */
import { appositionAfter, FEATURE_AT, measuresTime, placesInTime, quotedIn, sameSpeakerName, type Article, type ParsedQuestion, type QuestionType, type RankedUnit, type Sentence, type SpeakerSpan, type Unit } from "../retrieval/index.js";
import type { AlsoReported, Answer, ArticleRef, Passage, Span } from "./answer.js";
import { RELATIVE_TO_BEST, verdict } from "./answerability.js";
import type { NotAnsweredReason } from "./contract.js";
import { quoteAt } from "./quote.js";

/** Calibrated on eval/questions.json (dev split); see README "Evaluation". */
export const ANSWER_THRESHOLDS = {
  /**
   * A further passage must be at least this likely relative to the best one. Scores are the ranker's
   * log-odds (a softmax model), so the ratio of two passages' likelihoods is exp(difference).
   */
  relative: RELATIVE_TO_BEST,
  /** Below this best coverage nothing in the articles is about the question at all. */
  offTopic: 0.2,
  /** Sentences whose content words overlap this much are the same report. */
  duplicate: 0.75,
  /**
   * A passage from the same article and speaker as an earlier one counts as this much less likely
   * (per earlier one), so that the top passages show each source before repeating one.
   */
  repeatPenalty: 0.9,
  /**
   * After the first passage, a candidate gains this much (log-odds) times the share of the question
   * it covers that no chosen passage covers yet: "white or Pakistani?" shows both sides.
   */
  novelty: 1,
  /**
   * For a question that only names someone ("who is Rauf", "and Casey?"), a sentence that describes them
   * comes first when it is at least this likely relative to the best one; so do the words of whom a
   * "what did X say" question asks to hear from.
   */
  introduction: 0.5,
  /** A sentence shorter than this (characters) is widened with its neighbour. */
  shortSentence: 50,
  pool: 40,
  /**
   * The share of the question a sentence near the top must have as written (not through related words)
   * for a question whose best sentence has none of its words to count as on the articles' subject
   * (reason "no-match", not "off-topic"): set, not fitted, above the off-topic cut, which counts related
   * words too, so that one shared common word ("declined", "London") is not enough. It changes the reason
   * given, never whether the question is answered.
   */
  onSubject: 0.3,
} as const;

export interface ComposeOptions {
  readonly maxPassages: number;
}

/** Turn a parsed question and its ranking into an answer. */
export function compose(question: string, parsed: ParsedQuestion, ranked: readonly RankedUnit[], options: ComposeOptions): Answer {
  const no = (reason: NotAnsweredReason, suggestions: readonly ArticleRef[] = []): Answer => ({
    kind: "not-answered",
    question,
    reason,
    suggestions,
  });
  if (parsed.kind === "too-long") return no("too-long");
  if (parsed.kind === "other-script") return no("not-english");
  if (parsed.kind === "instruction") return no("own-words");
  if (parsed.kind === "empty") return no(parsed.text === "" ? "empty-question" : "not-a-question");
  if (parsed.terms.length === 0) return no("not-a-question");
  const best = ranked[0];
  // Off the articles' subject when no sentence near the top covers a fair part of the question: the best
  // ranked one may cover less than another ("of the 717 cases in 2023, how many involved …" ranks a
  // sentence with the counted word first, yet "There were 717 cases … in 2023" shows it is on topic).
  if (!best || !ranked.slice(0, ANSWER_THRESHOLDS.pool).some((r) => r.coverage >= ANSWER_THRESHOLDS.offTopic)) return no("off-topic");
  // A question that quotes words the best sentence has as written ("what did she say must stop 'once and
  // for all'") is answered, tentatively if the model would not answer it: the reader asked for those words.
  const hasQuoted = quotedIn(best.unit, parsed.quoted) > 0;
  // Otherwise a best sentence with none of the question's words, only related ones ("court fee … claim
  // online" → "releasing the paper … request"), shares nothing with the question: it answers something
  // else. The question is off the articles' subject only if no sentence near the top has any of its words
  // either; if one has ("when did the MPs write their letter?": the letter's sentences give no date, so a
  // dated sentence with related words ranks first), it is on the subject, and the articles do not answer it.
  if (!hasQuoted && !best.literal.some(Boolean)) {
    const literalCover = (r: RankedUnit) => r.covers.reduce((sum, c, t) => sum + (r.literal[t] ? c : 0), 0);
    const onSubject = ranked.slice(0, ANSWER_THRESHOLDS.pool).some((r) => literalCover(r) >= ANSWER_THRESHOLDS.onSubject);
    return onSubject ? no("no-match", suggestionsFrom(ranked)) : no("off-topic");
  }
  const judgedByModel = verdict(ranked);
  const judged = judgedByModel === "abstain" && hasQuoted ? "tentative" : judgedByModel;
  if (judged === "abstain") return no("no-match", suggestionsFrom(ranked));

  const questionNumbers = new Set(parsed.terms.filter((t) => t.isNumber).map((t) => t.key));
  const passages: Passage[] = [];
  const chosen: Array<{ ranked: RankedUnit; passage: Passage; also: AlsoReported[] }> = [];
  // A further passage must hold one of the question's more specific words itself (a related word is not
  // enough): in "are most grooming gang offenders white or Pakistani?" a sentence that only says
  // "grooming gangs" answers nothing.
  const top = ranked.slice(0, ANSWER_THRESHOLDS.pool);
  const specific = specificTerms(best.question.shares, top);
  const floor = best.score + Math.log(ANSWER_THRESHOLDS.relative);
  const pool = top.filter((r) => r === best || (r.score >= floor && specific.some((t) => r.literal[t]!)));
  const used = new Set<number>();
  // "Who is Rauf", "and Casey?": a sentence that says who they are ("Qari Abdul Rauf, a ringleader of …")
  // comes first when it is at least half as likely as the best one.
  const askedNames = parsed.describe && best.question.names.every(Boolean) ? new Set(parsed.terms.map((t) => t.key)) : undefined;
  const introduced = askedNames && pool.slice(0, 3).find((r) => r.score >= best.score + Math.log(ANSWER_THRESHOLDS.introduction) && describes(r.unit, askedNames));
  // "What did Yvette Cooper say about …": the words of whom the question asks to hear from come first when
  // a passage of theirs is at least half as likely as the best one, which may be narration about them.
  const spokenBy = (r: RankedUnit) => r.features[FEATURE_AT.speakerMatch]! >= 1;
  const heard = parsed.type === "quote" && !spokenBy(best) ? pool.slice(0, 3).find((r) => r.score >= best.score + Math.log(ANSWER_THRESHOLDS.introduction) && spokenBy(r)) : undefined;
  const leading = introduced ?? heard;
  while (chosen.length < options.maxPassages) {
    // The first passage is the ranking's first (the best score, or a sentence with the words the question
    // quotes), unless one that introduces whom it names or gives their own words leads.
    const next = chosen.length === 0 ? (leading ?? best) : pickNext(pool, used, chosen.map((c) => c.ranked));
    if (!next) break;
    used.add(next.id);
    const duplicate = chosen.find((c) => sameReport(c.ranked.unit, next.unit));
    if (duplicate) {
      if (duplicate.ranked.unit.article.id !== next.unit.article.id) {
        const s = next.unit.sentence;
        duplicate.also.push({ articleId: next.unit.article.id, title: next.unit.article.title, start: s.start, end: s.end });
      }
      continue;
    }
    // A passage widened to the sentences around its own must not show again what another one shows; when
    // another one already shows that context, the sentence stands on its own.
    let passage = toPassage(next, parsed.type, questionNumbers, true);
    if (chosen.some((c) => overlaps(c.passage, passage))) passage = toPassage(next, parsed.type, questionNumbers, false);
    if (chosen.some((c) => overlaps(c.passage, passage))) continue;
    chosen.push({ ranked: next, passage, also: [] });
  }
  for (const c of chosen) passages.push({ ...c.passage, alsoReportedIn: c.also });
  const [first, ...rest] = passages;
  return first ? { kind: "answered", question, passages: [first, ...rest], tentative: judged === "tentative" } : no("no-match", suggestionsFrom(ranked));
}

/**
 * The question's terms that weigh at least as much as its median term (by their share of the question),
 * among those some candidate has as written: a word the articles never use ("is it *true* …") weighs
 * the most and can never be found, so it must not decide which terms count.
 */
function specificTerms(shares: readonly number[], pool: readonly RankedUnit[]): number[] {
  const findable = shares.flatMap((_, t) => (pool.some((r) => r.literal[t]) ? [t] : []));
  const sorted = findable.map((t) => shares[t]!).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  return findable.filter((t) => shares[t]! >= median);
}

/** The best next passage: its score, less for repeating a source, more for covering what is not yet covered. */
function pickNext(pool: readonly RankedUnit[], used: ReadonlySet<number>, chosen: readonly RankedUnit[]): RankedUnit | undefined {
  let best: RankedUnit | undefined;
  let bestScore = -Infinity;
  for (const r of pool) {
    if (used.has(r.id)) continue;
    const { article, sentence } = r.unit;
    const repeats = chosen.filter((c) => c.unit.article.id === article.id && sameSpeaker(c.unit.sentence.speaker, sentence.speaker)).length;
    let adjusted = r.score + repeats * Math.log(ANSWER_THRESHOLDS.repeatPenalty);
    if (chosen.length > 0) {
      const uncovered = r.covers.reduce((sum, share, term) => sum + (chosen.some((c) => c.covers[term]! > 0) ? 0 : share), 0);
      adjusted += ANSWER_THRESHOLDS.novelty * uncovered;
    }
    if (adjusted > bestScore) {
      best = r;
      bestScore = adjusted;
    }
  }
  return best;
}

/** Whether two sentences of one article have the same source: both narration, or the same speaker by name. */
function sameSpeaker(a: SpeakerSpan | null, b: SpeakerSpan | null): boolean {
  return a === null || b === null ? a === b : sameSpeakerName(a.name, b.name);
}

/**
 * Whether the sentence says who or what one of the names asked about (by key) is: the name, then an
 * apposition ("Qari Abdul Rauf, *a ringleader* of …", "Kishwer Falkner, *chair* of …", the rule speakers.ts
 * uses) or "is/was" and a description ("Rauf *was one* of nine …"). "Pakistan refused to take Rauf" only
 * names him.
 */
function describes(unit: Unit, keys: ReadonlySet<string>): boolean {
  const tokens = unit.sentence.tokens;
  return unit.names.some((at) => {
    if (!keys.has(tokens[at]!.key)) return false;
    let end = at;
    while (unit.names.includes(end + 1)) end++;
    return appositionAfter(tokens, end) || (tokens[end + 1]?.lemma === "be" && DESCRIPTION.has(tokens[end + 2]?.pos ?? ""));
  });
}

/** What may open the description after "is/was": "a", "the", "one of …". */
const DESCRIPTION: ReadonlySet<string> = new Set(["DET", "NUM"]);

function sameReport(a: Unit, b: Unit): boolean {
  const x = new Set(a.keys);
  const y = new Set(b.keys);
  let shared = 0;
  for (const k of x) if (y.has(k)) shared++;
  return shared / Math.max(1, new Set([...x, ...y]).size) >= ANSWER_THRESHOLDS.duplicate;
}

function overlaps(a: Passage, b: Passage): boolean {
  return a.articleId === b.articleId && b.start < a.end && b.end > a.start;
}

/**
 * The sentence, widened when it cannot stand alone: by a neighbour in the same paragraph when it is too
 * short or ends in a colon, and back to the sentence that gives a word of the question it only borrows
 * (the year it stays in, the name its "he" stands for: "… recorded by the police in 2023 … And they
 * identified 717 reported cases …"), across a paragraph break too, as a quote may run over several.
 * `answering` is the sentence whose words answer (its speaker is the passage's, its highlights the
 * passage's), or all of them.
 */
function passageSentences(unit: Unit, borrowed: readonly string[]): { sentences: Sentence[]; answering: Sentence[] } {
  const { article, sentence } = unit;
  if (borrowed.length > 0) {
    // Borrowing reaches two quotable sentences back (units.ts).
    for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 2); i--) {
      const before = article.sentences[i]!;
      if (before.furniture || before.headline || !sameVoice(article, before, sentence)) break;
      if (before.tokens.some((t) => borrowed.includes(t.key))) return { sentences: article.sentences.slice(i, sentence.index + 1), answering: [sentence] };
    }
  }
  const siblings = article.paragraphs[sentence.paragraph]!.sentences.map((i) => article.sentences[i]!);
  const at = siblings.indexOf(sentence);
  const text = article.text.slice(sentence.start, sentence.end);
  const needsMore = text.length < ANSWER_THRESHOLDS.shortSentence || OPENS_QUOTE.test(text);
  const after = siblings[at + 1];
  const before = siblings[at - 1];
  const sentences = !needsMore
    ? [sentence]
    : after && sameVoice(article, sentence, after)
      ? [sentence, after]
      : before && sameVoice(article, before, sentence)
        ? [before, sentence]
        : [sentence];
  return { sentences, answering: sentences };
}

/** A sentence that qualifies the one before it: "But …", "However, …", "Yet …". */
const QUALIFIES = /^[“"‘]?(?:But|However|Yet|Nevertheless|Nonetheless)\b/u;

/**
 * The sentence right after `sentence` (quotable), in its paragraph or opening the next one, when it
 * qualifies it in the same voice ("… white British people will form the majority of abusers." /
 * "“But focusing specifically on the exploitative gang abuse, there does appear to be a distinctive
 * Pakistani problem …"): quoting the first without it would show half of what was said, as if it were all.
 */
function qualifierAfter(article: Article, sentence: Sentence): Sentence | undefined {
  const next = nextInVoice(article, sentence);
  return next && QUALIFIES.test(article.text.slice(next.start, next.end)) ? next : undefined;
}

/**
 * The sentence a passage carries on to: the "But …" that qualifies its last sentence, or, for a "why" or
 * "how" question, the sentence after a lone one, where a reason or a manner is often given ("In 2012,
 * Sir Keir Starmer was forced to admit that a generation of vulnerable girls had been let down …" / "Then
 * director of public prosecutions, he said authorities had not taken the abuse seriously."), in the same voice.
 */
function continuation(article: Article, sentences: readonly Sentence[], type: QuestionType): Sentence | undefined {
  const last = sentences[sentences.length - 1]!;
  return qualifierAfter(article, last) ?? (type === "reason" && sentences.length === 1 ? nextInVoice(article, last) : undefined);
}

/** The quotable sentence after `sentence`, in its paragraph or opening the next one, when in the same voice. */
function nextInVoice(article: Article, sentence: Sentence): Sentence | undefined {
  if (sentence.furniture || sentence.headline) return undefined;
  const next = article.sentences[sentence.index + 1];
  if (!next || next.furniture || next.headline || next.paragraph > sentence.paragraph + 1) return undefined;
  return sameVoice(article, sentence, next) ? next : undefined;
}

/** A sentence that ends in a colon ("She said:", "… stated: “") opens what follows. */
const OPENS_QUOTE = /:\s*[“"‘]?$/u;

/**
 * Whether two sentences of an article (`first` before `second`) may share one passage, which names one
 * speaker: both are the same person's words, or both narration, or one of them is the other's
 * attribution ("Mr Philp said:", "… the group told Home Secretary Sajid Javid."). Narration beside a
 * quote would show under the quote's speaker, as if they had said it.
 */
function sameVoice(article: Article, first: Sentence, second: Sentence): boolean {
  const a = first.speaker;
  const b = second.speaker;
  if (a === null && b === null) return true;
  if (a !== null && b !== null && (sameSpeaker(a, b) || (a.start === b.start && a.end === b.end))) return true;
  const attributes = (s: Sentence, to: SpeakerSpan | null) => to !== null && to.start >= s.start && to.end <= s.end;
  if (attributes(first, b) || attributes(second, a)) return true;
  // "She told MPs last week:" opens the quote that follows it, whose speaker is named earlier.
  return a === null && first.index === second.index - 1 && OPENS_QUOTE.test(article.text.slice(first.start, first.end));
}

/** A verbatim passage of `article` at `[start, end)` with its speaker; score 0, no highlights. */
export function passageAt(article: Article, start: number, end: number, speaker: SpeakerSpan | null): Passage {
  return {
    quote: quoteAt(article, start, end),
    articleId: article.id,
    title: article.title,
    start,
    end,
    score: 0,
    speaker: speaker ? { name: quoteAt(article, speaker.start, speaker.end), start: speaker.start, end: speaker.end } : null,
    highlights: [],
    answering: [start, end],
    alsoReportedIn: [],
  };
}

function toPassage(ranked: RankedUnit, type: QuestionType, questionNumbers: ReadonlySet<string>, widen: boolean): Passage {
  const { article } = ranked.unit;
  const { sentences, answering } = widen ? passageSentences(ranked.unit, ranked.borrowed) : { sentences: [ranked.unit.sentence], answering: [ranked.unit.sentence] };
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  // A statement and the "But …" that qualifies it are shown together, whichever of them answers.
  const before = article.sentences[first.index - 1];
  const start = (widen && before && qualifierAfter(article, before) === first ? before : first).start;
  const end = ((widen && continuation(article, sentences, type)) || last).end;
  const speaker = answering.map((s) => s.speaker).find((s) => s !== null) ?? null;
  return {
    ...passageAt(article, start, end, speaker),
    score: Math.round(ranked.score * 1000) / 1000,
    highlights: answering.flatMap((s) => highlights(s, type, questionNumbers)),
    answering: [answering[0]!.start, answering[answering.length - 1]!.end],
  };
}

/** The words that answer: the number, the date, the speaker or name. */
function highlights(sentence: Sentence, type: QuestionType, questionNumbers: ReadonlySet<string>): Span[] {
  // `sentence.tokens` is rebuilt from the article's token table on each read: read it once.
  const tokens = sentence.tokens;
  const spanOf = (first: number, last: number): Span => [tokens[first]!.start, tokens[last]!.end];
  const asked = (first: number, last: number) => tokens.slice(first, last + 1).some((t) => questionNumbers.has(t.key));
  // A duration is highlighted only where it measures a time ("two decades", "for years"), or, for a "when"
  // question, where it places something in time ("in recent years").
  const timely = (e: { first: number; last: number }) => measuresTime(tokens, e.first, e.last) || (type === "date" && placesInTime(tokens, e.first));
  const entities = (kinds: readonly string[]) =>
    sentence.entities
      .filter((e) => kinds.includes(e.kind) && !asked(e.first, e.last) && (e.kind !== "duration" || timely(e)))
      .map((e) => spanOf(e.first, e.last));
  switch (type) {
    case "number": {
      const spans = entities(["number", "money", "percent"]);
      tokens.forEach((t, i) => {
        if (t.kind === "number" && !questionNumbers.has(t.key) && !spans.some(([s, e]) => t.start >= s && t.end <= e)) spans.push(spanOf(i, i));
      });
      return sortSpans(spans);
    }
    case "date":
      return sortSpans(entities(["date", "time", "duration"]));
    case "duration":
      return sortSpans(entities(["duration"]));
    case "who":
    case "quote":
      return sentence.speaker && sentence.speaker.start >= sentence.start && sentence.speaker.end <= sentence.end
        ? [[sentence.speaker.start, sentence.speaker.end]]
        : [];
    case "reason":
    case "fact":
      return [];
  }
}

function sortSpans(spans: Span[]): Span[] {
  return spans.sort((a, b) => a[0] - b[0]).filter((s, i, all) => i === 0 || s[0] >= all[i - 1]![1]);
}

/**
 * Up to three articles that come closest, when any is relevant: the question is about the articles'
 * subject (its meaning leans towards theirs) or names someone or something they name. "What's the
 * weather in London tomorrow" matches a dateline, and gets no suggestions.
 */
function suggestionsFrom(ranked: readonly RankedUnit[]): ArticleRef[] {
  const best = ranked[0];
  if (!best) return [];
  const onTopic = best.features[FEATURE_AT.topicality]! > 0;
  const named = ranked.slice(0, ANSWER_THRESHOLDS.pool).some((r) => r.question.names.some((name, t) => name && r.literal[t]));
  if (!onTopic && !named) return [];
  const refs: ArticleRef[] = [];
  for (const r of ranked) {
    if (r.coverage < ANSWER_THRESHOLDS.offTopic * 2) continue;
    if (!refs.some((ref) => ref.articleId === r.unit.article.id)) refs.push({ articleId: r.unit.article.id, title: r.unit.article.title });
    if (refs.length === 3) break;
  }
  return refs;
}
