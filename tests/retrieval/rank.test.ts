import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildRankContext, FEATURE_AT, loadNeighbours, loadVectors, parseQuestion, parseWords, rank, readCorpus, segment, type RankedUnit } from "../../src/retrieval/index.js";
import { weigh } from "../../src/retrieval/weigh.js";
import { tempDir } from "../temp-dir.js";

const context = buildRankContext(readCorpus("seeds").map(segment), loadNeighbours(), loadVectors());

function top(question: string, n: number): string[] {
  const parsed = parseQuestion(question);
  if (parsed.kind !== "parsed") throw new Error(`expected "${question}" to parse`);
  return rank(parsed, context)
    .slice(0, n)
    .map((r) => r.unit.article.text.slice(r.unit.sentence.start, r.unit.sentence.end));
}

/** The keys `word` of `question` is read as by typo correction. */
function typoKeys(question: string, word: string): string[] {
  const parsed = parseQuestion(question);
  if (parsed.kind !== "parsed") throw new Error("expected a question");
  const term = parsed.terms.find((t) => t.word === word)!;
  return weigh(term, context.index, context.neighbours).alternatives.filter((a) => a.kind === "typo").map((a) => a.key);
}

describe("ranking", () => {
  it("GIVEN a lowercase name and an answer that only says \"he\" THEN that sentence ranks among the first three", () => {
    // "He has been jailed for 13 months." shares no word with the question: only its "he" leads to Robinson.
    expect(top("how long is tommy robinson inside for", 3)).toContain("He has been jailed for 13 months.");
  });

  it("GIVEN a \"who\" question about a deed, not about words THEN quoted speech is not preferred and the sentence of the deed comes first", () => {
    expect(top("who was honoured for her work exposing rotherham", 1)[0]).toMatch(/^The letter came as Jayne Senior, the whistleblower awarded an MBE/u);
  });

  it("GIVEN a \"when did X say …\" question THEN the sentence that dates it outranks X's undated quotes", () => {
    expect(top("when did chris philp say countries like pakistan should lose visas", 1)[0]).toMatch(/^On Sunday night, Chris Philp/u);
  });

  it.each([
    ["what does sara champian think", "sara", "sarah"],
    ["did she say sorry", "sorry", null],
    ["what did chris philip say", "philip", "philp"],
    ["what did kishwar faulkner say", "faulkner", "falkner"],
    // "pasta" sounds like "Post" (Office) but is two letters away from it.
    ["a good pasta recipe?", "pasta", null],
  ])("GIVEN %j THEN %j is heard as the misspelt name %j (only a noun may be one, spelt nearly alike)", (question, word, name) => {
    expect(typoKeys(question, word)).toEqual(name ? [name] : []);
  });

  it.each([
    // One letter written for another that sounds alike, which the tolerant index does not reach.
    ["what did the home offise say", "offise", "offic"],
    ["how many forces has the taskforse found", "taskforse", "taskforc"],
    ["is the ethnisity data any good", "ethnisity", "ethnic"],
    // English words, one letter from a corpus word of the same sound, are no typos for it.
    ["were the victims locked in", "locked", null],
    ["is there any chance of an inquiry", "chance", null],
  ])("GIVEN %j THEN %j is read as the corpus word %j (only a word English does not know is a misspelling)", (question, word, key) => {
    expect(typoKeys(question, word)).toEqual(key ? [key] : []);
  });

  it.each([
    // The same word in another part of speech, which the stemmer keys apart from the articles' form.
    ["how did the home office respond", "respond", ["respons"]],
    ["who was the leader of the cps", "leader", ["leadership"]],
    // A word the articles have is that word alone.
    ["what did the shadow home secretary say", "secretary", []],
  ])("GIVEN %j THEN %j is read as the articles' form %j", (question, word, keys) => {
    expect(typoKeys(question, word)).toEqual(keys);
  });

  it.each([
    ["how meny forces are investigating", "meny", "number"],
    ["wich town was Rauf convicted in", "wich", "fact"],
    ["wy did Cooper want local inquiries", "wy", "reason"],
  ])("GIVEN %j, whose %j is a question word misspelt into no word English or the articles know, THEN it is read as meant (%s)", (question, misspelt, type) => {
    const parsed = parseQuestion(question, parseWords(context));
    if (parsed.kind !== "parsed") throw new Error("expected a question");
    expect(parsed.type).toBe(type);
    expect(parsed.terms.map((t) => t.word)).not.toContain(misspelt);
  });

  it.each([
    ["wasnt rauf a taxi driver or somthing", "somthing"],
    ["what did cooper say abuot the cold cases", "abuot"],
    ["is it realy true rauf is stil in rochdale", "realy"],
    ["becuase of what was he released", "becuase"],
  ])("GIVEN %j, whose %j is a word of grammar misspelt into no word English or the articles know, THEN it is no word to find", (question, misspelt) => {
    const parsed = parseQuestion(question, parseWords(context));
    if (parsed.kind !== "parsed") throw new Error("expected a question");
    expect(parsed.terms.map((t) => t.word)).not.toContain(misspelt);
    expect(parsed.terms.length).toBeGreaterThan(0);
  });

  it.each([
    // A word English knows stays, however close to a word of grammar: "own" (down), "side" (slide), "gave" (have).
    ["did she give her own reasons", "own"],
    ["what did the other side say", "side"],
    ["what figure gave the scale", "gave"],
  ])("GIVEN %j THEN the word %j, which English knows, is not taken for a word of grammar", (question, word) => {
    const parsed = parseQuestion(question, parseWords(context));
    if (parsed.kind !== "parsed") throw new Error("expected a question");
    expect(parsed.text.toLowerCase().split(/\W+/u)).toContain(word);
  });

  it("GIVEN a capitalised word inside the question (\"Ben Stil\") THEN it is taken for a name the articles lack, not a misspelt \"still\"", () => {
    const parsed = parseQuestion("what did Ben Stil say about the inquiry", parseWords(context));
    if (parsed.kind !== "parsed") throw new Error("expected a question");
    expect(parsed.terms.map((t) => t.word)).toContain("stil");
  });

  it("GIVEN \"ive\" THEN it is not respelt as the number \"five\", which would become a figure to find", () => {
    const parsed = parseQuestion("ive read that MPs wrote in, who were they", parseWords(context));
    if (parsed.kind !== "parsed") throw new Error("expected a question");
    expect(parsed.terms.some((t) => t.isNumber)).toBe(false);
  });

  it.each([
    // Words English knows one letter from a question word stay as they are: "now" (how), "way" (why).
    ["how many forces are investigating right now", "now"],
    ["is there any way to reopen old cases", "way"],
  ])("GIVEN %j THEN the word %j, which English knows, is not taken for a question word", (question, word) => {
    const parsed = parseQuestion(question, parseWords(context));
    if (parsed.kind !== "parsed") throw new Error("expected a question");
    expect(parsed.text.split(/\W+/u)).toContain(word);
  });

  it("GIVEN two capitals the articles never write as a word (\"HO\") THEN they are read as the initials of the name the articles spell out", () => {
    expect(top("what did the HO say about the ethnicity of offenders", 1)[0]).toMatch(/the Home Office added\.$/u);
  });

  it("GIVEN initials of a name the headline spells out (\"the HO research\") THEN a sentence of that article need not spell it out again", () => {
    // The Home Office paper's article says "the research said" where the headline says "Home Office".
    expect(top("what does the HO research say about the offenders' ages", 1)[0]).toMatch(/^Grooming gang members are predominantly male and under the age of 30/u);
  });

  it.each([
    // The same letters in lowercase are no initials (in Spanish "ha" is a word).
    ["what did the ho say about the ethnicity of offenders", "ho"],
    ["¿qué ha hecho el gobierno por las víctimas?", "ha"],
    // A word the articles use is that word, not the initials of "Ms Patel".
    ["which MP wrote the letter", "mp"],
  ])("GIVEN %j THEN %j is not read as anyone's initials", (question, word) => {
    const parsed = parseQuestion(question);
    if (parsed.kind !== "parsed") throw new Error("expected a question");
    const term = parsed.terms.find((t) => t.word === word)!;
    expect(weigh(term, context.index, context.neighbours).alternatives.map((a) => a.key)).not.toContain(word.toUpperCase());
  });

  it("GIVEN a misspelt word with one letter written for a sound-alike THEN the first sentence is about the word meant", () => {
    // Unread, "ethnisity" left only "data", and "We are transparent with our data …" came first.
    expect(top("what does the ethnisity data show", 1)[0]).toMatch(/ethnicity/u);
  });

  it.each([
    ["robinson", true],
    ["philp", true],
    ["pakistani", false],
    ["british", false],
    ["home", false],
    // A possessive typed without its apostrophe is still the name's.
    ["raufs", true],
    ["philps", true],
    ["secretarys", false],
  ])("GIVEN the corpus's own writing THEN %j counts as a name: %s", (word, expected) => {
    expect(context.index.isName(word)).toBe(expected);
  });

  it.each([
    ["What did the Home Secretary say?", "secretary", false],
    ["Was the Casey Review published?", "review", false],
    ["What happened in Rotherham?", "rotherham", true],
    ["what did tommy robinson do", "robinson", true],
  ])("GIVEN %j THEN %j weighs as a name: %s, as the corpus writes it (capitals in the question do not decide)", (question, word, expected) => {
    const parsed = parseQuestion(question);
    if (parsed.kind !== "parsed") throw new Error("expected a question");
    const term = parsed.terms.find((t) => t.word === word)!;
    expect(weigh(term, context.index, context.neighbours).term.isName).toBe(expected);
  });
});

