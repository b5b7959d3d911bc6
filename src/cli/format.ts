/**
 * Readable terminal output for answers: quote, speaker, headline, highlighted answer words
 * (bold when the terminal supports colour). The quote's characters are never changed.
 * @module
 */
import { TENTATIVE_NOTE, type Answer, type Passage } from "../answers/answer.js";
import type { NotAnsweredReason } from "../answers/contract.js";

const REASONS: Record<NotAnsweredReason, string> = {
  "empty-question": "Please type a question about the articles.",
  "not-a-question": "I could not find a question in that. Ask me about the articles, e.g. “why is Qari Abdul Rauf still in Rochdale?”",
  "off-topic": "The articles do not cover that. I only answer from these news reports on grooming gangs.",
  "no-match": "The articles do not answer that question.",
  "too-long": "That message is too long for me to read as a question. Please ask in a sentence or two.",
  "own-words": "I only quote the articles, word for word; I do not write or say anything of my own. Ask me what they report, e.g. “what did Chris Philp say about visas?”",
  "not-english": "I can only read questions in English, the language of the articles. Please ask in English.",
};

/** Wrap the highlighted spans of a passage in terminal bold; the text between stays byte-for-byte. */
export function highlight(passage: Passage, colour: boolean): string {
  if (!colour || passage.highlights.length === 0) return passage.quote;
  let out = "";
  let at = passage.start;
  for (const [s, e] of passage.highlights) {
    out += passage.quote.slice(at - passage.start, s - passage.start) + "\u001b[1m" + passage.quote.slice(s - passage.start, e - passage.start) + "\u001b[22m";
    at = e;
  }
  return out + passage.quote.slice(at - passage.start);
}

/** The whole answer as terminal text. */
export function formatAnswer(answer: Answer, colour: boolean): string {
  // A follow-up says what it was read with: the asker's own earlier questions, so they can see what was searched for.
  const followUp = answer.followsUp === undefined ? [] : [dimmer(colour)(`(Read as a follow-up to ${answer.followsUp.map((q) => `“${q.replace(/\s+/gu, " ").trim()}”`).join(", then ")}.)`)];
  if (answer.kind === "not-answered") {
    const lines = [...followUp, REASONS[answer.reason]];
    if (answer.suggestions.length > 0) {
      lines.push("The closest articles:");
      // The id, as `:article` takes it in the REPL.
      for (const s of answer.suggestions) lines.push(`  • ${s.title} ${dimmer(colour)(`[${s.articleId}]`)}`);
    }
    return lines.join("\n");
  }
  const passages = formatPassages(answer.passages, colour, 1);
  return [...followUp, ...(answer.tentative ? [TENTATIVE_NOTE, ""] : []), passages].join("\n");
}

const dimmer = (colour: boolean) => (s: string) => (colour ? `\u001b[2m${s}\u001b[22m` : s);

/** Passages as numbered quote blocks, the first numbered `first`. */
export function formatPassages(passages: readonly Passage[], colour: boolean, first: number): string {
  const dim = dimmer(colour);
  return passages
    .map((p, i) => {
      const who = p.speaker ? `${p.speaker.name}, in ` : "";
      const also = p.alsoReportedIn.length > 0 ? `\n   ${dim(`also reported in: ${p.alsoReportedIn.map((a) => a.title).join("; ")}`)}` : "";
      // The quote is shown as it stands after "> ", with no quotation marks of ours: many passages open or
      // close with the article's own, and doubled marks ("““In order …””") would misquote them. A passage
      // that runs over a paragraph break keeps it, and its next line gets its own "> ".
      const quote = highlight(p, colour).replaceAll("\n", "\n   > ");
      return `${first + i}. > ${quote}\n   — ${who}${p.title} ${dim(`[${p.articleId} ${p.start}–${p.end}]`)}${also}`;
    })
    .join("\n\n");
}

/**
 * The sentences around a passage, verbatim: the passage's own lines after "> " (bold in colour), the
 * sentences before and after it indented (dim in colour). Every word is printed as the article has it;
 * only the spaces where the passage begins and ends become line breaks.
 */
export function formatContext(context: Passage, passage: Passage, colour: boolean): string {
  const dim = dimmer(colour);
  const cut = (from: number, to: number) => context.quote.slice(from - context.start, to - context.start);
  const block = (text: string, mark: string, style: (s: string) => string) =>
    text.trim() === "" ? [] : text.replace(/^\s+|\s+$/gu, "").split("\n").map((line) => `${mark}${line === "" ? "" : style(line)}`);
  const bold = (s: string) => (colour ? `\u001b[1m${s}\u001b[22m` : s);
  return [
    `Context from ${context.title} ${dim(`[${context.articleId} ${context.start}–${context.end}]`)}`,
    ...block(cut(context.start, passage.start), "     ", dim),
    ...block(cut(passage.start, passage.end), "   > ", bold),
    ...block(cut(passage.end, context.end), "     ", dim),
  ].join("\n");
}

/** A whole article, paragraph by paragraph, verbatim (page furniture left out). */
export function formatArticle(title: string, id: string, paragraphs: readonly Passage[], colour: boolean): string {
  const dim = dimmer(colour);
  return [`${title} ${dim(`[${id}]`)}`, ...paragraphs.map((p) => p.quote)].join("\n\n");
}
