/**
 * `npm run ask -- "question"`: one answer, readable. `--json` prints the JSON contract; with `--json`
 * and no question it reads standard input, one question per line, and writes exactly one JSON line
 * per input line, in order, flushing as it goes. `--seeds DIR` picks the corpus.
 * @module
 */
import { createInterface } from "node:readline";
import type { Engine } from "../answers/engine.js";
import { engineOrExit, readOptions } from "./options.js";
import { formatAnswer } from "./format.js";

/** `render()`, or `fallback` after one line on stderr: never a stack trace on stdout, never a missing line. */
function guarded(render: () => string, fallback: string): string {
  try {
    return render();
  } catch (error) {
    process.stderr.write(`ask: internal error on one question (${(error as Error).name})\n`);
    return fallback;
  }
}

/** One JSON line; an internal failure is an unanswered line. */
const answerLine = (engine: Engine, question: string) =>
  guarded(() => JSON.stringify(engine.toJson(engine.ask(question))), JSON.stringify({ question, answered: false, passages: [], reason: "no-match" }));

const readable = (engine: Engine, question: string) =>
  guarded(() => formatAnswer(engine.ask(question), process.stdout.isTTY === true), "Sorry, something went wrong with that question. Please try another.");

const options = readOptions(process.argv.slice(2));
const engine = engineOrExit(options.seeds);
const question = options.positionals.join(" ");

if (question !== "" || !options.json) {
  if (question === "" && process.stdin.isTTY) {
    process.stderr.write('usage: npm run ask -- [--json] [--seeds DIR] "your question"\n');
    process.exit(2);
  }
  process.stdout.write(options.json ? `${answerLine(engine, question)}\n` : `${readable(engine, question)}\n`);
} else {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!process.stdout.write(`${answerLine(engine, line)}\n`)) await new Promise((r) => process.stdout.once("drain", r));
  }
}
