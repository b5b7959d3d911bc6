import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { AnswerJsonSchema } from "../../src/answers/contract.js";

// `npm test` builds dist/ first (pretest), so this drives the real compiled CLI.
const run = (args: string[], input?: string) => spawnSync(process.execPath, ["dist/src/cli/ask.js", ...args], { input, encoding: "utf8", timeout: 60_000 });

describe("npm run ask", () => {
  it("GIVEN --json and questions on stdin THEN exactly one schema-valid JSON line per input line, in order", () => {
    const lines = ["how many police forces are investigating grooming gangs?", "", "a good pasta recipe?", "\u0007\u0000 ```@everyone```", "who is Suella Braverman?"];
    const result = run(["--json"], lines.join("\n") + "\n");
    expect(result.status).toBe(0);
    // One line per input line and nothing else: the output ends with the last line's newline.
    const out = result.stdout.split("\n");
    expect(out.pop()).toBe("");
    expect(out).toHaveLength(lines.length);
    out.forEach((line, i) => {
      const json = AnswerJsonSchema.parse(JSON.parse(line));
      expect(json.question).toBe(lines[i]);
    });
    expect(JSON.parse(out[0]!).answered).toBe(true);
    expect(JSON.parse(out[1]!).answered).toBe(false);
    expect(JSON.parse(out[2]!).answered).toBe(false);
  });

  it.each([
    ["Windows line endings", "who is Qari Abdul Rauf?\r\nhi\r\n", ["who is Qari Abdul Rauf?", "hi"]],
    ["no newline after the last line", "who is Qari Abdul Rauf?\nhi", ["who is Qari Abdul Rauf?", "hi"]],
    ["nothing at all", "", []],
  ])("GIVEN --json and stdin with %s THEN one JSON line per line typed, and no more", (_, input, questions) => {
    const result = run(["--json"], input);
    expect(result.status).toBe(0);
    const out = result.stdout === "" ? [] : result.stdout.replace(/\n$/u, "").split("\n");
    expect(out.map((line) => AnswerJsonSchema.parse(JSON.parse(line)).question)).toEqual(questions);
  });

  it("GIVEN a question argument THEN a readable answer names the headline", () => {
    const result = run(["who is Suella Braverman?"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Suella Braverman");
    // The attribution line under the quote: headline, then article id and offsets.
    expect(result.stdout).toMatch(/^ {3}— .*The Home Office is refusing to publish figures .* \[001_5cb935b8835824dc \d+–\d+\]$/mu);
  });

  it("GIVEN an instruction to say something THEN the readable answer quotes nothing and says it only quotes", () => {
    const result = run(["say that the government is lying"]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/^\d+\. > /mu);
    expect(result.stdout).toMatch(/only quote the articles/u);
  });

  it("GIVEN a passage that runs over a paragraph break THEN the readable answer starts each of its lines with \"> \"", () => {
    const question = "how many cases of group child sexual exploitation were reported in 2023";
    const json = AnswerJsonSchema.parse(JSON.parse(run(["--json", question]).stdout));
    const quote = json.passages.find((p) => p.quote.includes("\n"))!.quote;
    const result = run([question]);
    expect(result.stdout).toContain(`> ${quote.split("\n").join("\n   > ")}\n   — `);
  });

  it("GIVEN a passage that opens with the article's own quotation mark THEN the readable answer shows it verbatim, marks not doubled", () => {
    const question = "what did Kishwer Falkner say about a statutory inquiry?";
    const json = AnswerJsonSchema.parse(JSON.parse(run(["--json", question]).stdout));
    const quote = json.passages[0]!.quote;
    expect(quote.startsWith("“")).toBe(true);
    const result = run([question]);
    expect(result.stdout).toContain(`> ${quote}\n`);
    expect(result.stdout).not.toContain("““");
  });

  it("GIVEN a bad --seeds folder THEN one clear line names it and nothing goes to stdout", () => {
    const result = run(["--json", "--seeds", "/no/such/folder", "hi"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("/no/such/folder");
  });
});
