/**
 * The answering engine: load a folder of articles once, then answer questions with their own words.
 * @module
 */
import {
  buildRankContext,
  parseWords,
  loadNeighbours,
  loadVectors,
  type VectorTable,
  parseQuestion,
  rank,
  readsAsForeign,
  readCorpus,
  segment,
  segmentWithSnapshot,
  defaultSnapshotDir,
  type Article,
  type NeighbourTable,
  type ParsedQuestion,
} from "../retrieval/index.js";
import { answeringText, type Answer, type Passage } from "./answer.js";
import { compose, passageAt } from "./compose.js";
import { answerProbability, verdict } from "./answerability.js";
import type { AnswerJson } from "./contract.js";
import { mergeAnswers } from "./merge.js";
import { assertVerbatim } from "./quote.js";
import { toJson } from "./to-json.js";
import { asksWhyOfEarlier, reasonFirst } from "./why-after.js";

export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly bytes: number;
  readonly sentences: number;
}

export interface AskOptions {
  /** How many passages at most, best first (default 5). */
  readonly maxPassages?: number;
  /**
   * The questions asked before this one in the same conversation, oldest first, as typed: a follow-up
   * that only makes sense after them ("what did she say?", "and when?") is read with them, and the
   * answer names those it was read with (`Answer.followsUp`). Default none: every question stands alone.
   */
  readonly earlier?: readonly string[];
}

export interface Engine {
  readonly articles: readonly ArticleSummary[];
  /**
   * Answer a question (raw user text: mentions, markdown and all) with verbatim passages, or say why not.
   * `ask`, `paragraphs` and `context` re-check every passage at its offsets before returning it, so no
   * front end (bot, readable CLI, REPL, JSON) can show a quote that is not the article's text.
   * @throws VerbatimError on a mismatch (a bug: quotes are only ever sliced from the text).
   */
  ask(question: string, options?: AskOptions): Answer;
  /** The article's paragraphs, page furniture and headline excluded, verbatim; [] for an unknown id. */
  paragraphs(articleId: string): readonly Passage[];
  /** The sentences around `[start, end)`: `radius` before and after in the same article, as one passage. */
  context(articleId: string, start: number, end: number, radius?: number): Passage | null;
  /** Every sentence the engine can quote, in reading order (for baselines and benchmarks). */
  sentences(): ReadonlyArray<{ readonly articleId: string; readonly start: number; readonly end: number; readonly text: string }>;
  /** The answer as its JSON contract, every quote re-checked. @throws VerbatimError on a mismatch. */
  toJson(answer: Answer): AnswerJson;
}

export interface EngineOptions {
  /** Folder of `.txt` articles (default `seeds/` under the working directory, or `SEEDS_DIR`). */
  readonly seedsDir?: string;
  /** A word-neighbour table (default: the one shipped in `data/`). */
  readonly neighbours?: NeighbourTable;
  /** A word-vector table (default: the one shipped in `data/`); `null` ranks without meaning vectors. */
  readonly vectors?: VectorTable | null;
  /**
   * Folder for the ingest snapshot that makes the next start faster (default: see `defaultSnapshotDir`);
   * `null` segments every article afresh and writes nothing.
   */
  readonly snapshotDir?: string | null;
}

/** The corpus folder: an explicit option, else `SEEDS_DIR`, else `seeds`. */
export function defaultSeedsDir(): string {
  const fromEnv = process.env["SEEDS_DIR"];
  return fromEnv && fromEnv.trim() !== "" ? fromEnv : "seeds";
}

