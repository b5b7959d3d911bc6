/**
 * `npm run repl`: ask questions interactively (see repl-commands.ts for the commands).
 * Works with no token and no network.
 * @module
 */
import { createInterface } from "node:readline";
import { engineOrExit, readOptions } from "./options.js";
import { newReplState, replLine } from "./repl-commands.js";

const options = readOptions(process.argv.slice(2));
const engine = engineOrExit(options.seeds);
const colour = process.stdout.isTTY === true && !process.env["NO_COLOR"];
const state = newReplState(options.json);

const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "ask> " });
process.stdout.write(`${engine.articles.length} articles loaded. Type :help for help.\n`);
rl.prompt();
rl.on("line", (line) => {
  const { text, quit } = replLine(engine, state, line, colour);
  if (quit) return rl.close();
  if (text !== "") process.stdout.write(`${text}\n`);
  rl.prompt();
});
rl.on("close", () => process.stdout.write("\n"));
