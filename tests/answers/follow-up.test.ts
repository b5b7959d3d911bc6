/**
 * Follow-ups in a conversation: a question that only makes sense after the one before it is read with
 * it; any other question is read as it would be alone.
 */
import { describe, expect, it } from "vitest";
import { AnswerJsonSchema } from "../../src/answers/contract.js";
import { createEngine } from "../../src/answers/engine.js";
import { readCorpus } from "../../src/retrieval/corpus.js";
import { parseQuestion, type ParsedQuestion } from "../../src/retrieval/question.js";
import { stemKey } from "../../src/retrieval/nlp.js";
import { loadQuestions } from "../../eval/questions.js";

const engine = createEngine({ seedsDir: "seeds" });
const files = new Map(readCorpus("seeds").map((a) => [a.id, a.text]));

function parsed(question: string, earlier: readonly string[], isName?: (word: string) => boolean): Extract<ParsedQuestion, { kind: "parsed" }> {
  const p = parseQuestion(question, { earlier, ...(isName ? { isName } : {}) });
  if (p.kind !== "parsed") throw new Error(`expected "${question}" to parse, got ${p.kind}`);
  return p;
}
const keys = (p: { terms: ReadonlyArray<{ key: string }> }) => p.terms.map((t) => t.key);
const stems = (...words: string[]) => words.map(stemKey);