/**
 * Read, segment and index every article, synchronously.
 * @throws CorpusError naming the path if the folder cannot be used.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const raws = readCorpus(options.seedsDir ?? defaultSeedsDir());
  const snapshotDir = options.snapshotDir === undefined ? defaultSnapshotDir() : options.snapshotDir;
  const articles = snapshotDir === null ? raws.map(segment) : segmentWithSnapshot(raws, snapshotDir).articles;
  const vectors = options.vectors === undefined ? loadVectors() : (options.vectors ?? undefined);
  const context = buildRankContext(articles, options.neighbours ?? loadNeighbours(), vectors);
  const { units } = context;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const checked = <P extends Passage>(p: P): P => {
    assertVerbatim(byId.get(p.articleId), p);
    return p;
  };
  // What the articles tell about a question's words: which they write as names, which only in capitals,
  // which words anyone knows.
  const words = parseWords(context);
  // Whom a "he" or "she" after an earlier question that names no one means: whom its answer quotes, or
  // whom the sentence that answers it names ("who was the Rochdale ringleader …?", or the topic sent on
  // its own, "the rochdale ringleader the tories kept failing to deport" → "Qari Abdul Rauf, a ringleader
  // of …").
  const referent = (earlier: ParsedQuestionOf<"parsed">): string | undefined => {
    const answer = compose(earlier.text, earlier, rank(earlier, context), { maxPassages: 1 });
    if (answer.kind !== "answered") return undefined;
    const [top] = answer.passages;
    if (top.speaker) return top.speaker.name;
    return answeringText(top);
  };
  /** The passage that answered the last of `chain` (read after the ones before it), as the asker saw it first. */
  const answered = (chain: readonly string[]): Passage | undefined => {
    const before = engine.ask(chain.at(-1)!, { earlier: chain.slice(0, -1), maxPassages: 1 });
    return before.kind === "answered" ? before.passages[0] : undefined;
  };
  const engine: Engine = {
    articles: articles.map((a) => ({ id: a.id, title: a.title, bytes: a.bytes, sentences: a.sentences.length })),
    ask(question, askOptions = {}) {
      const maxPassages = askOptions.maxPassages ?? 5;
      let parsed = parseQuestion(question, { earlier: askOptions.earlier ?? [], ...words, referent });
      let ranked = parsed.kind === "parsed" ? rank(parsed, context) : [];
      // A message read as a follow-up is also read alone; alone it is answered instead when that answer
      // is sure (see `verdict`) and surer than the follow-up's: a question that says what it asks after
      // an unrelated one ("why was he released after serving only half of his six year sentence?" after
      // "who is Jayne Senior?") is not pulled off course by words it never meant to carry on.
      // Not one that says it asks the question before it again ("same q for the paper").
      if (parsed.kind === "parsed" && parsed.followsUp !== undefined && !parsed.asksAgain && ranked.length > 0) {
        const alone = parseQuestion(question, words);
        // One word alone ("source?", "what were they asking him to do") says too little to stand.
        const rankedAlone = alone.kind === "parsed" && alone.terms.length >= 2 ? rank(alone, context) : [];
        if (verdict(rankedAlone) === "sure" && answerProbability(rankedAlone) > answerProbability(ranked)) {
          parsed = alone;
          ranked = rankedAlone;
        }
      }
      // The passage that answered the question before, asked for at most once ("why else?" needs it twice).
      let before: { readonly passage: Passage | undefined } | undefined;
      const givenBefore = (chain: readonly string[]) => (before ??= { passage: answered(chain) }).passage;
      // "Who else sat on it?", "anything else he owned up to?": the passage that answered the question
      // before, as the asker saw it first, is not given again.
      if (parsed.kind === "parsed" && parsed.asksMore && parsed.followsUp !== undefined && parsed.followsUp.length > 0) {
        const given = givenBefore(parsed.followsUp);
        if (given) {
          ranked = ranked.filter((r) => r.unit.article.id !== given.articleId || r.unit.sentence.end <= given.start || r.unit.sentence.start >= given.end);
        }
      }
      let answer = compose(question, parsed, ranked, { maxPassages });
      // Two or more separate questions in one message: each is also answered on its own, so that each
      // gets its best passage near the top, after the best passage for the message as a whole (one
      // sentence may answer both: "published on Tuesday", "originally promised by Sajid Javid in 2018").
      if (parsed.kind === "parsed" && parsed.parts.length > 1) {
        const answers = parsed.parts.map((part) => compose(part.text, part, rank(part, context), { maxPassages }));
        answer = mergeAnswers(question, [answer, ...answers], maxPassages) ?? answer;
      }
      // "Why?" after an answer: the passage that answered the question before goes after the next one (why-after.ts).
      if (parsed.kind === "parsed" && asksWhyOfEarlier(parsed) && answer.kind === "answered") {
        const given = givenBefore(parsed.followsUp!);
        if (given) answer = reasonFirst(answer, given);
      }
      if (parsed.kind === "parsed" && parsed.followsUp !== undefined) answer = { ...answer, followsUp: parsed.followsUp };
      if (answer.kind === "answered") answer.passages.forEach(checked);
      // Not answered, in another language in Latin letters: say so rather than that the articles do not cover it.
      else if ((answer.reason === "off-topic" || answer.reason === "no-match") && readsAsForeign(parsed.text, context)) {
        return { ...answer, reason: "not-english", suggestions: [] };
      }
      return answer;
    },
    paragraphs(articleId) {
      const article = byId.get(articleId);
      if (!article) return [];
      return article.paragraphs.filter((p) => !p.furniture && !p.headline).map((p) => checked(plainPassage(article, p.start, p.end)));
    },
    context(articleId, start, end, radius = 2) {
      const article = byId.get(articleId);
      if (!article) return null;
      const quotable = article.sentences.filter((s) => !s.furniture && !s.headline);
      const first = quotable.findIndex((s) => s.end > start);
      const last = quotable.findLastIndex((s) => s.start < end);
      if (first === -1 || last === -1) return null;
      const from = quotable[Math.max(0, first - radius)]!;
      const to = quotable[Math.min(quotable.length - 1, last + radius)]!;
      return checked(plainPassage(article, from.start, to.end));
    },
    sentences: () => units.map((u) => ({ articleId: u.article.id, start: u.sentence.start, end: u.sentence.end, text: u.article.text.slice(u.sentence.start, u.sentence.end) })),
    toJson: (answer) => toJson(answer, (id) => byId.get(id)),
  };
  return engine;
}

type ParsedQuestionOf<K extends ParsedQuestion["kind"]> = Extract<ParsedQuestion, { kind: K }>;

function plainPassage(article: Article, start: number, end: number): Passage {
  return passageAt(article, start, end, article.sentences.find((s) => s.start >= start && s.end <= end && s.speaker)?.speaker ?? null);
}