describe("figures a \"how many\" question may be answered by", () => {
  const figuresOf = (excerpt: string) => {
    const unit = context.units.find((u) => u.article.text.slice(u.sentence.start, u.sentence.end).includes(excerpt));
    if (!unit) throw new Error(`no sentence has ${excerpt}`);
    return unit.numbers.map((i) => unit.sentence.tokens[i]!.value);
  };

  it.each([
    // A count, in digits or in words, stays one.
    ["around 4,000 involved more than one perpetrator", ["115,000", "4,000", "one"]],
    ["was among nine Asian men found guilty", ["five", "nine"]],
    // Dates and lengths of time answer "when" and "how long", not "how many".
    ["In 2012, Sir Keir Starmer was forced to admit", []],
    ["released in November 2014 after serving just two years and six months", []],
    // An ordinal ranks; "one of" picks out; "one" may stand for a person.
    ["for the first time to collect ethnicity and nationality data", []],
    ["remains one of the biggest stains on our country", []],
    ["is one of the most horrific crimes", []],
  ])("GIVEN the sentence with %j THEN its figures include %j, and there are none when that is empty", (excerpt, figures) => {
    const found = figuresOf(excerpt);
    expect(found).toEqual(expect.arrayContaining(figures));
    if (figures.length === 0) expect(found).toEqual([]);
  });
});