describe("reading a follow-up with the question before it", () => {
  it("GIVEN \"what did she say?\" after \"who is Jayne Senior?\" THEN it asks for a quote, to hear from Jayne Senior", () => {
    const p = parsed("what did she say?", ["who is Jayne Senior?"]);
    expect(p.followsUp).toEqual(["who is Jayne Senior?"]);
    expect(p.type).toBe("quote");
    expect(p.speaker).toEqual(stems("jayne", "senior"));
  });

  it.each([
    ["back to rauf - when was he let out?", ["how long was Rauf's sentence?", "what did Philp tell the Express?"], "how long was Rauf's sentence?"],
    ["ok, going back to the letter: who signed it first?", ["what did the MPs' letter ask for?", "who is Jayne Senior?", "how old were the youngest victims?"], "what did the MPs' letter ask for?"],
    // A person returned to by "him" or "her": the latest question before the last one that was about someone.
    ["going back to him, which country was he on about?", ["who is the shadow home secretary?", "what did the 20 MPs' letter ask for?"], "who is the shadow home secretary?"],
    ["back to her - what did she say had been forgotten?", ["who is Jayne Senior?", "how many police forces are investigating?"], "who is Jayne Senior?"],
  ])("GIVEN %j, which returns to an earlier subject after another question, THEN it follows up the question that asked about it", (question, earlier, followed) => {
    const p = parsed(question, earlier);
    expect(p.followsUp).toEqual([followed]);
    expect(keys(p)).not.toContain(stemKey("back"));
  });

  it("GIVEN \"going back to him\" after a question about someone and another in between THEN the answer is about the one asked about first", () => {
    const answer = engine.ask("going back to him, which country was he on about?", { earlier: ["who is the shadow home secretary?", "what did the 20 MPs' letter ask for?"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    // Not the letter's words, asked about last: the shadow home secretary's.
    expect(`${answer.passages[0]?.speaker?.name ?? ""} ${answer.passages[0]?.quote}`).toMatch(/Philp/u);
  });

  it.each([
    ["i mean which minister was it actually addressed to", ["who did the 20 mps write their letter to", "i know it went to the home office"]],
    ["sorry i meant which forces, like the actual names", ["how many police forces are looking into grooming gangs", "29 ok"]],
  ])("GIVEN %j after a question and a message reacting to its answer THEN it follows up both, the question as well as the reaction", (question, earlier) => {
    const p = parsed(question, earlier);
    expect(p.followsUp).toEqual(earlier);
    expect(keys(p)).toEqual(expect.arrayContaining(keys(parsed(earlier[0]!, []))));
  });

  it("GIVEN \"which one\" after a claim and a message carrying it on THEN the answer is about what both were about", () => {
    const answer = engine.ask("which one", { earlier: ["philp wants pakistani visas cut if they wont take groomers back", "using powers from some tory law"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0]?.quote).toMatch(/Nationality and Borders Act/u);
  });

  it.each([
    ["ok but whats the point of that strategy, what would it change", ["patel mentioned a 'tackling child sexual abuse strategy'"]],
    ["where's that number from, like which outfit actually counted them", ["how many gang related child exploitation cases were there in 2023?"]],
    // A yes/no question without a question mark after a claim.
    ["did he actually say that or is that twisted", ["philp said if judges keep blocking deportations they should just rewrite the law"]],
    ["is she right tho", ["my nan reckons that home office grooming report said it was nothing to do with race"]],
  ])("GIVEN %j, which points by \"that\" at what the message before it spoke of, or asks whether it is so, THEN it is read with that message", (question, earlier) => {
    const p = parsed(question, earlier);
    expect(p.followsUp).toEqual(earlier);
    expect(keys(p)).toEqual(expect.arrayContaining(keys(parsed(earlier[0]!, []))));
  });

  it("GIVEN a question about \"that strategy\" after a statement naming the strategy THEN the answer quotes what the strategy would do", () => {
    const answer = engine.ask("ok but whats the point of that strategy, what would it change", { earlier: ["patel mentioned a 'tackling child sexual abuse strategy'"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0]?.quote).toMatch(/Strategy would improve/u);
  });

  it("GIVEN \"did he actually say that\" after a claim about what Philp said THEN the answer quotes the sentence that says it", () => {
    const answer = engine.ask("did he actually say that or is that twisted", { earlier: ["philp said if judges keep blocking deportations they should just rewrite the law"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0]?.quote).toMatch(/draw up new laws if deportation orders are repeatedly blocked by judges/u);
  });

  it("GIVEN a message opening with \"is\" before a noun, not a pronoun, and no question mark THEN it stands alone", () => {
    expect(parsed("is the report out yet", ["who is Jayne Senior?"]).followsUp).toBeUndefined();
  });

  it("GIVEN \"this strategy\" after a question that never spoke of one THEN it stands alone", () => {
    expect(parsed("what is the point of this strategy for victims of abuse", ["who is Jayne Senior?"]).followsUp).toBeUndefined();
  });

  it.each(["back to her - what did she say?", "back to the inquiry - who will lead it?"])("GIVEN %j, which returns to nothing asked before by name, THEN it is read as it would be without that", (question) => {
    const earlier = ["how long was Rauf's sentence?", "what did Philp tell the Express?"];
    const p = parsed(question, earlier);
    expect(p.followsUp).not.toEqual([earlier[0]]);
  });

  it.each([
    ["and when?", "when was Qari Abdul Rauf released?", "date"],
    ["why?", "did Cooper refuse a national inquiry at first?", "reason"],
    ["who said that?", "did anyone say professionals were scared of being called racist?", "who"],
    ["how many of them were there", "which men were convicted in Rochdale?", "number"],
    ["stated reason?", "did Labour refuse a public inquiry in Oldham?", "reason"],
    ["and the official explanation?", "did Labour refuse a public inquiry in Oldham?", "reason"],
  ])("GIVEN the elliptical %j THEN it keeps the words of %j and asks its own kind of answer (%s)", (question, earlier, type) => {
    const p = parsed(question, [earlier]);
    const alone = parsed(earlier, []);
    expect(p.followsUp).toEqual([earlier]);
    expect(p.type).toBe(type);
    expect(keys(p)).toEqual(expect.arrayContaining(keys(alone)));
  });

  it.each([
    ["and who was it that ordered that man deported?", "and who was it that ordered him deported?"],
    ["which mosque did this man preach at?", "which mosque did he preach at?"],
  ])("GIVEN %j, which speaks of someone as \"that man\" or \"this man\", THEN it is read as %j is: a follow-up, with no word \"man\" to find", (question, withPronoun) => {
    const earlier = ["who is Qari Abdul Rauf?"];
    const p = parsed(question, earlier);
    expect(p.followsUp).toEqual(earlier);
    expect(keys(p)).toEqual(keys(parsed(withPronoun, earlier)));
    expect(keys(p)).not.toContain(stemKey("man"));
  });

  it("GIVEN \"what about Telford?\" after a count in Rochdale THEN it counts the same thing in Telford, not in Rochdale", () => {
    const p = parsed("what about Telford?", ["how many victims were there in Rochdale?"]);
    expect(p.type).toBe("number");
    expect(keys(p)).toEqual(expect.arrayContaining(stems("victims", "telford")));
    expect(keys(p)).not.toContain(stemKey("rochdale"));
  });

  it("GIVEN \"and Cooper?\" after what Chris Philp said THEN it asks what Cooper said on the same subject", () => {
    const p = parsed("and Cooper?", ["what did Chris Philp say about deportation?"]);
    expect(p.type).toBe("quote");
    expect(p.speaker).toEqual(stems("cooper"));
    expect(keys(p)).toContain(stemKey("deportation"));
    expect(keys(p)).not.toContain(stemKey("philp"));
  });

  it("GIVEN \"stated reason?\" after a question about a refusal THEN the sentence giving the reason for it answers", () => {
    const answer = engine.ask("stated reason?", { earlier: ["did Labour refuse a public inquiry in Oldham?"] });
    expect(answer.kind).toBe("answered");
    if (answer.kind !== "answered") return;
    expect(answer.passages[0]?.quote).toContain("saying it was for the council to decide");
  });

  it.each([
    // The reason is Cooper's own words, after the sentence that reported her refusal.
    ["why?", "did Cooper refuse a national inquiry at first?", "effective local inquiries can delve into far more local detail"],
    // The reason the figure is low is in Cooper's words about the figure, not the narration that gave it.
    ["how come so few, i thought it was way worse", "only 717 grooming gang cases in the whole of 2023?", "the vast majority of abuse goes unreported"],
  ])("GIVEN %j after an answer THEN a passage other than the one that answered the question before leads, and that one still follows", (question, earlier, reason) => {
    const before = engine.ask(earlier);
    const answer = engine.ask(question, { earlier: [earlier] });
    expect(before.kind).toBe("answered");
    expect(answer.kind).toBe("answered");
    if (answer.kind !== "answered" || before.kind !== "answered") return;
    const given = before.passages[0];
    const same = (p: { articleId: string; answering: readonly [number, number] }) => p.articleId === given.articleId && p.answering[0] === given.answering[0] && p.answering[1] === given.answering[1];
    expect(same(answer.passages[0])).toBe(false);
    expect(answer.passages[0].quote).toContain(reason);
    expect(answer.passages.slice(1).some(same)).toBe(true);
  });

  it.each([
    // "… excluded from the asylum system …, after the Casey review uncovered cases …"
    ["why?", "who's going to be shut out of the asylum system under the new rules?", "after the Casey review uncovered cases"],
    // "… by “othering” them, because they are from a different community …"
    ["why do they do that?", "What did police investigators tell the Home Office about how abusers treat their victims?", "because they are from a different"],
  ])("GIVEN %j after an answer that gives the reason itself THEN that answer still leads", (question, earlier, reason) => {
    const answer = engine.ask(question, { earlier: [earlier] });
    expect(answer.kind).toBe("answered");
    if (answer.kind !== "answered") return;
    expect(answer.passages[0].quote).toContain(reason);
  });

  it("GIVEN a figure in place of the earlier one (\"and in 2022?\") THEN the earlier figure is no longer searched for", () => {
    const p = parsed("and in 2022?", ["how many grooming gang cases were recorded in 2023?"]);
    expect(p.type).toBe("number");
    expect(keys(p)).toContain("2022");
    expect(keys(p)).not.toContain("2023");
  });

  it("GIVEN a few words with a question mark but no verb, wh-word or name (\"status as of 2024?\") THEN they carry the question before them on, as \"and …\" does", () => {
    const earlier = "when was Rauf released from prison?";
    const p = parsed("status as of 2024?", [earlier]);
    expect(p.followsUp).toEqual([earlier]);
    expect(keys(p)).toEqual(expect.arrayContaining(stems("rauf", "2024")));
    const answer = engine.ask("status as of 2024?", { earlier: [earlier] });
    expect(answer.kind).toBe("answered");
    if (answer.kind !== "answered") return;
    expect(answer.passages[0]?.quote).toMatch(/still (?:in|living in) (?:Rochdale|the city)/u);
    // A name says what it asks about: it is not carried on.
    const isName = (word: string) => /^(?:jayne|senior)$/iu.test(word);
    expect(parsed("Jayne Senior?", [earlier], isName).followsUp).toBeUndefined();
  });

  it("GIVEN a follow-up whose only verbs are never searched for (\"how come that never actually went through\") THEN it leans on the question before it", () => {
    const earlier = "what was the deal with theresa may and rauf";
    const p = parsed("how come that never actually went through", [earlier]);
    expect(p.followsUp).toEqual([earlier]);
    expect(p.type).toBe("reason");
    const answer = engine.ask("how come that never actually went through", { earlier: [earlier] });
    expect(answer.kind).toBe("answered");
    if (answer.kind !== "answered") return;
    // Why the order made under Theresa May never went through: Pakistan would not take him back.
    expect(answer.passages.some((passage) => /refused to take (?:him|Rauf)/u.test(passage.quote))).toBe(true);
  });

  it("GIVEN a follow-up that offers a choice with no figure of its own THEN the earlier question's year does not make it ask for a date", () => {
    const earlier = "How many of the 2023 offences involved abuse within the family, according to Mrs Cooper?";
    const question = "Heavens. And is that everything, or does she think the real figures are worse?";
    expect(parsed(question, [earlier]).type).toBe("fact");
    const answer = engine.ask(question, { earlier: [earlier] });
    expect(answer.kind).toBe("answered");
    if (answer.kind !== "answered") return;
    expect(answer.passages[0]?.quote).toContain("we expect all these figures to be a significant underestimate");
    // Its own figures still make it ask for one: "or was it 2022?".
    expect(parsed("or was it 2022?", [earlier]).type).toBe("date");
  });

  it("GIVEN a follow-up of a follow-up THEN it names every question it was read with, oldest first, and is read with all of them", () => {
    const p = parsed("and when?", ["who is Jayne Senior?", "what did she say?"]);
    expect(p.followsUp).toEqual(["who is Jayne Senior?", "what did she say?"]);
    expect(p.type).toBe("date");
    expect(keys(p)).toEqual(expect.arrayContaining(stems("jayne", "senior")));
    // A question read alone in between starts the chain afresh.
    expect(parsed("and when?", ["who is Jayne Senior?", "what did Chris Philp say about deportation?"]).followsUp).toEqual(["what did Chris Philp say about deportation?"]);
  });

  it("GIVEN \"same q for …\" naming something in lowercase THEN it leans on the question before it, in place of whom that asked to hear from", () => {
    const earlier = "what did falkner say about white british people and abuse";
    // As the engine reads it: the articles write "Falkner" as a name.
    const p = parsed("same q for the home office paper", [earlier], (word) => word.toLowerCase() === "falkner");
    expect(p.followsUp).toEqual([earlier]);
    expect(keys(p)).toEqual(expect.arrayContaining(stems("white", "british", "home", "office", "paper")));
    expect(keys(p)).not.toContain(stemKey("falkner"));
    expect(p.speaker).not.toContain(stemKey("falkner"));
  });

  it("GIVEN a choice about them with no word of its own and no question mark (\"all of em or just some\") THEN it leans on the question before it", () => {
    const p = parsed("all of em or just some", ["did the government accept casey's recommendations?"]);
    expect(p.followsUp).toEqual(["did the government accept casey's recommendations?"]);
    expect(keys(p)).toEqual(expect.arrayContaining(stems("recommendations")));
  });

  it.each(["omg she did", "thanks for them"])("GIVEN %j, a reaction with a pronoun and no choice, THEN it asks nothing", (reaction) => {
    const p = parseQuestion(reaction, { earlier: ["who is Jayne Senior?"] });
    expect(p.kind === "parsed" ? p.followsUp : undefined).toBeUndefined();
  });

  it("GIVEN chat between the question and its follow-up THEN the follow-up leans on the question, not on the chat", () => {
    const p = parsed("when was he released?", ["who is Qari Abdul Rauf?", "thanks!"]);
    expect(p.followsUp).toEqual(["who is Qari Abdul Rauf?"]);
    expect(keys(p)).toEqual(expect.arrayContaining(stems("rauf", "released")));
  });

  it.each([
    ["who is Jayne Senior?", "what did Philp say about deportation?"],
    ["when was the paper published?", "what did Philp say about deportation?"],
    ["which agency is leading the national push to reopen old grooming gang cases?", "what did jayne senior say about david cameron?"],
    ["thanks, that was helpful", "who is Jayne Senior?"],
  ])("GIVEN %j, which says what it asks about, after %j THEN it is read exactly as it is alone", (question, earlier) => {
    const withEarlier = parseQuestion(question, { earlier: [earlier] });
    expect(withEarlier).toEqual(parseQuestion(question));
    expect(withEarlier.kind === "parsed" && withEarlier.followsUp).toBeFalsy();
  });

  it.each([
    ["was she also one of the MPs who signed the letter?", "which MP sat on the Home Office report's external reference group?"],
    ["what did she tell Sky News?", "who got an MBE for exposing Rotherham?"],
  ])("GIVEN %j, whose \"she\" comes before any name, after %j THEN it leans on that question", (question, earlier) => {
    const isName = (word: string) => /^(?:mps|sky|news|mbe|rotherham|home|office)$/iu.test(word);
    expect(parsed(question, [earlier], isName).followsUp).toEqual([earlier]);
  });

  it.each([
    ["how many MPs actually signed it?", "what did the letter to Sajid Javid ask for?"],
    ["did the Home Office ever publish it?", "what did the MPs' letter to the Home Secretary ask for?"],
  ])("GIVEN %j, whose verb's \"it\" means what was asked about, after %j THEN it leans on that question", (question, earlier) => {
    const isName = (word: string) => /^(?:mps|home|office|sajid|javid)$/iu.test(word);
    const p = parsed(question, [earlier], isName);
    expect(p.followsUp).toEqual([earlier]);
    expect(keys(p)).toEqual(expect.arrayContaining(stems("letter")));
  });

  it.each([
    ["and whos actually claiming that, the paper or someone in govt?", "did deportations of foreign criminals go down under the tories?", "deport"],
    ["did any of the campaigners push back on that?", "why did cooper want local inquiries rather than a national one?", "inquiry"],
  ])("GIVEN %j, whose \"that\" after a verb or preposition means what was asked about, after %j THEN it leans on that question", (question, earlier, kept) => {
    const p = parsed(question, [earlier]);
    expect(p.followsUp).toEqual([earlier]);
    expect(keys(p)).toEqual(expect.arrayContaining(stems(kept)));
  });

  it("GIVEN a \"that\" that opens a clause (\"did anyone say that local inquiries go into more detail?\") THEN the question says what it asks and stands alone", () => {
    const question = "did anyone say that local inquiries go into more detail?";
    const withEarlier = parseQuestion(question, { earlier: ["who is Jayne Senior?"] });
    expect(withEarlier).toEqual(parseQuestion(question));
  });

  it.each([
    ["is that just for sex offenders or any criminal", "whats the new asylum rule cooper announced", "asylum"],
    ["was that before or after the paper came out?", "when was Rauf released from prison?", "released"],
  ])("GIVEN %j, which opens by pointing back, after %j THEN it leans on that question, question mark or not", (question, earlier, kept) => {
    const p = parsed(question, [earlier]);
    expect(p.followsUp).toEqual([earlier]);
    expect(keys(p)).toEqual(expect.arrayContaining(stems(kept)));
  });

  it("GIVEN a question that opens by pointing back but says much of its own THEN it stands alone", () => {
    expect(parsed("is that home office paper on grooming gangs and ethnicity published yet?", ["when was Rauf released from prison?"]).followsUp).toBeUndefined();
  });

  it("GIVEN a question that names someone before its \"she\" THEN she is that one, and it stands alone", () => {
    const isName = (word: string) => /^(?:cooper|mps)$/iu.test(word);
    expect(parsed("did Cooper tell MPs she would order an inquiry?", ["who is Jayne Senior?"], isName).followsUp).toBeUndefined();
  });

  it("GIVEN a name written in lowercase that the articles write as a name THEN the question names whom it asks about and stands alone", () => {
    const question = "what did priti patel say victims had told her?";
    const earlier = ["how many cases were reported in 2023?"];
    expect(parsed(question, earlier).followsUp).toEqual(earlier);
    const isName = (word: string) => ["priti", "patel"].includes(word.toLowerCase());
    expect(parsed(question, earlier, isName).followsUp).toBeUndefined();
  });

  it("GIVEN a follow-up with words of its own THEN those weigh fully and the earlier question's words are marked as context", () => {
    const p = parsed("when did he get out of prison?", ["who was the Rochdale ringleader the home office never managed to deport?"]);
    const earlier = (key: string) => p.terms.find((t) => t.key === key)?.earlier === true;
    expect(earlier(stemKey("prison"))).toBe(false);
    expect(earlier(stemKey("ringleader"))).toBe(true);
    expect(earlier(stemKey("deport"))).toBe(true);
  });

  it("GIVEN \"he\" after a question that names no one THEN he is whom its answer names (the referent), searched for and heard from", () => {
    const asked: string[] = [];
    const referent = (earlier: { text: string }) => {
      asked.push(earlier.text);
      return "Chris Philp";
    };
    const p = parseQuestion("what did he say?", { earlier: ["who is the shadow home secretary?"], referent });
    expect(asked).toEqual(["who is the shadow home secretary?"]);
    expect(p.kind === "parsed" && p.speaker).toEqual([stemKey("philp")]);
    expect(p.kind === "parsed" && keys(p)).toContain(stemKey("philp"));
    // A question that names someone itself: "he" is that person, and the answer is not asked for.
    const named = parseQuestion("what did he say?", { earlier: ["what is Chris Philp's job?"], referent });
    expect(asked).toHaveLength(1);
    expect(named.kind === "parsed" && named.speaker).toEqual(stems("chris", "philp"));
  });

  it("GIVEN a follow-up that opens with the reader's reaction (\"How lovely. What was it for?\") THEN neither the reaction nor the earlier \"Excuse me\" is searched for", () => {
    const p = parsed("How lovely. What was it for?", ["Excuse me, was the Rotherham whistleblower ever given an honour?"]);
    expect(p.followsUp).toBeDefined();
    expect(keys(p)).toEqual(expect.arrayContaining(stems("rotherham", "whistleblower")));
    expect(keys(p)).not.toContain(stemKey("lovely"));
    expect(keys(p)).not.toContain(stemKey("excuse"));
  });

  it("GIVEN a yes/no follow-up (\"Does he have a family?\") after a who question THEN it asks whether, not who", () => {
    const p = parsed("Goodness. Does he have a family of his own?", ["Could you tell me who Qari Abdul Rauf is, please?"]);
    expect(p.followsUp).toBeDefined();
    expect(p.type).toBe("fact");
    expect(keys(p)).toEqual(expect.arrayContaining(stems("rauf", "family")));
    expect(keys(p)).not.toContain(stemKey("goodness"));
  });

  it("GIVEN a question with \"they\" that says what it asks (\"do they publish how many … have been deported?\") THEN it is read alone", () => {
    const question = "So do they publish how many grooming gang members have actually been deported?";
    expect(parseQuestion(question, { earlier: ["who said the Home Office is transparent with its data on returns?"] })).toEqual(parseQuestion(question));
  });

  it("GIVEN \"he\" after a who question THEN he is the person its answer names, not a body the question named (CPS)", () => {
    const referent = () => "Those comments were made after it was revealed that the CPS, under Sir Keir’s leadership, had dropped a case";
    const p = parseQuestion("and did he think the authorities had taken the abuse seriously?", { earlier: ["who was running the CPS when it dropped a case?"], referent });
    expect(p.kind === "parsed" && p.speaker).toEqual([stemKey("keir")]);
  });

  it("GIVEN a follow-up after a question that quoted words THEN those words are not looked for as written again", () => {
    const p = parsed("she said someone had made that clear, who?", ["who said 'we have lost more than a decade'?"]);
    expect(p.quoted).toEqual([]);
  });

  it("GIVEN a follow-up that names whom its \"she\" means (\"and jayne senior, what did she tell them?\") THEN she is that person", () => {
    const p = parsed("and jayne senior, what did she tell them?", ["what was the Rotherham MP's reaction on Sky News?"], (word) => ["jayne", "senior"].includes(word.toLowerCase()));
    expect(p.speaker).toEqual(stems("jayne", "senior"));
    expect(keys(p)).not.toContain(stemKey("rotherham"));
  });

  it("GIVEN a follow-up that puts a role first (\"and the home secretary, what did she say?\") THEN she is whoever holds it, not the person named before", () => {
    const p = parsed("and the home secretary, what did she say?", ["what did Sarah Champion say about the Home Office grooming report?"]);
    expect(p.type).toBe("quote");
    expect(p.speaker).toEqual(stems("home", "secretary"));
    expect(keys(p)).not.toContain(stemKey("champion"));
  });

  it("GIVEN a follow-up that asks a fact after a question for someone's words THEN it asks the fact (\"what was his job back then?\")", () => {
    const p = parsed("What was his job back then?", ["What did Starmer admit in 2012 about how grooming victims were treated?"]);
    expect(p.followsUp).toBeDefined();
    expect(p.type).toBe("fact");
    expect(p.speaker).toEqual([]);
  });

  it("GIVEN a yes/no follow-up about someone else THEN the word it asks about is its own, not the earlier question's", () => {
    const p = parsed("and philp, does he want them all deported?", ["is the home office publishing how many grooming gang members it has deported?"], (word) => word.toLowerCase() === "philp");
    expect(p.speaker).toEqual(stems("philp"));
    expect(p.focus).not.toContain(stemKey("members"));
  });

  it.each([
    "Different question — who runs the Child Sexual Exploitation Police Taskforce?",
    "ok, another thing: who runs the Child Sexual Exploitation Police Taskforce?",
    "On a separate note, who runs the Child Sexual Exploitation Police Taskforce?",
  ])("GIVEN a message that says it changes the subject (%j) THEN it is read alone, and the opening is no words to find", (question) => {
    const p = parsed(question, ["what did she say about Cameron?"]);
    expect(p.followsUp).toBeUndefined();
    expect(keys(p)).toEqual(keys(parsed("who runs the Child Sexual Exploitation Police Taskforce?", [])));
  });
});

describe("a correction of the question before", () => {
  it.each([
    ["oops, Rochdale not Rotherham", "when was the Rotherham ringleader released from prison?", ["rochdale"], ["rotherham"]],
    ["no wait – the 2020 paper, not the Casey review", "what did the Casey review say about the data on ethnicity?", ["2020", "paper"], ["casey"]],
    ["sorry, I meant Telford", "when did the Rotherham abuse come to light?", ["telford"], ["rotherham"]],
  ])("GIVEN %j after %j THEN the question before is asked again about %j, and no longer about %j", (question, earlier, named, takenBack) => {
    const p = parsed(question, [earlier], (word) => /^(?:rochdale|rotherham|telford|casey)$/iu.test(word));
    expect(p.followsUp).toEqual([earlier]);
    expect(p.asksAgain).toBe(true);
    expect(keys(p)).toEqual(expect.arrayContaining(stems(...named)));
    for (const key of stems(...takenBack)) expect(keys(p)).not.toContain(key);
  });

  it.each([
    // A statement or a question of its own with "not" in it corrects nothing.
    ["he was not deported in the end", "when was the Rochdale ringleader released?"],
    ["why not Rotherham, then?", "which towns did the MPs name?"],
  ])("GIVEN %j after %j THEN it is not read as a correction", (question, earlier) => {
    expect(parseQuestion(question, { earlier: [earlier] })).not.toMatchObject({ asksAgain: true });
  });

  it.each([
    // A verb taken back after a slip owned up to.
    ["sorry i meant when was he convicted, not released", "when was rauf released", "released", /convicted/u, /released/u],
    // "I meant" after what is taken back is no word to find ("… who were *meant* to protect them" came first).
    ["sorry not forces, i meant how many investigations", "how many police forces did cooper say were investigating grooming gangs", "meant", /127 major police operations/u, /meant/u],
  ])("GIVEN %j after %j THEN %j is no word to find, and the first passage matches %s", (message, earlier, word, wanted, unwanted) => {
    expect(keys(parsed(message, [earlier]))).not.toContain(stemKey(word));
    const answer = engine.ask(message, { earlier: [earlier] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toMatch(wanted);
    expect(answer.passages[0].quote).not.toMatch(unwanted);
  });

  it("GIVEN a reaction with \"not\" and a verb after it (\"great answer, not what I expected\") THEN it neither corrects nor follows the question before", () => {
    const p = parseQuestion("great answer, not what I expected", { earlier: ["which towns did the MPs name?"] });
    expect(p).not.toMatchObject({ asksAgain: true });
    expect(p.kind === "parsed" ? p.followsUp : undefined).toBeUndefined();
  });

  it("GIVEN \"sorry, not Cooper — Kishwer Falkner, who is she?\" after a question about Cooper THEN Cooper is no word to find, Falkner is introduced, and a later \"she\" means Falkner", () => {
    const earlier = ["what did Yvette Cooper say about local inquiries?"];
    const message = "sorry, not Cooper — Kishwer Falkner, who is she?";
    expect(keys(parsed(message, earlier))).not.toContain(stemKey("cooper"));
    const answer = engine.ask(message, { earlier });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("Kishwer Falkner, chair of the Equality and Human Rights Commission");
    const next = engine.ask("what did she call for?", { earlier: [...earlier, message] });
    if (next.kind !== "answered") expect.fail(`not answered: ${next.kind}`);
    expect(next.passages.slice(0, 3).some((p) => p.quote.includes("called for a national inquiry"))).toBe(true);
    expect(next.passages[0].speaker?.name ?? "").not.toMatch(/Cooper/u);
  });

  it("GIVEN \"my bad, not her – the shadow home secretary\" after asking what Braverman said THEN it follows that question, his words are quoted, and a later \"he\" still means him", () => {
    const earlier = "what did Suella Braverman say about deporting these men?";
    const correction = "my bad, not her – the shadow home secretary";
    const answer = engine.ask(correction, { earlier: [earlier] });
    expect(answer.followsUp).toEqual([earlier]);
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].speaker?.name).toMatch(/Philp/u);
    const next = engine.ask("did he say anything about visas?", { earlier: [earlier, correction] });
    expect(next.followsUp).toEqual([earlier, correction]);
    if (next.kind !== "answered") expect.fail(`not answered: ${next.kind}`);
    expect(next.passages[0].speaker?.name).toMatch(/Philp/u);
  });
});

describe("a question that says what it asks, after an unrelated one", () => {
  // Written as questions asked alone (not the set's context-free "follow-up" category): asked after an
  // unrelated question, few may be pulled off course by it. The cost measured when follow-ups were built:
  // 59 of 1,077 (5.5 %) answered right alone lost their right answer; since a follow-up is also read
  // alone and answered so when that is sure and surer, 22 of 1,107 (2.0 %).
  const asked = loadQuestions("eval/questions.json").filter((q) => q.previous === undefined && q.expect === "answer" && q.category !== "follow-up");
  const right = (q: (typeof asked)[number], answer: ReturnType<typeof engine.ask>) => {
    if (answer.kind !== "answered") return false;
    const [top] = answer.passages;
    return q.gold.some((g) => g.articleId === top.articleId && files.get(top.articleId)!.slice(top.start, top.end).includes(g.includes));
  };

  it("GIVEN every answerable question of the set answered right alone, asked after \"who is Jayne Senior?\" THEN at most 1 in 25 loses its right answer", () => {
    const rightAlone = asked.filter((q) => right(q, engine.ask(q.question)));
    const lost = rightAlone.filter((q) => !right(q, engine.ask(q.question, { earlier: ["who is Jayne Senior?"] })));
    expect(rightAlone.length).toBeGreaterThan(500);
    expect(lost.length / rightAlone.length, lost.slice(0, 10).map((q) => q.id).join(" ")).toBeLessThanOrEqual(1 / 25);
    // Some 2,000 answers: a slow host may take more than the default 5 s.
  }, 60_000);
});

describe("a follow-up's answer", () => {
  it("GIVEN \"what did she say?\" after \"who is Jayne Senior?\" THEN the answer names what it followed and quotes her, verbatim", () => {
    const answer = engine.ask("what did she say?", { earlier: ["who is Jayne Senior?"] });
    expect(answer.followsUp).toEqual(["who is Jayne Senior?"]);
    expect(answer.kind).toBe("answered");
    if (answer.kind !== "answered") return;
    // Her introduction may lead (compose.ts); her own words follow it.
    expect(answer.passages.slice(0, 3).some((p) => /Senior/u.test(p.speaker?.name ?? ""))).toBe(true);
    for (const p of answer.passages) expect(files.get(p.articleId)!.slice(p.start, p.end)).toBe(p.quote);
  });

  it("GIVEN \"same q for the home office paper\", which alone would be answered surely, THEN it is still answered as the question before it asked again", () => {
    const earlier = "what did falkner say about white british people and abuse";
    expect(engine.ask("same q for the home office paper")).toMatchObject({ kind: "answered", tentative: false });
    const answer = engine.ask("same q for the home office paper", { earlier: [earlier] });
    expect(answer.followsUp).toEqual([earlier]);
    if (answer.kind !== "answered") expect.fail("not answered");
    expect(answer.passages.some((p) => p.quote.includes("most commonly white"))).toBe(true);
  });

  it("GIVEN a message that returns to an earlier subject (\"back to rauf - when was he let out?\") after a question about someone else THEN \"he\" is the earlier subject and his release is quoted", () => {
    const answer = engine.ask("back to rauf - when was he let out?", { earlier: ["how long was Rauf's sentence?", "what did Philp tell the Express?"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("released in November 2014");
  });

  it("GIVEN a chat follow-up opening \"n\" for \"and\" before a name and a shorthand wh-word (\"n philp wot did he want done about visas\") THEN it is answered with Philp's words, not read as a count", () => {
    const answer = engine.ask("n philp wot did he want done about visas", { earlier: ["what did braverman say about deporting them"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].speaker?.name).toMatch(/Philp/u);
    expect(answer.passages.some((p) => /visas/u.test(p.quote))).toBe(true);
  });

  it.each(["what's his job title?", "and his role?"])("GIVEN %j after asking who said something THEN the sentence that gives his title with the words is quoted", (question) => {
    const answer = engine.ask(question, { earlier: ["who said there must be 'no soft approach' to dual nationals in grooming gangs?"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("Shadow Home Secretary Chris Philp");
  });

  it("GIVEN \"over what timeframe?\" after a question about the review's figure THEN the figure's time still to come (\"in the coming weeks\") answers it", () => {
    const answer = engine.ask("over what timeframe?", {
      earlier: ["how many historic cases has the NCA flagged for formal review?", "and how high do they think it will go"],
    });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("in the coming weeks");
  });

  it("GIVEN \"what did he say about visas?\" after \"who is the shadow home secretary?\" THEN he is the man the answer named, and his own words come first", () => {
    const answer = engine.ask("what did he say about visas?", { earlier: ["who is the shadow home secretary?"] });
    expect(answer.kind).toBe("answered");
    if (answer.kind !== "answered") return;
    expect(answer.passages[0].speaker?.name).toMatch(/Philp/u);
  });

  it("GIVEN \"when did he get out of prison?\" after a topic sent as a phrase that names no one THEN he is whom the sentence that answers the phrase names, and his release is quoted", () => {
    const answer = engine.ask("when did he get out of prison?", { earlier: ["ok so", "the rochdale ringleader the tories kept failing to deport"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages.slice(0, 3).some((p) => p.quote.includes("released in November 2014"))).toBe(true);
  });

  it("GIVEN \"when was he released?\" after \"who is Qari Abdul Rauf?\" THEN the first passage gives his release, not a sentence with his full name alone", () => {
    const answer = engine.ask("when was he released?", { earlier: ["who is Qari Abdul Rauf?"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("released in November 2014");
  });

  it("GIVEN \"how long did he actually serve …?\" after asking who the ringleader was THEN the sentence that says how long comes first, not the one that named him again", () => {
    const answer = engine.ask("how long did he actually serve before getting out?", { earlier: ["who's the ringleader who kept fighting deportation?"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("two years and six months");
  });

  it("GIVEN \"and adult men who have sex with 13 to 15 year olds?\" after asking what happens to others under the new law THEN it asks the same of them, and the law change for them is quoted", () => {
    const earlier = ["what's changing in the law after the Casey review?", "what happens to people convicted of sex offences who claim asylum?"];
    const p = parsed("and adult men who have sex with 13 to 15 year olds?", earlier);
    expect(p.type).not.toBe("who");
    const answer = engine.ask("and adult men who have sex with 13 to 15 year olds?", { earlier });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("13- to 15-year-olds would receive the most serious rape charges");
  });

  it("GIVEN \"who even said that, the home office?\" after a question about deportations under the Tories THEN the Home Office's words on them are quoted", () => {
    const answer = engine.ask("who even said that, the home office?", { earlier: ["did deportations of foreign criminals go down under the tories? by how much"] });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages.slice(0, 3).some((p) => /Home Office/u.test(p.speaker?.name ?? "") && /Tories/u.test(p.quote))).toBe(true);
  });

  it("GIVEN \"the full quote, please\" after a question about someone's words THEN the request is read with that question and their words are quoted", () => {
    const earlier = "what did the EHRC chair say about the community";
    expect(engine.ask("the full quote, please").kind).toBe("not-answered");
    const answer = engine.ask("the full quote, please", { earlier: [earlier] });
    expect(answer.followsUp).toEqual([earlier]);
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].speaker?.name).toMatch(/Falkner/u);
  });

  it("GIVEN a follow-up with words of its own that the earlier answer lacks THEN that answer is not shown first again, and the first passage has some of them", () => {
    const earlier = "who told MPs that kids as young as 10 were given drugs and alcohol by gangs?";
    const before = engine.ask(earlier);
    const answer = engine.ask("did she apologise to the victims? on whose behalf?", { earlier: [earlier] });
    if (before.kind !== "answered" || answer.kind !== "answered") expect.fail("not answered");
    expect(before.passages[0].quote).not.toMatch(/victims/iu);
    expect(answer.passages[0].quote).not.toBe(before.passages[0].quote);
    expect(answer.passages[0].quote).toMatch(/victims/iu);
  });

  it.each([
    [["Who was in charge of the CPS back in 2012?", "What did he admit about the girls?"], "anything else he owned up to?"],
    [["What does the Home Office report say about where grooming gangs find their victims?"], "what else do they usually do?"],
    [["Who was in charge of the CPS back in 2012?", "What did he admit about the girls?"], "is there any more from him?"],
    [["What does the Home Office report say about where grooming gangs find their victims?"], "any other ways they find them?"],
    [["who blew the whistle on rotherham", "what did she expect after meeting cameron"], "anything more from her?"],
  ])("GIVEN %j, then %j, which asks for more than the answer before THEN that answer's first passage is not given again", (earlier, question) => {
    const before = engine.ask(earlier.at(-1)!, { earlier: earlier.slice(0, -1) });
    const answer = engine.ask(question, { earlier });
    if (before.kind !== "answered" || answer.kind !== "answered") expect.fail("not answered");
    expect(answer.followsUp).toEqual(earlier);
    expect(answer.passages.map((p) => p.quote)).not.toContain(before.passages[0].quote);
  });

  it("GIVEN \"who else was on the list\" after a claim put forward rather than a question THEN the sentence that bears the claim out may still answer it", () => {
    const earlier = ["member says the home office paper listed rochdale as a high-profile case"];
    expect(parsed("who else was on the list", earlier).asksMore).toBeUndefined();
    expect(parsed("who else was on the list", ["which town did the home office paper list as a high-profile case?"]).asksMore).toBe(true);
  });

  it("GIVEN a follow-up that asks about a figure with \"more than\" THEN it is not read as asking for more than the answer before gave", () => {
    const earlier = ["how many people signed the petition?"];
    expect(parsed("is there more than one petition", earlier).asksMore).toBeUndefined();
    expect(parsed("is there more on the petition", earlier).asksMore).toBe(true);
  });

  it("GIVEN \"any others?\" after a question that named one town THEN it asks for more than that answer gave", () => {
    expect(parsed("any others?", ["which town did the home office paper list as a high-profile case?"]).asksMore).toBe(true);
  });

  it.each([
    ["go on"],
    ["keep going"],
    ["ok, carry on please"],
    ["more"],
    ["and?"],
    ["tell me more"],
  ])("GIVEN %j after an answered question THEN it is that question asking for more, and the answer's first passage is not given again", (question) => {
    const earlier = ["what did starmer admit about the cps in 2012"];
    const before = engine.ask(earlier[0]!);
    const answer = engine.ask(question, { earlier });
    if (before.kind !== "answered" || answer.kind !== "answered") expect.fail("not answered");
    expect(answer.followsUp).toEqual(earlier);
    expect(answer.passages.map((p) => p.quote)).not.toContain(before.passages[0].quote);
  });

  it("GIVEN \"go on\" or \"more\" with nothing asked before THEN it is read as no question, and \"carry on\" with words of its own is an ordinary question", () => {
    expect(engine.ask("go on").kind).toBe("not-answered");
    expect(engine.ask("more").kind).toBe("not-answered");
    expect(parsed("carry on an inquiry?", ["who wants a national inquiry?"]).asksMore).toBeUndefined();
  });

  it("GIVEN a follow-up whose own words other sentences have too THEN a sentence about its subject still comes first", () => {
    const earlier = ["is there a home office report on grooming gangs?", "who said it 'raises more questions than it answers'?"];
    const answer = engine.ask("was she involved with it or just commenting from outside?", { earlier });
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("Sarah Champion");
  });

  it("GIVEN a question shaped like a follow-up that is surely answered alone (\"why was he released …\" after \"who is Jayne Senior?\") THEN it is answered alone, and says it follows nothing", () => {
    const question = "why was he released after serving only half of his six year sentence?";
    const answer = engine.ask(question, { earlier: ["who is Jayne Senior?"] });
    const alone = engine.ask(question);
    expect(answer.followsUp).toBeUndefined();
    if (answer.kind !== "answered" || alone.kind !== "answered") expect.fail("not answered");
    expect(answer.passages[0].quote).toBe(alone.passages[0].quote);
    expect(answer.passages[0].quote).toContain("Rauf");
  });

  it("GIVEN the same question with no earlier question THEN it is not a question at all, and nothing is quoted", () => {
    const answer = engine.ask("what did she say?");
    expect(answer.kind).toBe("not-answered");
    expect(answer.followsUp).toBeUndefined();
  });

  it.each([
    ["what year did she get it?", ["who got the MBE for exposing rotherham?"]],
    ["what year was jayne senior given the MBE?", []],
  ])("GIVEN %j (earlier %j), whose year no article gives, THEN it is turned down, not answered by a year she speaks of in the sentence after", (question, earlier) => {
    // "When I went to see David Cameron in 2015, …" meets the question only through its speaker and the
    // sentence before it, which names the MBE: its year is of something else.
    expect(engine.ask(question, { earlier }).kind).toBe("not-answered");
  });

  it("GIVEN a year question that her own sentence does answer (\"what year did jayne senior go to see david cameron?\") THEN it is answered by it", () => {
    const answer = engine.ask("what year did jayne senior go to see david cameron?");
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("in 2015");
  });

  it.each([
    ["does the Telegraph say the same?", ["why is Rauf still in the UK?"]],
    ["does the telegraph say the same?", ["why is rauf still in the uk"]],
    ["does the Telegraph say the same?", ["tell me about qari abdul rauf", "why is he still in the uk according to the express"]],
  ])("GIVEN %j (earlier %j), which names only a newspaper, THEN it is read with the question before it and still asks about Rauf", (question, earlier) => {
    // The newspaper says where to read, not whom about: it neither makes the message a question of its
    // own nor takes the place of the one asked about (nor of whom the earlier "he" meant).
    const answer = engine.ask(question, { earlier });
    expect(answer.followsUp).toEqual(earlier.slice(-2));
    if (answer.kind !== "answered") expect.fail(`not answered: ${answer.kind}`);
    expect(answer.passages[0].quote).toContain("Rauf");
  });

  it("GIVEN a newspaper named in place of the earlier one (\"does the Telegraph say the same?\" after \"… according to the Express\") THEN the earlier newspaper is no longer a word to find", () => {
    const p = parsed("does the Telegraph say the same?", ["why is Rauf still in the UK according to the Express?"]);
    expect(keys(p)).toContain(stemKey("rauf"));
    expect(keys(p)).not.toContain(stemKey("express"));
  });

  it("GIVEN a follow-up as JSON THEN the contract carries the earlier question and validates", () => {
    const json = engine.toJson(engine.ask("and when?", { earlier: ["why was Qari Abdul Rauf released?"] }));
    expect(AnswerJsonSchema.parse(json).followsUp).toEqual(["why was Qari Abdul Rauf released?"]);
    expect(AnswerJsonSchema.parse(engine.toJson(engine.ask("when was Rauf released?"))).followsUp).toBeUndefined();
  });
});
