/** The renderer keeps every Discord limit and every quote verbatim: longest passages, long questions, markdown. */
import { describe, expect, it } from "vitest";
import type { Answer, Passage, Span } from "../../src/answers/answer.js";
import { quoteAt, type QuotableArticle } from "../../src/answers/quote.js";
import { articleChoices } from "../../src/bot/commands/article.js";
import { createQuestionStore } from "../../src/bot/question-store.js";
import { decodeAction, encodeAction } from "../../src/bot/render/custom-ids.js";
import { renderQuote, unrenderQuote } from "../../src/bot/render/escape.js";
import { LIMITS, limitViolations } from "../../src/bot/render/limits.js";
import { pack } from "../../src/bot/render/pack.js";
import { questionTitle } from "../../src/bot/render/question-title.js";
import { renderAnswer } from "../../src/bot/render/render-answer.js";
import { articlePages, renderArticlePage } from "../../src/bot/render/render-articles.js";
import type { Reply } from "../../src/bot/render/reply.js";
import { quoteBlocks, realEngine, SEED_TEXT } from "./helpers.js";

function passage(article: QuotableArticle & { title: string }, start: number, end: number, highlights: Span[] = [], extra: Partial<Passage> = {}): Passage {
  return { quote: quoteAt(article, start, end), articleId: article.id, title: article.title, start, end, score: 1, speaker: null, highlights, answering: [start, end], alsoReportedIn: [], ...extra };
}

const answered = (question: string, passages: Passage[], tentative = false): Answer => ({ kind: "answered", question, passages: passages as unknown as [Passage, ...Passage[]], tentative });

function expectFits(reply: Reply): void {
  for (const m of reply) expect(limitViolations(m)).toEqual([]);
}

/** All quote text a reply shows, in order, with pieces of one split quote joined back together. */
function shownText(reply: Reply): string {
  return reply
    .flatMap((m) => m.embeds)
    .flatMap((e) => quoteBlocks(e.description ?? ""))
    .map((b) => b.text)
    .join("");
}

const seedArticles = [...SEED_TEXT].map(([id, text]) => ({ id, text, title: realEngine().articles.find((a) => a.id === id)!.title }));

describe("renderQuote", () => {
  it("GIVEN markdown in the article THEN it is escaped, bold lands on the highlight, and the words come back exactly", () => {
    const text = "Mr *Smith* said: __2024__ was `bad` ~~really~~ ||hidden|| \\o/\n# Not a heading\n- not a list\n1. nor this [x](http://y)";
    const article = { id: "x", text };
    const hl: Span[] = [[text.indexOf("2024"), text.indexOf("2024") + 4], [text.indexOf("Not"), text.indexOf("heading") + 7]];
    const rendered = renderQuote(quoteAt(article, 0, text.length), 0, hl);
    expect(rendered).toContain("**2024**");
    expect(rendered).toContain("**Not a heading**");
    expect(rendered).not.toMatch(/(?<!\\)\*Smith/);
    for (const line of rendered.split("\n")) expect(line.startsWith("> ")).toBe(true);
    expect(unrenderQuote(rendered)).toBe(text);
  });

  it("GIVEN a highlight with edge spaces or across a line break THEN bold markers hug the words", () => {
    const text = "one two\nthree four";
    const rendered = renderQuote(text, 100, [[103, 113]]);
    expect(rendered).toBe("> one **two**\n> **three** four");
    expect(unrenderQuote(rendered)).toBe(text);
  });
});

describe("renderAnswer footer", () => {
  const engine = realEngine();
  const [para] = engine.paragraphs(engine.articles[0]!.id);
  it("GIVEN a highlighted passage THEN the footer says what bold marks", () => {
    const reply = renderAnswer(answered("q?", [{ ...para!, highlights: [[para!.start, para!.start + 3]] }]), { from: 0, moreRef: null });
    expect(reply[0].embeds.at(-1)?.footer?.text).toBe("Verbatim quotes from the articles, word for word · bold marks the words that answer");
  });

  it("GIVEN no highlight on the page THEN the footer does not mention bold", () => {
    const reply = renderAnswer(answered("q?", [{ ...para!, highlights: [] }]), { from: 0, moreRef: null });
    expect(reply[0].embeds.at(-1)?.footer?.text).toBe("Verbatim quotes from the articles, word for word");
  });
});

