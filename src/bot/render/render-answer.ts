/**
 * An answer from the core as the user sees it: one embed (more only when Discord's limits demand)
 * of block-quoted verbatim passages, each with its speaker and headline, then the buttons.
 * @module
 */
import { ButtonStyle } from "discord.js";
import { TENTATIVE_NOTE, type Answer, type Passage } from "../../answers/answer.js";
import type { NotAnsweredReason } from "../../answers/contract.js";
import { headline } from "./attribution.js";
import { encodeAction } from "./custom-ids.js";
import { maxPieceLength, pack } from "./pack.js";
import { questionTitle } from "./question-title.js";
import { COLOR, NOTICE_COLOR, button, rows, type Reply, type ReplyButton } from "./reply.js";
import { passagePieces } from "./render-passages.js";

export const PAGE_SIZE = 5;
export const ANSWER_FOOTER = "Verbatim quotes from the articles, word for word · bold marks the words that answer";
/** The footer when nothing shown is in bold (no highlight on this page), so it never mentions bold for nothing. */
export const PLAIN_ANSWER_FOOTER = "Verbatim quotes from the articles, word for word";
/** Opens an answer the model is unsure of (`Answer.tentative`), on every page of it, in italics. */
const TENTATIVE_LINE = `*${TENTATIVE_NOTE}*`;
export const NOT_ANSWERED_FOOTER = "I only quote these articles, word for word; I never paraphrase, take sides or answer beyond them.";

export interface AnswerPage {
  /** Index of the first passage to show (0 for the first reply, 5 after one "More passages"). */
  readonly from: number;
  /** Reference to the question for the More passages button (see custom-ids), or null for no button. */
  readonly moreRef: string | null;
}

/** How many passages to ask the core for to show the page starting at `from` and know whether more exist. */
export function passagesToAsk(from: number): number {
  return from + PAGE_SIZE + 1;
}

/**
 * Opens the answer to a follow-up: the earlier questions it was read with, oldest first, in the asker's
 * own words (escaped, mentions defused, each shortened with "…" if long), so that they can see what was
 * searched for.
 */
export function followUpLine(earlier: readonly string[]): string {
  return `*Read as a follow-up to ${earlier.map((q) => questionTitle(q)).join(", then ")}*`;
}

export function renderAnswer(answer: Answer, page: AnswerPage): Reply {
  if (answer.kind === "not-answered") return renderNotAnswered(answer.question, answer.reason, answer.suggestions, answer.followsUp);
  const shown = answer.passages.slice(page.from, page.from + PAGE_SIZE);
  const hasMore = answer.passages.length > page.from + PAGE_SIZE;
  const top = shown[0];
  if (!top) return renderNotAnswered(answer.question, "no-match", []);
  const title =
    page.from === 0
      ? questionTitle(answer.question)
      : questionTitle(answer.question, `Passages ${page.from + 1}–${page.from + shown.length} for `);
  const footer = shown.some((p) => p.highlights.length > 0) ? ANSWER_FOOTER : PLAIN_ANSWER_FOOTER;
  return pack({
    title,
    pieces: [
      ...(answer.followsUp === undefined ? [] : [followUpLine(answer.followsUp)]),
      ...(answer.tentative ? [TENTATIVE_LINE] : []),
      ...shown.flatMap((p) => passagePieces(p, maxPieceLength(title, footer))),
    ],
    footer,
    color: COLOR,
    components: rows(answerButtons(top, hasMore ? page : null)),
  });
}

function answerButtons(top: Passage, more: AnswerPage | null): ReplyButton[] {
  const out: ReplyButton[] = [];
  if (more?.moreRef) {
    const id = encodeAction({ kind: "more", offset: more.from + PAGE_SIZE, ref: more.moreRef });
    if (id) out.push(button("More passages", id, ButtonStyle.Primary));
  }
  const ctx = encodeAction({ kind: "context", articleId: top.articleId, start: top.start, end: top.end });
  if (ctx) out.push(button("Show context", ctx));
  return out;
}

const REASON_TEXT: Record<NotAnsweredReason, string> = {
  "empty-question": "That question is empty. Ask about the articles, for example: what did the Casey review recommend?",
  "not-a-question": "I couldn't find a question in that. Ask about something the articles report, for example: why is Qari Abdul Rauf still in Rochdale? /help says more.",
  "off-topic": "That is outside what these five articles cover, so there is nothing I can quote.",
  "no-match": "The articles don't say anything I can quote on that.",
  "too-long": "That question is too long. Try a shorter one (up to 500 characters).",
  "own-words": "I only quote the articles word for word; I don't write or say anything of my own. Ask what they report, for example: what did Chris Philp say about visas?",
  "not-english": "I can only read questions in English, the language of the articles. Please ask in English.",
};

export function renderNotAnswered(
  question: string,
  reason: NotAnsweredReason,
  suggestions: ReadonlyArray<{ readonly title: string; readonly articleId: string }>,
  followsUp?: readonly string[],
): Reply {
  const lines = [...(followsUp === undefined ? [] : [followUpLine(followsUp)]), REASON_TEXT[reason]];
  if (suggestions.length > 0) {
    lines.push("", "The closest articles:", ...suggestions.map((s) => `• ${headline(s.title)} (\`${s.articleId}\`)`));
  }
  lines.push("", "See every article with /articles, or read one with /article.");
  const title = question.trim() ? questionTitle(question, "Nothing to quote for ") : "Nothing to quote";
  return pack({ title, pieces: [lines.join("\n")], footer: NOT_ANSWERED_FOOTER, color: NOTICE_COLOR });
}
