import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answers/engine.js";
import { readCorpus } from "../../src/retrieval/corpus.js";
import { newReplState, PAGE, replLine } from "../../src/cli/repl-commands.js";
import { loadQuestions } from "../../eval/questions.js";

const engine = createEngine({ seedsDir: "seeds", snapshotDir: null });
const files = new Map(readCorpus("seeds").map((a) => [a.id, a.text]));
const session = () => {
  const state = newReplState();
  return (line: string) => replLine(engine, state, line, false).text;
};
/** The passages of a readable answer: number, quote lines joined, and the [id start–end] reference. */
const passagesIn = (text: string) =>
  [...text.matchAll(/^(\d+)\. > [\s\S]*?\[(\S+) (\d+)–(\d+)\]/gmu)].map((m) => ({ n: Number(m[1]), articleId: m[2]!, start: Number(m[3]), end: Number(m[4]) }));

describe("the REPL's answers", () => {
  // Whichever questions of the set the engine is unsure and sure of: the wording is what is tested here.
  const asked = loadQuestions("eval/questions.json").map((q) => ({ question: q.question, answer: engine.ask(q.question) }));
  const unsure = asked.find((a) => a.answer.kind === "answered" && a.answer.tentative);
  const sure = asked.find((a) => a.answer.kind === "answered" && !a.answer.tentative);

  it("GIVEN a question the engine is unsure of THEN the answer opens by saying the passages may not answer it directly", () => {
    const text = session()(unsure!.question);
    expect(text.split("\n")[0]).toBe("These are the closest passages I found, but they may not answer the question directly.");
    expect(passagesIn(text)[0]?.n).toBe(1);
  });

  it("GIVEN a question the engine is sure of THEN the answer opens with the first passage", () => {
    expect(session()(sure!.question)).toMatch(/^1\. > /u);
  });
});

