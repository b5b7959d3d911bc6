/**
 * Reading a folder of `.txt` articles. The article id is the file name without `.txt`;
 * the headline is the first non-empty line. Any problem is one error that names the path.
 * @module
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";

/** An article file as read: its exact text (UTF-8 decoded, nothing normalised). */
export interface RawArticle {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly bytes: number;
}

/** A corpus folder that cannot be used; the message names the path and what is wrong with it. */
export class CorpusError extends Error {
  override readonly name = "CorpusError";
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Read every `*.txt` file of `dir`, sorted by name.
 * @throws CorpusError if the folder is missing, holds no `.txt` file, or a file is unreadable, empty or not UTF-8.
 */
export function readCorpus(dir: string): RawArticle[] {
  const root = resolve(dir);
  let names: string[];
  try {
    if (!statSync(root).isDirectory()) throw new CorpusError(`corpus: expected a folder of .txt articles at ${root}, found a file`, root);
    names = readdirSync(root).filter((n) => n.endsWith(".txt")).sort();
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new CorpusError(`corpus: cannot read the article folder ${root} (${(error as NodeJS.ErrnoException).code ?? "error"})`, root, { cause: error });
  }
  if (names.length === 0) throw new CorpusError(`corpus: no .txt articles in ${root}`, root);
  return names.map((name) => readArticle(join(root, name)));
}

function readArticle(path: string): RawArticle {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CorpusError(`corpus: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`, path, { cause: error });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    throw new CorpusError(`corpus: ${path} is not valid UTF-8 text`, path, { cause: error });
  }
  if (text.trim() === "") throw new CorpusError(`corpus: ${path} is empty`, path);
  return { id: basename(path, ".txt"), path, text, bytes: bytes.length };
}
