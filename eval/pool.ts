/**
 * Pooled judgement of the question set's golds (`node dist/eval/pool.js OUT_DIR [BATCHES]`): for every
 * answerable question, the first passage of the project and of the BM25 baseline, when it holds no gold,
 * is pooled with one gold sentence as a control, shuffled and unlabelled, for judges who see neither the
 * golds nor which system found what (`OUT_DIR/batch-N.json`); `OUT_DIR/key.json` says which is which.
 * A pooled sentence judged to answer its question becomes a further gold; `eval/judged-pool.json` keeps
 * every verdict of the run of 2026-11-22 (README, "Are the golds complete?").
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createEngine, defaultSeedsDir } from "../src/answers/engine.js";
import { readCorpus } from "../src/retrieval/corpus.js";
import { createBaseline, type BaselineSentence } from "./baseline.js";
import { baselineQuery, earlierOf, loadQuestions, overlapsGold, type EvalQuestion } from "./questions.js";

const [outDir, batchArg] = process.argv.slice(2);
if (!outDir) throw new Error("usage: node dist/eval/pool.js OUT_DIR [BATCHES]");
const batches = Math.max(1, Number(batchArg ?? 4));

const seedsDir = defaultSeedsDir();
const engine = createEngine({ seedsDir });
const sentences = engine.sentences();
const baseline = createBaseline(sentences);
const texts = new Map(readCorpus(seedsDir).map((a) => [a.id, a.text]));
const titles = new Map(engine.articles.map((a) => [a.id, a.title]));

/** The sentences a passage [start, end) of an article covers. */
const sentencesOf = (articleId: string, start: number, end: number) => sentences.filter((s) => s.articleId === articleId && s.start < end && s.end > start);

const isGold = (q: EvalQuestion, s: BaselineSentence) => overlapsGold(q, s.articleId, texts.get(s.articleId)!, s.start, s.end);

// A fixed shuffle, so that a rerun pools and labels the same way.
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const shown: unknown[] = [];
const key: unknown[] = [];
for (const q of loadQuestions("eval/questions.json").filter((q) => q.expect === "answer" && q.gold.length > 0)) {
  const pooled = new Map<string, { sentence: BaselineSentence; from: string[] }>();
  const add = (sentence: BaselineSentence, from: string) => {
    const id = `${sentence.articleId}:${sentence.start}`;
    const entry = pooled.get(id) ?? { sentence, from: [] };
    entry.from.push(from);
    pooled.set(id, entry);
  };
  const answer = engine.ask(q.question, { earlier: earlierOf(q) });
  const first = answer.kind === "answered" ? answer.passages[0] : undefined;
  for (const s of first ? sentencesOf(first.articleId, first.start, first.end) : []) if (!isGold(q, s)) add(s, "project");
  const hit = baseline.search(baselineQuery(q), 1)[0];
  for (const s of hit ? sentencesOf(hit.articleId, hit.start, hit.end) : []) if (!isGold(q, s)) add(s, "bm25");
  if (pooled.size === 0) continue;
  const control = sentences.find((s) => isGold(q, s));
  if (control) add(control, "control");
  const list = [...pooled.values()].sort(() => random() - 0.5);
  const label = (i: number) => String.fromCharCode(65 + i);
  shown.push({
    id: q.id,
    question: q.question,
    candidates: list.map(({ sentence: s }, i) => {
      const text = texts.get(s.articleId)!;
      const end = text.indexOf("\n", s.end);
      return { label: label(i), headline: titles.get(s.articleId), sentence: s.text, paragraph: text.slice(text.lastIndexOf("\n", s.start) + 1, end < 0 ? text.length : end) };
    }),
  });
  key.push({ id: q.id, split: q.split, candidates: list.map(({ sentence: s, from }, i) => ({ label: label(i), articleId: s.articleId, start: s.start, end: s.end, text: s.text, from })) });
}
mkdirSync(outDir, { recursive: true });
for (let b = 0; b < batches; b++) writeFileSync(join(outDir, `batch-${b + 1}.json`), JSON.stringify(shown.filter((_, i) => i % batches === b), null, 1));
writeFileSync(join(outDir, "key.json"), JSON.stringify(key, null, 1));
console.log(`${shown.length} questions pooled into ${batches} batches in ${outDir}`);