describe("meaning similarity", () => {
  const semanticOf = (question: string, excerpt: string): number => {
    const parsed = parseQuestion(question);
    if (parsed.kind !== "parsed") throw new Error(`expected "${question}" to parse`);
    const hit = rank(parsed, context).find((r) => r.unit.article.text.slice(r.unit.sentence.start, r.unit.sentence.end).includes(excerpt));
    if (!hit) throw new Error(`"${excerpt}" is not a candidate for "${question}"`);
    return hit.features[FEATURE_AT.semantic]!;
  };

  it.each([
    // A number has no meaning vector: the similarity of "figure" alone speaks for part of the question.
    ["the figure", "and the 1100 figure?", "with the figure expected to rise above 1,000"],
    ["how long was he in jail", "how long was he in jail after 2012", "Rauf was sentenced to six years in jail"],
  ])("GIVEN %j and %j, which adds a number, THEN the meaning similarity of the sentence with %j counts for less", (plain, withNumber, excerpt) => {
    const full = semanticOf(plain, excerpt);
    const part = semanticOf(withNumber, excerpt);
    expect(full).toBeGreaterThan(0);
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(full);
  });
});

describe("a hyphenated word", () => {
  it("GIVEN a question with one part of a hyphenated word (\"party\" of \"cross-party\") THEN the sentence that has it matches that word as written", () => {
    const parsed = parseQuestion("which party group wrote to the home office");
    if (parsed.kind !== "parsed") throw new Error("expected a question");
    const party = parsed.terms.findIndex((t) => t.word === "party");
    const crossParty = rank(parsed, context).find((r) => r.unit.article.text.slice(r.unit.sentence.start, r.unit.sentence.end).includes("the cross-party group"));
    expect(crossParty?.literal[party]).toBe(true);
  });
});

