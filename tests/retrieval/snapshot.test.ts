import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp-dir.js";
import { createEngine } from "../../src/answers/engine.js";
import { readCorpus } from "../../src/retrieval/corpus.js";
import type { Article } from "../../src/retrieval/article.js";
import { segment } from "../../src/retrieval/segment.js";
import { segmentWithSnapshot } from "../../src/retrieval/snapshot.js";

const fresh = () => tempDir("snapshot-");

/** A copy of the seeds in a folder of its own, so a test can change an article. */
function seedsCopy(): string {
  const dir = fresh();
  for (const name of readdirSync("seeds")) copyFileSync(join("seeds", name), join(dir, name));
  return dir;
}

/** Everything a reader of a segmented article can observe. */
function observable(articles: readonly Article[]) {
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    paragraphs: a.paragraphs,
    sentences: a.sentences.map((s) => ({ ...s, tokens: s.tokens, entities: s.entities, speaker: s.speaker })),
  }));
}

const QUESTIONS = [
  "how many police forces are investigating grooming gangs",
  "what did kishwer falkner say",
  "why is Qari Abdul Rauf still in Rochdale?",
  "a good pasta recipe?",
  "who wanted rauf deported",
];

describe("ingest snapshot", () => {
  it("GIVEN a second start over the same articles THEN it reads the snapshot and sees exactly what segmenting sees", () => {
    const raws = readCorpus("seeds");
    const dir = fresh();
    expect(segmentWithSnapshot(raws, dir).source).toBe("written");
    const second = segmentWithSnapshot(raws, dir);
    expect(second.source).toBe("read");
    expect(observable(second.articles)).toEqual(observable(raws.map(segment)));
  });

  it("GIVEN an engine started from a snapshot THEN every answer is the same as without one", () => {
    const dir = fresh();
    createEngine({ seedsDir: "seeds", snapshotDir: dir });
    expect(segmentWithSnapshot(readCorpus("seeds"), dir).source, "the first engine left a snapshot to start from").toBe("read");
    const snapshot = createEngine({ seedsDir: "seeds", snapshotDir: dir });
    const plain = createEngine({ seedsDir: "seeds", snapshotDir: null });
    for (const q of QUESTIONS) expect(snapshot.toJson(snapshot.ask(q))).toEqual(plain.toJson(plain.ask(q)));
  });

  it("GIVEN an article edited after the snapshot THEN the edit is what gets quoted", () => {
    const seeds = seedsCopy();
    const dir = fresh();
    createEngine({ seedsDir: seeds, snapshotDir: dir });
    const name = readdirSync(seeds).find((n) => n.endsWith(".txt"))!;
    const text = readFileSync(join(seeds, name), "utf8");
    writeFileSync(join(seeds, name), `${text}\nThe zebra crossing outside the town hall was repainted in purple on Tuesday.\n`);
    // The engine meets the stale snapshot itself.
    const answer = createEngine({ seedsDir: seeds, snapshotDir: dir }).ask("what colour was the zebra crossing repainted");
    expect(answer.kind).toBe("answered");
    if (answer.kind === "answered") expect(answer.passages[0]!.quote).toContain("repainted in purple");
    // It replaced the stale snapshot rather than keeping both.
    expect(readdirSync(dir).filter((n) => n.endsWith(".json"))).toHaveLength(1);
    expect(segmentWithSnapshot(readCorpus(seeds), dir).source).toBe("read");
  });

  it("GIVEN a damaged snapshot THEN it segments afresh and answers as usual", () => {
    const raws = readCorpus("seeds");
    const dir = fresh();
    segmentWithSnapshot(raws, dir);
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), readFileSync(join(dir, name), "utf8").slice(0, 5000));
    const again = segmentWithSnapshot(raws, dir);
    expect(again.source).toBe("written");
    expect(observable(again.articles)).toEqual(observable(raws.map(segment)));
  });

  it("GIVEN a cache folder it cannot create THEN it still starts, without a snapshot", () => {
    const file = join(fresh(), "a-file");
    writeFileSync(file, "");
    const outcome = segmentWithSnapshot(readCorpus("seeds"), join(file, "cache"));
    expect(outcome.source).toBe("segmented");
    expect(outcome.articles).toHaveLength(5);
  });
});
