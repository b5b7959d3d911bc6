import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { AnswerJsonSchema } from "../../src/answers/contract.js";

// `npm test` builds dist/ first (pretest), so this drives the real compiled CLI.
const run = (args: string[], input?: string) => spawnSync(process.execPath, ["dist/src/cli/ask.js", ...args], { input, encoding: "utf8", timeout: 60_000 });

describe("npm run ask", () => {
  it("GIVEN --json and questions on stdin THEN exactly one schema-valid JSON line per input line, in order", () => {
    const lines = ["how many police forces are investigating grooming gangs?", "", "a good pasta recipe?", "\u0007\u0000 ```@everyone```", "who is Kishwer Falkner?"];
    const result = run(["--json"], lines.join("\n") + "\n");
    expect(result.status).toBe(0);
    const out = result.stdout.trimEnd().split("\n");
    expect(out).toHaveLength(lines.length);
    out.forEach((line, i) => {
      const json = AnswerJsonSchema.parse(JSON.parse(line));
      expect(json.question).toBe(lines[i]);
    });
    expect(JSON.parse(out[0]!).answered).toBe(true);
    expect(JSON.parse(out[1]!).answered).toBe(false);
    expect(JSON.parse(out[2]!).answered).toBe(false);
  });

  it("GIVEN a question argument THEN a readable answer names the headline", () => {
    const result = run(["who is Kishwer Falkner?"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Kishwer Falkner");
    expect(result.stdout).toContain("Shadow Home Secretary has called for all grooming gang members to be deported");
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
