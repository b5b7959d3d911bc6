import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/retrieval/corpus.js";
import { segment } from "../../src/retrieval/segment.js";

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
  ])("GIVEN %j THEN the speaker is %j", (fragment, speaker) => {
    expect(speakerOf(fragment)).toBe(speaker);
  });

  it.each([
    // reported speech with no quotation marks, and narration
    ["There were 717 cases of abuse linked to grooming gangs in 2023."],
    ["Pakistan also reportedly refused to take Rauf."],
    ["Then director of public prosecutions, he said authorities had not taken the abuse seriously."],
    // "it added": the text does not name who; never guess
    ["are most commonly white"],
    // scare quotes with no verb of saying
    ["back five “Telford-style” local inquiries"],
  ])("GIVEN %j THEN there is no speaker", (fragment) => {
    expect(speakerOf(fragment)).toBeNull();
  });
});
