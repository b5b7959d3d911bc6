import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp-dir.js";
import { CorpusError, readCorpus } from "../../src/retrieval/corpus.js";
import { segment } from "../../src/retrieval/segment.js";

const articles = readCorpus("seeds").map(segment);

describe("ingest of the seed articles", () => {
  it("GIVEN every paragraph and sentence THEN text.slice(start, end) is the unit, trimmed and non-empty", () => {
    let units = 0;
    for (const a of articles) {
      for (const unit of [...a.paragraphs, ...a.sentences]) {
        const slice = a.text.slice(unit.start, unit.end);
        expect(slice.length).toBeGreaterThan(0);
        expect(slice).toBe(slice.trim());
        units++;
      }
      for (const s of a.sentences) {
        const p = a.paragraphs[s.paragraph]!;
        expect(s.start).toBeGreaterThanOrEqual(p.start);
        expect(s.end).toBeLessThanOrEqual(p.end);
        for (const t of s.tokens) expect(a.text.slice(t.start, t.end)).toBe(t.value);
      }
    }
    expect(units).toBeGreaterThan(200);
  });

  it("GIVEN the five seeds THEN ids are file names and headlines are the first non-empty lines", () => {
    expect(articles.map((a) => a.id)).toEqual(["000_beddbbd999874ca3", "001_5cb935b8835824dc", "002_abd8f4b7c71605a3", "003_e4398af6524d813e", "004_f8de3fdc4398272f"]);
    expect(articles[4]!.title).toBe("Home Office release report on grooming gangs, says high-profile cases involve Pakistani groups");
  });

  it.each([
    "Share.",
    "Exit mobile version",
    "skip past newsletter promotion",
    "Read Entire Article",
    "Please let us know if you're having issues with commenting.",
    "7 hours ago 3",
    "Christopher Furlong/Getty Images",
    "Infrastruktur | | | |",
    "Suella Braverman wants zero tolerance approach to grooming gang deportations – Paul Grover /For The Telegraph",
  ])("GIVEN the page furniture %j THEN it is flagged and never quotable", (line) => {
    const hits = articles.flatMap((a) => a.paragraphs.filter((p) => a.text.slice(p.start, p.end) === line).map((p) => p.furniture));
    expect(hits).toEqual([true]);
  });

  it("GIVEN reporting prose THEN it is not furniture", () => {
    const prose = articles.flatMap((a) => a.paragraphs.filter((p) => !p.furniture && !p.headline));
    expect(prose.length).toBeGreaterThan(100);
    const text = (a: (typeof articles)[number], i: number) => a.text.slice(a.paragraphs[i]!.start, a.paragraphs[i]!.end);
    expect(articles[3]!.paragraphs.some((p, i) => !p.furniture && text(articles[3]!, i).startsWith("More than 800 cases"))).toBe(true);
  });

  it("GIVEN an unseen article with furniture of the same shapes THEN it is recognised by shape", () => {
    const dir = tempDir("seeds-");
    writeFileSync(
      join(dir, "x.txt"),
      "Council approves new budget\n\n2 days ago 12\n\nJane Doe/Reuters\n\nThe council approved the budget on Monday after a long debate.\n\nShare this article\n\nSubscribe | | Menu | |\n",
    );
    const [a] = readCorpus(dir).map(segment);
    const quotable = a!.paragraphs.filter((p) => !p.furniture && !p.headline).map((p) => a!.text.slice(p.start, p.end));
    expect(quotable).toEqual(["The council approved the budget on Monday after a long debate."]);
  });
});

describe("corpus errors", () => {
  it("GIVEN a missing folder THEN one CorpusError names the path", () => {
    expect(() => readCorpus("/nonexistent/articles")).toThrow(CorpusError);
    expect(() => readCorpus("/nonexistent/articles")).toThrow(/\/nonexistent\/articles/);
  });
  it("GIVEN a folder with no .txt THEN the error says so", () => {
    const dir = tempDir("empty-");
    expect(() => readCorpus(dir)).toThrow(/no \.txt articles in/);
  });
  it("GIVEN a file that is not UTF-8 THEN the error names the file", () => {
    const dir = tempDir("bad-");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x0a]));
    expect(() => readCorpus(dir)).toThrow(/bad\.txt is not valid UTF-8/);
  });
});
