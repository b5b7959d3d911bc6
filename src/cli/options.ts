/**
 * Command-line options shared by `npm run ask` and `npm run repl`.
 * @module
 */
import { parseArgs } from "node:util";
import { createEngine, type Engine } from "../answers/engine.js";
import { CorpusError } from "../retrieval/corpus.js";

export interface CliOptions {
  readonly json: boolean;
  readonly seeds: string | undefined;
  readonly positionals: readonly string[];
}

/** Parse argv; an unknown flag is one clear line on stderr and exit code 2. */
export function readOptions(argv: readonly string[]): CliOptions {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, seeds: { type: "string" } },
    });
    return { json: values.json === true, seeds: values.seeds, positionals };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: ask [--json] [--seeds DIR] ["question"]\n`);
    process.exit(2);
  }
}

/** Build the engine, or print the corpus problem in one line and exit 1. */
export function engineOrExit(seeds: string | undefined): Engine {
  try {
    return createEngine(seeds ? { seedsDir: seeds } : {});
  } catch (error) {
    process.stderr.write(`${error instanceof CorpusError ? error.message : `could not start: ${(error as Error).message}`}\n`);
    process.exit(1);
  }
}