/** Rank `question` over one article of the given lines (headline first), written to a fresh folder. */
function rankInArticle(lines: readonly string[], question: string): RankedUnit[] {
  const dir = tempDir("article-");
  writeFileSync(join(dir, "article.txt"), `${lines.join("\n")}\n`);
  const parsed = parseQuestion(question);
  if (parsed.kind !== "parsed") throw new Error(`expected "${question}" to parse`);
  return rank(parsed, buildRankContext(readCorpus(dir).map(segment), loadNeighbours(), loadVectors()));
}

const sentenceOf = (r: RankedUnit) => r.unit.article.text.slice(r.unit.sentence.start, r.unit.sentence.end);

describe("a part of a figure given in the sentence before (\"Of those, …\")", () => {
  const article = [
    "Council counts noise complaints",
    "",
    "The council recorded 5,000 noise complaints across the borough last year, a spokesman said.",
    "Of those, around 900 involved parties in flats.",
    "There were 700 complaints about the market in 2023.",
  ];

  it("GIVEN a question for how many of what the figure before counted THEN the sentence of the part comes first, though it does not name them again", () => {
    expect(sentenceOf(rankInArticle(article, "how many complaints were about parties")[0]!)).toBe("Of those, around 900 involved parties in flats.");
  });

  it("GIVEN the same question in a related word (\"grievances\") THEN the part's sentence has it as a related word of what the figure before counted", () => {
    const part = rankInArticle(article, "how many grievances were about parties").find((r) => sentenceOf(r).startsWith("Of those"));
    expect(part?.features[FEATURE_AT.neighbour]).toBeGreaterThan(0);
  });
});

describe("a choice between names (\"the Greens or the Liberals\")", () => {
  const article = [
    "Councils vote on roads",
    "",
    "The Greens and the Liberals voted against the roads budget in March.",
    "The Liberals voted against the roads budget in March.",
    "The Greens voted against the roads budget in March.",
  ];
  const matchedOf = (question: string) => {
    const ranked = rankInArticle(article, question);
    const of = (start: string) => ranked.find((r) => sentenceOf(r).startsWith(start))!.features[FEATURE_AT.matched]!;
    return { both: of("The Greens and"), one: Math.max(of("The Liberals voted"), of("The Greens voted")) };
  };

  it("GIVEN a question that offers a choice of two names THEN a sentence that names both meets it no better than one that names a side", () => {
    const { both, one } = matchedOf("did the greens or the liberals vote against the roads budget");
    expect(both).toBeCloseTo(one, 6);
  });

  it("GIVEN a question about both names together THEN a sentence that names both meets more of it", () => {
    const { both, one } = matchedOf("did the greens and the liberals vote against the roads budget");
    expect(both).toBeGreaterThan(one);
  });
});

describe("what someone named said", () => {
  const article = [
    "Council row over roads",
    "",
    "Jane Smith, then council leader, ordered the roads to be resurfaced in 2019.",
    "Jane Smith said the roads budget had been spent well.",
    "“We will fix every road in the borough,” Jane Smith added.",
    "The new law covers the roads of the borough.",
  ];
  const typeMissOf = (question: string, start: string) =>
    rankInArticle(article, question).find((r) => sentenceOf(r).startsWith(start))!.features[FEATURE_AT.typeMiss];

  it("GIVEN a question for what a named person said THEN a sentence that neither quotes her nor reports anyone's words is not the kind of answer asked for", () => {
    expect(typeMissOf("what did Jane Smith say about the roads", "Jane Smith, then")).toBe(1);
  });

  it.each([
    ["what did Jane Smith say about the roads", "Jane Smith said"],
    ["what did Jane Smith say about the roads", "“We will fix"],
    // Whose words "the law" would be the articles do not say: no sentence is turned away for it.
    ["what does the law say about the roads", "The new law"],
  ])("GIVEN %j THEN the sentence opening %j is not turned away as no one's words", (question, start) => {
    expect(typeMissOf(question, start)).toBe(0);
  });
});
