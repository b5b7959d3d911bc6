import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp-dir.js";
import { defaultNeighboursPath, loadNeighbours, type NeighbourTable } from "../../src/retrieval/neighbours.js";

const table: NeighbourTable = loadNeighbours();

function names(word: string): string[] {
  return table.neighbours(word).map((n) => n.lemma);
}

/** True when `a` lists one of `bs` or one of `bs` lists `a`. */
function related(a: string, bs: readonly string[]): boolean {
  return bs.some((b) => names(a).includes(b) || names(b).includes(a));
}

describe("word-neighbour table", () => {
  it("loads from the default path next to package.json", () => {
    expect(defaultNeighboursPath().replaceAll("\\", "/")).toMatch(/\/data\/neighbours\.bin$/);
    expect(table.size).toBeGreaterThan(30_000);
  });

  it("keeps every list sorted by similarity in (0, 1], free of the word itself and of duplicates", () => {
    for (const word of ["jail", "child", "minister", "release", "abuse", "number", "police"]) {
      const list = table.neighbours(word);
      expect(list.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      let previous = 1;
      for (const n of list) {
        expect(n.lemma).not.toBe(word);
        expect(seen.has(n.lemma)).toBe(false);
        seen.add(n.lemma);
        expect(n.similarity).toBeGreaterThan(0);
        expect(n.similarity).toBeLessThanOrEqual(previous);
        previous = n.similarity;
      }
    }
  });

  it("lists only words that are themselves keys, so expansions can be expanded again", () => {
    const found = table.neighbours("deport");
    expect(found.length).toBeGreaterThan(0);
    for (const n of found) expect(table.keyOf(n.lemma)).toBe(n.lemma);
  });

  it("resolves inflected and capitalised forms to their lemma", () => {
    expect(table.keyOf("kids")).toBe("kid");
    expect(table.keyOf("Jailed")).toBe("jail");
    expect(table.neighbours("children")).toEqual(table.neighbours("child"));
  });

  it("knows nothing of stop words and unknown strings", () => {
    for (const word of ["the", "and", "was", "", "zzqxj", "3"]) expect(table.neighbours(word)).toEqual([]);
    expect(table.keyOf("the")).toBeUndefined();
  });

  it("relates the paraphrases a reader would expect", () => {
    expect(related("deport", ["expel", "extradite", "deportation"])).toBe(true);
    expect(related("expel", ["deport", "expulsion"])).toBe(true);
    expect(related("jail", ["prison", "imprison"])).toBe(true);
    expect(related("child", ["kid"])).toBe(true);
    expect(related("inquiry", ["investigation", "probe"])).toBe(true);
    expect(related("migrant", ["immigrant"])).toBe(true);
    expect(related("spokesman", ["spokeswoman", "spokesperson"])).toBe(true);
    expect(related("visa", ["passport"])).toBe(true);
  });

  it("fails with one clear error naming the path when the file is missing", () => {
    const missing = join(tmpdir(), "no-such-dir", "neighbours.bin");
    expect(() => loadNeighbours(missing)).toThrow(
      `retrieval: expected word-neighbour table at ${missing}, but it could not be read (ENOENT)`,
    );
  });

  it("fails with one clear error naming the path when the file is corrupt", () => {
    const dir = tempDir("neighbours-");
    const good = readFileSync(defaultNeighboursPath());

    const truncated = join(dir, "truncated.bin");
    writeFileSync(truncated, good.subarray(0, good.length - 7));
    expect(() => loadNeighbours(truncated)).toThrow(`retrieval: expected word-neighbour table at ${truncated}, but`);

    const garbage = join(dir, "garbage.bin");
    writeFileSync(garbage, Buffer.from("not a neighbour table at all, just text"));
    expect(() => loadNeighbours(garbage)).toThrow(/magic number/);

    const badIndex = join(dir, "bad-index.bin");
    const copy = Buffer.from(good);
    const keyCount = copy.readUInt32LE(8);
    const total = copy.readUInt32LE(16);
    const pad4 = (n: number) => (n + 3) & ~3;
    const indexAt = 32 + pad4(copy.readUInt32LE(20)) + pad4(copy.readUInt32LE(24)) + pad4(keyCount);
    expect(total).toBeGreaterThan(0);
    copy.writeUInt16LE(0xffff, indexAt);
    writeFileSync(badIndex, copy);
    expect(() => loadNeighbours(badIndex)).toThrow(`retrieval: expected word-neighbour table at ${badIndex}, but`);

    const empty = join(dir, "empty.bin");
    writeFileSync(empty, Buffer.alloc(0));
    expect(() => loadNeighbours(empty)).toThrow(`at ${empty}, but it is only 0 bytes long`);
  });
});
