import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp-dir.js";
import { normalise } from "../../src/retrieval/context.js";
import { defaultVectorsPath, loadVectors } from "../../src/retrieval/vectors.js";

const table = loadVectors();

function meaning(...words: string[]): Float32Array {
  const v = new Float32Array(table.dims);
  for (const w of words) table.addTo(v, w);
  return normalise(v);
}

function cosine(a: Float32Array, b: Float32Array): number {
  return a.reduce((sum, x, i) => sum + x * b[i]!, 0);
}

describe("word-vector table", () => {
  it("loads the shipped table from data/", () => {
    expect(defaultVectorsPath().replaceAll("\\", "/")).toMatch(/\/data\/vectors\.bin$/);
    expect(table.size).toBe(40_000);
    expect(table.dims).toBe(100);
  });

  it("puts paraphrases closer than unrelated words", () => {
    expect(cosine(meaning("expelled"), meaning("deported"))).toBeGreaterThan(cosine(meaning("expelled"), meaning("recipe")));
    expect(cosine(meaning("jailed"), meaning("imprisoned"))).toBeGreaterThan(cosine(meaning("jailed"), meaning("football")));
    expect(cosine(meaning("young", "men"), meaning("male"))).toBeGreaterThan(cosine(meaning("young", "men"), meaning("pasta")));
  });

  it("GIVEN its background (English in general) THEN everyday words are closer to it than a news subject's", () => {
    const background = table.background();
    expect(cosine(meaning("good", "weekend", "film"), background)).toBeGreaterThan(cosine(meaning("grooming", "deported", "inquiry"), background));
  });

  it("knows nothing of words outside its vocabulary and adds nothing for them", () => {
    const v = new Float32Array(table.dims);
    expect(table.addTo(v, "qwzxjkvb")).toBe(false);
    expect(v.every((x) => x === 0)).toBe(true);
    expect(table.has("qwzxjkvb")).toBe(false);
    expect(table.has("police")).toBe(true);
  });

  it("gives one clear error naming the file when it is corrupt", () => {
    const dir = tempDir("vectors-");
    const bad = join(dir, "vectors.bin");
    writeFileSync(bad, readFileSync(defaultVectorsPath()).subarray(0, 1000));
    expect(() => loadVectors(bad)).toThrow(new RegExp(`${bad.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}.*sections add up`, "u"));
    expect(() => loadVectors(join(dir, "missing.bin"))).toThrow(/could not be read \(ENOENT\)/u);
  });
});
