/**
 * The cold-start baseline: the equivalent of `node dist/src/cli/ask.js "question"` for the plain BM25
 * baseline. Loads the same seeds, splits them into sentences, builds BM25 and prints the best hits.
 * Usage: node dist/bench/baseline-ask.js [--seeds DIR] "question"
 * @module
 */
import { parseArgs } from "node:util";
import { createBaseline } from "../eval/baseline.js";
import { baselineSentences } from "./baseline-corpus.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seeds: { type: "string" } } });
const question = positionals.join(" ");
if (question.trim() === "") {
  process.stderr.write('usage: node dist/bench/baseline-ask.js [--seeds DIR] "question"\n');
  process.exit(2);
}
const baseline = createBaseline(baselineSentences(values.seeds ?? (process.env["SEEDS_DIR"]?.trim() || "seeds")));
const hits = baseline.search(question, 5);
if (hits.length === 0) process.stdout.write("No matching sentence.\n");
for (const h of hits) process.stdout.write(`> ${h.text}\n  (${h.articleId}, ${h.score.toFixed(2)})\n`);
