/**
 * `npm run repl`: ask questions interactively. Commands: :help, :articles, :json, :quit.
 * Works with no token and no network.
 * @module
 */
import { createInterface } from "node:readline";
import { engineOrExit, readOptions } from "./options.js";
import { formatAnswer } from "./format.js";

const HELP = `Ask a question about the articles, e.g. "why is Qari Abdul Rauf still in Rochdale?"
Answers are the articles' own sentences, verbatim, with the speaker and the headline.
  :articles  list the articles      :json  toggle JSON output
  :help      this text              :quit  leave (or Ctrl-D)`;

const options = readOptions(process.argv.slice(2));
const engine = engineOrExit(options.seeds);
const colour = process.stdout.isTTY === true && !process.env["NO_COLOR"];
let json = options.json;

const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "ask> " });
process.stdout.write(`${engine.articles.length} articles loaded. Type :help for help.\n`);
rl.prompt();
rl.on("line", (line) => {
  const input = line.trim();
  if (input === ":quit" || input === ":q" || input === ":exit") return rl.close();
  if (input === ":help") process.stdout.write(`${HELP}\n`);
  else if (input === ":articles") for (const a of engine.articles) process.stdout.write(`  ${a.id}  ${a.title}\n`);
  else if (input === ":json") process.stdout.write(`JSON output ${(json = !json) ? "on" : "off"}\n`);
  else if (input !== "") {
    const answer = engine.ask(input);
    process.stdout.write(`${json ? JSON.stringify(engine.toJson(answer), null, 2) : formatAnswer(answer, colour)}\n`);
  }
  rl.prompt();
});
rl.on("close", () => process.stdout.write("\n"));