describe("renderAnswer on an uncertain answer", () => {
  const engine = realEngine();
  const [para] = engine.paragraphs(engine.articles[0]!.id);
  it("GIVEN a tentative answer THEN it opens by saying the passages may not answer directly, and the quote still follows verbatim", () => {
    const reply = renderAnswer(answered("q?", [para!], true), { from: 0, moreRef: null });
    const description = reply[0].embeds[0]!.description ?? "";
    expect(description.startsWith("*These are the closest passages I found, but they may not answer the question directly.*")).toBe(true);
    expect(shownText(reply)).toBe(para!.quote);
  });

  it("GIVEN a sure answer THEN the reply opens with the quote itself", () => {
    const reply = renderAnswer(answered("q?", [para!], false), { from: 0, moreRef: null });
    expect(reply[0].embeds[0]!.description?.startsWith("> ")).toBe(true);
  });
});

describe("renderAnswer on a follow-up", () => {
  const engine = realEngine();
  const [para] = engine.paragraphs(engine.articles[0]!.id);
  it("GIVEN a follow-up THEN it opens by naming the earlier question, escaped and pinging no one, and the quote follows verbatim", () => {
    const earlier = "**who** is <@123456789012345678> and @everyone's _Jayne Senior_?";
    const reply = renderAnswer({ ...answered("what did she say?", [para!], true), followsUp: [earlier] }, { from: 0, moreRef: null });
    const [first, second] = (reply[0].embeds[0]!.description ?? "").split("\n").filter((line) => line !== "");
    expect(first).toBe("*Read as a follow-up to “\\*\\*who\\*\\* is <\u200b@123456789012345678> and @\u200beveryone's \\_Jayne Senior\\_?”*");
    expect(second).toMatch(/^\*These are the closest passages/u);
    expect(shownText(reply)).toBe(para!.quote);
    expectFits(reply);
  });

  it("GIVEN a follow-up the articles do not answer THEN the notice names the earlier question too", () => {
    const reply = renderAnswer({ kind: "not-answered", question: "how old is he?", reason: "no-match", suggestions: [], followsUp: ["who is Rauf?", "when was he released?"] }, { from: 0, moreRef: null });
    expect(reply[0].embeds[0]!.description).toMatch(/^\*Read as a follow-up to “who is Rauf\?”, then “when was he released\?”\*\n/u);
  });
});

