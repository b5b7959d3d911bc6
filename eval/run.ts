/**
 * `npm run eval`: score the project and the plain BM25 baseline on the same question set, in the
 * same run, per category and overall. Options: `--questions FILE`, `--seeds DIR`, `--split dev|holdout`,
 * `--json FILE` (write the figures), `--misses` (list the questions the project got wrong).
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { createEngine, defaultSeedsDir } from "../src/answers/engine.js";
import { readCorpus } from "../src/retrieval/corpus.js";
import { createBaseline } from "./baseline.js";
import { scoreAnswer, summarise, type QuestionResult, type Summary, type SystemAnswer } from "./metrics.js";
import { baselineQuery, CATEGORIES, earlierOf, loadQuestions, type EvalQuestion } from "./questions.js";

const { values } = parseArgs({
  options: {
    questions: { type: "string", default: "eval/questions.json" },
    seeds: { type: "string" },
    split: { type: "string" },
    json: { type: "string" },
    misses: { type: "boolean", default: false },
    /** Ablation: run without the word-neighbour table, to measure what it adds. */
    "no-neighbours": { type: "boolean", default: false },
  },
});

const seedsDir = values.seeds ?? defaultSeedsDir();
const noNeighbours = { neighbours: () => [], keyOf: () => undefined, size: 0 };
const engine = createEngine(values["no-neighbours"] ? { seedsDir, neighbours: noNeighbours } : { seedsDir });
const baseline = createBaseline(engine.sentences());
/** The article files as read from disk: the independent check that every quote is verbatim. */
const texts = new Map(readCorpus(seedsDir).map((a) => [a.id, a.text]));
const questions = loadQuestions(values.questions).filter((q) => !values.split || q.split === values.split);

function projectAnswer(q: EvalQuestion): SystemAnswer {
  const answer = engine.ask(q.question, { earlier: earlierOf(q) });
  if (answer.kind === "not-answered") return { answered: false, passages: [] };
  if (answer.tentative) tentative.add(q.id);
  return {
    answered: true,
    passages: answer.passages.map((p) => ({ articleId: p.articleId, start: p.start, end: p.end, quote: p.quote, also: p.alsoReportedIn, answering: p.answering })),
  };
}

function baselineAnswer(q: EvalQuestion): SystemAnswer {
  const hits = baseline.search(baselineQuery(q), 5);
  return { answered: hits.length > 0, passages: hits.map((h) => ({ articleId: h.articleId, start: h.start, end: h.end, quote: h.text, also: [] })) };
}

/** Questions whose answer the project marked tentative (see src/answers/answerability.ts). */
const tentative = new Set<string>();
const project = questions.map((q) => scoreAnswer(q, projectAnswer(q), texts));
const base = questions.map((q) => scoreAnswer(q, baselineAnswer(q), texts));

const fmt = (x: number | null) => (x === null ? "   –" : x.toFixed(2).padStart(4));
const COLUMNS = ["acc", "hit@1", "hit@3", "MRR", "abst", "falseAb", "persp", "verbatim"] as const;
function cells(s: Summary): string[] {
  return [s.accuracy, s.hit1, s.hit3, s.mrr, s.abstention, s.falseAbstention, s.perspectives, s.verbatim].map(fmt);
}

const rows: Array<{ label: string; project: Summary; baseline: Summary }> = [];
for (const category of CATEGORIES) {
  const p = project.filter((r) => r.question.category === category);
  if (p.length === 0) continue;
  rows.push({ label: category, project: summarise(p), baseline: summarise(base.filter((r) => r.question.category === category)) });
}
for (const split of ["dev", "holdout"] as const) {
  const p = project.filter((r) => r.question.split === split);
  if (p.length > 0 && !values.split) rows.push({ label: `(${split})`, project: summarise(p), baseline: summarise(base.filter((r) => r.question.split === split)) });
}
rows.push({ label: "OVERALL", project: summarise(project), baseline: summarise(base) });

const header = ["category".padEnd(13), "n".padStart(3), ...COLUMNS.map((c) => c.padStart(6)), "│", ...COLUMNS.map((c) => `b:${c}`.padStart(6))];
console.log(`Question set: ${values.questions} (${questions.length} questions${values.split ? `, ${values.split} split` : ""}); project | BM25 baseline (b:)`);
console.log(header.join(" "));
for (const r of rows) {
  console.log([r.label.padEnd(13), String(r.project.n).padStart(3), ...cells(r.project).map((c) => c.padStart(6)), "│", ...cells(r.baseline).map((c) => c.padStart(6))].join(" "));
}
const overall = rows[rows.length - 1]!;
console.log(`\nOverall accuracy: project ${overall.project.accuracy.toFixed(3)}, baseline ${overall.baseline.accuracy.toFixed(3)} (+${(overall.project.accuracy - overall.baseline.accuracy).toFixed(3)})`);
// A passage may show a sentence or two of context around the sentences that answer (the "But …" that
// qualifies them, the reason that follows); counted by its answering sentences alone:
console.log(`Overall accuracy counting only each passage's answering sentences: project ${overall.project.sentenceAccuracy.toFixed(3)}`);

// Whether "tentative" tells the reader something: of the answers given, how many of the wrong ones (an
// unanswerable question answered, or a wrong passage first) and how many of the right ones carry it.
for (const split of ["dev", "holdout"] as const) {
  const given = project.filter((r) => r.answered && r.question.split === split);
  const right = given.filter((r) => r.question.expect === "answer" && r.rank === 1);
  const wrong = given.filter((r) => !right.includes(r));
  const marked = (rs: readonly QuestionResult[]) => `${rs.filter((r) => tentative.has(r.question.id)).length} of ${rs.length}`;
  if (given.length > 0) console.log(`Marked tentative (${split}): ${marked(wrong)} wrong answers, ${marked(right)} right ones`);
}

if (values.misses) printMisses(project);
if (values.json) {
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), questions: values.questions, rows }, null, 2) + "\n");
}

function printMisses(results: readonly QuestionResult[]): void {
  console.log("\nMisses:");
  for (const r of results) {
    const wrong = r.question.expect === "answer" ? r.rank !== 1 : r.answered;
    if (!wrong) continue;
    const answer = engine.ask(r.question.question, { earlier: earlierOf(r.question) });
    const top = answer.kind === "answered" ? `${answer.passages[0].articleId.slice(0, 3)} ${answer.passages[0].score} ${answer.passages[0].quote.slice(0, 100)}` : `(${answer.reason})`;
    console.log(`- ${r.question.id} [${r.question.split}] rank=${r.rank} ${JSON.stringify(r.question.question.slice(0, 90))}\n    → ${top}`);
  }
}
