import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/retrieval/corpus.js";
import { segment } from "../../src/retrieval/segment.js";
import { sameSpeakerName } from "../../src/retrieval/speakers.js";
import { tempDir } from "../temp-dir.js";

const articles = readCorpus("seeds").map(segment);

function speakerOf(fragment: string): string | null | undefined {
  for (const a of articles) {
    const s = a.sentences.find((x) => a.text.slice(x.start, x.end).includes(fragment));
    if (s) {
      if (s.speaker) expect(a.text.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.name);
      return s.speaker?.name ?? null;
    }
  }
  return undefined;
}

describe("speakers", () => {
  it.each([
    // attribution before the quote, titles dropped
    ["there must be no soft approach” to dual nationals", "Chris Philp"],
    // a quote running over several paragraphs, each opening with “ and no attribution of its own
    ["All eligible rape gang convicts must be sent back", "Chris Philp"],
    ["takes these criminals back", "Chris Philp"],
    // "She said:" resolved to the last person named as a subject
    ["white British people will form the majority of abusers", "Kishwer Falkner"],
    ["there does appear to be a distinctive Pakistani problem", "Kishwer Falkner"],
    // "She … said" after a list of places ("in Greater Manchester, West and South Yorkshire"): still the person
    ["blindness, ignorance, prejudice, defensiveness", "Lady Casey"],
    ["effective local inquiries can delve into far more local detail", "Ms Cooper"],
    ["We need to have a zero tolerance approach", "Suella Braverman"],
    ["It is completely unforgivable that under the Tories", "A Home Office source"],
    ["We are transparent with our data", "A Home Office spokesperson"],
    ["Despite these commonalities, we are not aware of any research", "The MPs"],
    ["We believe the Government should commission research", "the group"],
    ["I naively believed that this issue would be resourced", "Jayne Senior"],
    ["I thought we’d have a blank piece of paper", "Mrs Senior"],
    // attribution after the quote
    ["we cannot and must not shy away from these findings", "Cooper"],
    ["It is difficult to draw conclusions about the ethnicity of offenders", "the Home Office"],
    ["The government needs to promote a shift in focus", "Sarah Champion"],
    ["biggest stains on our country’s conscience", "Priti Patel"],
    ["As you would expect, the Government explores all avenues", "A Home Office source"],
    // the subject that opens the sentence, however far into it the quote comes
    ["restore the public’s confidence in the criminal justice system", "Ms Patel"],
    ["links between ethnicity and this form of offending", "The paper"],
    ["a “potential for bias and inaccuracies”", "The document"],
    // a subject that opens the sentence with a preposition or a relative clause in it
    ["gangs “come from diverse backgrounds”", "Evidence from police forces"],
    ["distance themselves from victims by “othering” them", "Police who have investigated cases"],
    // "“…,” it added" right after "The paper said …": "it" is the document just heard from, and the
    // whole-paragraph quote after it goes on in its voice
    ["are most commonly white", "The paper"],
    ["Some studies suggest an over-representation of black and Asian offenders", "The paper"],
    ["it is not possible to conclude that this is representative", "The paper"],
    // "“…,” she added. “They need …": a quote opening the next sentence, and the paragraph it runs into
    ["They need to closely monitor the effectiveness of local safeguarding", "Sarah Champion"],
    ["I want to see a nationally recognised and approved set of triggers", "Sarah Champion"],
  ])("GIVEN %j THEN the speaker is %j", (fragment, speaker) => {
    expect(speakerOf(fragment)).toBe(speaker);
  });

  it.each([
    // reported speech with no quotation marks, and narration
    ["There were 717 cases of abuse linked to grooming gangs in 2023."],
    ["Pakistan also reportedly refused to take Rauf."],
    ["Then director of public prosecutions, he said authorities had not taken the abuse seriously."],
    // scare quotes with no verb of saying
    ["back five “Telford-style” local inquiries"],
  ])("GIVEN %j THEN there is no speaker", (fragment) => {
    expect(speakerOf(fragment)).toBeNull();
  });

  it("GIVEN an article of our own THEN \"it\" is never a person, and a far quote or a long subject needs to open the sentence", () => {
    const dir = tempDir("speakers-");
    writeFileSync(
      join(dir, "council.txt"),
      [
        "Council apologises",
        "Sarah Jones said: “The council failed these children.”",
        "“We will do better,” it added.",
        "After a long meeting in the town hall with dozens of angry parents, the committee said that the new plan for the schools of the town would, in the view of many, be “a first step”.",
        "The council said that its review of the schools of the town and of the villages around them would, in its own words, be “thorough and fair”.",
        "In the end, parents who spoke to the council said the plan was “too little”.",
        "The council said that the schools of the town and of the villages around them had been, in its own words, “let down for years”, a spokesman added.",
      ].join("\n"),
    );
    const [article] = readCorpus(dir).map(segment);
    const speakerOfLine = (fragment: string) => article!.sentences.find((x) => article!.text.slice(x.start, x.end).includes(fragment))?.speaker?.name ?? null;
    expect(speakerOfLine("The council failed")).toBe("Sarah Jones");
    expect(speakerOfLine("We will do better")).toBeNull();
    expect(speakerOfLine("a first step")).toBeNull();
    expect(speakerOfLine("thorough and fair")).toBe("The council");
    // An attribution after the quote names its speaker before a subject far back does.
    expect(speakerOfLine("let down for years")).toBe("a spokesman");
    // A subject after an opening phrase is not the sentence's opening words: no speaker is guessed.
    expect(speakerOfLine("too little")).toBeNull();
  });
});

describe("one speaker under two names", () => {
  it.each([
    ["Chris Philp", "Mr Philp", true],
    ["Jayne Senior", "Mrs Senior", true],
    ["Ms. Champion", "Sarah Champion", true],
    ["The Home Office", "the Home Office", true],
    ["Lady Casey", "Baroness Louise Casey", true],
    ["Mr Smith", "Mrs Smith", false],
    ["Sarah Champion", "Jane Champion", false],
    ["A Home Office source", "A Home Office spokesperson", false],
    ["The paper", "The document", false],
    ["Ms Cooper", "the Home Secretary", false],
  ])("GIVEN %s and %s in one article THEN they are the same source: %s", (a, b, same) => {
    expect(sameSpeakerName(a, b)).toBe(same);
  });
});