describe("renderAnswer limits", () => {
  it("GIVEN the five longest paragraphs of the seeds with highlights THEN one message fits every limit, verbatim", () => {
    const engine = realEngine();
    const paras = engine.articles.flatMap((a) => engine.paragraphs(a.id)).sort((x, y) => y.quote.length - x.quote.length).slice(0, 6);
    const withHl = paras.map((p) => ({ ...p, highlights: [[p.start, p.start + 5]] as Span[], alsoReportedIn: [{ articleId: "002_abd8f4b7c71605a3", title: "MPs Call for Action", start: 0, end: 3 }] }));
    const reply = renderAnswer(answered("x".repeat(500), withHl), { from: 0, moreRef: "q:x" });
    expectFits(reply);
    expect(reply).toHaveLength(1);
    const blocks = reply[0].embeds.flatMap((e) => quoteBlocks(e.description ?? ""));
    expect(blocks.map((b) => b.text)).toEqual(withHl.slice(0, 5).map((p) => p.quote));
    expect(reply[0].embeds[0]?.description).toContain("Also reported in *MPs Call for Action*");
    expect(reply[0].components[0]?.components.map((b) => b.label)).toEqual(["More passages", "Show context"]);
  });

  it("GIVEN a single 12,000-character sentence THEN it is split at word boundaries across embeds, never cut, every limit kept", () => {
    const words = Array.from({ length: 2400 }, (_, i) => (i % 7 === 0 ? "*bold*" : `w${i}`)).join(" ");
    const article = { id: "long", title: "A very long article", text: `${words}.` };
    const p = passage(article, 0, article.text.length, [[10, 400], [5000, 5100]]);
    const reply = renderAnswer(answered("long?", [p, p, p]), { from: 0, moreRef: null });
    expectFits(reply);
    expect(reply.length).toBeGreaterThan(1);
    expect(shownText(reply)).toBe(article.text.repeat(3));
    for (const e of reply.flatMap((m) => m.embeds)) expect(e.description ?? "").not.toMatch(/…/);
  }, 20_000);

  it("GIVEN one 5,000-character word with no spaces THEN it is still shown whole, split only at character boundaries", () => {
    const article = { id: "w", title: "W", text: "😀".repeat(2500) };
    const reply = renderAnswer(answered("w", [passage(article, 0, article.text.length)]), { from: 0, moreRef: null });
    expectFits(reply);
    expect(shownText(reply)).toBe(article.text);
  }, 20_000);

  it("GIVEN a 500-character question full of markdown and mentions THEN the title stays under 256 and defused", () => {
    const q = "@everyone <@123456789012345678> **bold** ".repeat(13).slice(0, 500);
    const title = questionTitle(q);
    expect(title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(title).not.toMatch(/@everyone|<@\d/);
    const reply = renderAnswer({ kind: "not-answered", question: q, reason: "off-topic", suggestions: [{ articleId: "a", title: "T" }] }, { from: 0, moreRef: null });
    expectFits(reply);
  });

  it("GIVEN many pieces THEN pack breaks between pieces only and keeps 10 embeds, 4,096 and 6,000", () => {
    const pieces = Array.from({ length: 60 }, (_, i) => `${String(i).padStart(2, "0")}:${"y".repeat(997)}`);
    const reply = pack({ title: "t", pieces, footer: "f", color: 0 });
    expectFits(reply);
    const joined = reply.flatMap((m) => m.embeds).flatMap((e) => (e.description ?? "").split("\n\n"));
    expect(joined).toEqual(pieces);
  });
});

describe("custom ids and the question store", () => {
  it("round-trips every action within 100 characters", () => {
    for (const a of [
      { kind: "more", offset: 5, ref: "q:what did the Casey review recommend?" },
      { kind: "context", articleId: "003_e4398af6524d813e", start: 368, end: 623 },
      { kind: "page", articleId: "003_e4398af6524d813e", page: 2 },
    ] as const) {
      const id = encodeAction(a)!;
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeAction(id)).toEqual(a);
    }
    expect(decodeAction("nonsense|1")).toBeNull();
  });

  it("keeps short questions inline and long ones behind a key", () => {
    const store = createQuestionStore();
    const long = "why ".repeat(100);
    expect(store.recall(store.remember("short | question"))).toEqual({ question: "short | question", earlier: [] });
    const ref = store.remember(long);
    expect(ref.length).toBeLessThan(20);
    expect(store.recall(ref)).toEqual({ question: long, earlier: [] });
    expect(store.recall("k:zzzz")).toBeNull();
  });

  it("keeps a follow-up with the questions it was read with, however short", () => {
    const store = createQuestionStore();
    const ref = store.remember("and when?", ["why was Rauf released?"]);
    expect(ref.length).toBeLessThan(20);
    expect(store.recall(ref)).toEqual({ question: "and when?", earlier: ["why was Rauf released?"] });
  });
});

describe("/article pages and autocomplete", () => {
  it("pages every paragraph of every seed, in order, within the limits", () => {
    const engine = realEngine();
    for (const a of engine.articles) {
      const paras = engine.paragraphs(a.id);
      const pages = articlePages(a, paras);
      const replies = pages.map((_, i) => renderArticlePage(a, paras, i));
      replies.forEach(expectFits);
      const shown = replies.map(shownText).join("");
      expect(shown).toBe(paras.filter((p, i) => !(i === 0 && p.quote.trim() === a.title.trim())).map((p) => p.quote).join(""));
    }
  });

  it("offers at most 25 choices with names of at most 100 characters", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `id_${i}`, title: `A headline that goes on and on ${"and on ".repeat(20)}${i}`, bytes: 1, sentences: 1 }));
    const choices = articleChoices(many, "");
    expect(choices).toHaveLength(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(articleChoices(seedArticles.map((a) => ({ ...a, bytes: 1, sentences: 1 })), "pakistani").length).toBeGreaterThan(0);
  });
});