describe("the REPL's commands", () => {
  it("GIVEN a question then :more THEN further passages are numbered on from the first page and repeat none of it", () => {
    const say = session();
    const first = passagesIn(say("what did Yvette Cooper announce about grooming gangs"));
    expect(first.map((p) => p.n)).toEqual([1, 2, 3, 4, 5].slice(0, first.length));
    expect(first).toHaveLength(PAGE);
    const more = passagesIn(say(":more"));
    expect(more.length).toBeGreaterThan(0);
    expect(more[0]!.n).toBe(PAGE + 1);
    for (const p of more) expect(first.some((f) => f.articleId === p.articleId && f.start < p.end && f.end > p.start)).toBe(false);
  });

  it("GIVEN :context N THEN passage N is shown with the sentences around it, every character from the article", () => {
    const say = session();
    const [, second] = passagesIn(say("how many police forces are investigating grooming gangs?"));
    const out = say(":context 2").split("\n");
    expect(out[0]).toMatch(/^Context from .+ \[\S+ \d+–\d+\]$/u);
    const [, id, from, to] = /\[(\S+) (\d+)–(\d+)\]$/u.exec(out[0]!)!;
    expect(id).toBe(second!.articleId);
    const text = files.get(id!)!;
    expect(Number(from)).toBeLessThan(second!.start);
    // The lines, their marks taken off, are the article's text from `from` to `to` (line breaks aside).
    const shown = out.slice(1).map((l) => l.replace(/^( {5}| {3}> )/u, "")).join(" ");
    const squash = (s: string) => s.replace(/\s+/gu, " ").trim();
    expect(squash(shown)).toBe(squash(text.slice(Number(from), Number(to))));
    // The passage itself is the part marked "> ".
    const marked = out.filter((l) => l.startsWith("   > ")).map((l) => l.slice(5)).join(" ");
    expect(squash(marked)).toBe(squash(text.slice(second!.start, second!.end)));
  });

  it("GIVEN :article N THEN the whole article is printed, paragraph by paragraph, with no page furniture", () => {
    const say = session();
    const [first] = engine.articles;
    const out = say(":article 1");
    expect(out.startsWith(first!.title)).toBe(true);
    for (const p of engine.paragraphs(first!.id)) expect(out).toContain(p.quote);
    expect(out).not.toMatch(/Exit mobile version|Read Entire Article|skip past newsletter promotion/u);
    expect(say(`:article ${first!.id}`)).toBe(out);
  });

  it.each([
    [":context 1", /ask a question first/iu],
    [":more", /ask a question first/iu],
    [":article 99", /from :articles \(1 to 5\)/u],
    [":article", /from :articles/u],
    [":frobnicate", /no command :frobnicate/u],
  ])("GIVEN %j before any question THEN a polite line says what to do", (line, expected) => {
    expect(session()(line)).toMatch(expected);
  });

  it("GIVEN :context with a number no passage has THEN it names the numbers there are", () => {
    const say = session();
    say("who is Suella Braverman?");
    expect(say(":context 42")).toMatch(/from 1 to \d/u);
    expect(say(":context two")).toMatch(/from 1 to \d/u);
  });

  it("GIVEN an unanswered question with suggestions THEN each names its article's id, and :article opens it", () => {
    const say = session();
    const out = say("what did Kishwer Falkner say about Tommy Robinson");
    const ids = [...out.matchAll(/^ {2}• .+ \[(\S+)\]$/gmu)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0);
    const title = engine.articles.find((a) => a.id === ids[0])!.title;
    expect(say(`:article ${ids[0]}`).startsWith(title)).toBe(true);
  });

  it("GIVEN \"help\" without the colon THEN no passages, and a pointer to :help", () => {
    const out = session()("help");
    expect(passagesIn(out)).toEqual([]);
    expect(out).toMatch(/Type :help for the commands\.$/u);
  });

  it("GIVEN a line that only starts with a colon (\":)\") THEN it is read as a question, not a command", () => {
    expect(session()(":)")).toMatch(/could not find a question/u);
  });

  it("GIVEN Discord's slash instead of the colon (/help, /ask Q, /more) THEN the same commands run", () => {
    const say = session();
    expect(say("/help")).toBe(say(":help"));
    const asked = passagesIn(say("/ask what did Yvette Cooper announce about grooming gangs"));
    expect(asked).toHaveLength(PAGE);
    expect(passagesIn(session()("what did Yvette Cooper announce about grooming gangs"))).toEqual(asked);
    expect(passagesIn(say("/more"))[0]?.n).toBe(PAGE + 1);
    expect(say("/ask")).toMatch(/^Type the question after it/u);
    expect(say("/frobnicate")).toBe("There is no command /frobnicate. Type :help for the list.");
  });

  it("GIVEN :json THEN the next answer is the JSON contract and :more extends it", () => {
    const say = session();
    expect(say(":json")).toBe("JSON output on");
    const first = JSON.parse(say("what did Yvette Cooper announce about grooming gangs"));
    const more = JSON.parse(say(":more"));
    expect(more.passages.length).toBeGreaterThan(first.passages.length);
    expect(more.passages.slice(0, first.passages.length)).toEqual(first.passages);
  });

  it("GIVEN a follow-up (\"what did she say?\" after \"who is Jayne Senior?\") THEN it says what it was read with and quotes her", () => {
    const say = session();
    say("who is Jayne Senior?");
    const out = say("what did she say?");
    expect(out.split("\n")[0]).toBe("(Read as a follow-up to “who is Jayne Senior?”.)");
    const shown = passagesIn(out);
    expect(shown.length).toBeGreaterThan(0);
    for (const p of shown) expect(out).toContain(files.get(p.articleId)!.slice(p.start, p.end).split("\n")[0]);
    expect(out).toMatch(/— (?:Mrs |Jayne )?Senior, in /u);
    expect(say("and when?").split("\n")[0]).toBe("(Read as a follow-up to “who is Jayne Senior?”, then “what did she say?”.)");
  });

  it("GIVEN :new between a question and its follow-up THEN the follow-up is read on its own", () => {
    const say = session();
    say("who is Jayne Senior?");
    expect(say(":new")).toMatch(/^Starting afresh/u);
    const out = say("what did she say?");
    expect(out).not.toMatch(/follow-up/u);
    expect(passagesIn(out)).toEqual([]);
  });

  it("GIVEN :more after a follow-up THEN the further passages are the follow-up's, numbered on", () => {
    const say = session();
    say("what did Chris Philp say about deportation?");
    const first = passagesIn(say("and Cooper?"));
    const more = passagesIn(say(":more"));
    const all = engine.ask("and Cooper?", { maxPassages: 2 * PAGE, earlier: ["what did Chris Philp say about deportation?"] });
    expect(all.kind).toBe("answered");
    if (all.kind !== "answered") return;
    expect([...first, ...more].map((p) => `${p.articleId}:${p.start}`)).toEqual(all.passages.map((p) => `${p.articleId}:${p.start}`));
    expect(more[0]?.n).toBe(first.length + 1);
  });

  it("GIVEN the engine fails on a question THEN one polite line, no stack trace, and the next line still works", () => {
    const failing = { ...engine, ask: () => { throw new TypeError("boom at /src/x.ts:1:1"); } };
    const state = newReplState();
    const out = replLine(failing, state, "who is Suella Braverman?", false).text;
    expect(out).toMatch(/^Sorry, something went wrong/u);
    expect(out).not.toMatch(/boom|\.ts:\d/u);
    expect(replLine(engine, state, "who is Suella Braverman?", false).text).toContain("Suella Braverman");
  });
});

describe("npm run repl", () => {
  it("GIVEN no token and questions typed on stdin THEN it answers from the seeds and leaves cleanly on :quit", () => {
    const env = { ...process.env };
    delete env["DISCORD_TOKEN"];
    const result = spawnSync(process.execPath, ["dist/src/cli/repl.js"], {
      input: "who is Suella Braverman?\n:context 1\n:articles\n:quit\nnever read\n",
      encoding: "utf8",
      env,
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("5 articles loaded");
    expect(result.stdout).toContain("Suella Braverman, a former home secretary");
    expect(result.stdout).toContain("Context from ");
    expect(result.stdout).not.toContain("never read");
    expect(result.stderr).not.toMatch(/Error|at .+:\d+:\d+/u);
  });
});
