/**
 * Ask the core and render the first page: the one path every kind of question takes
 * (/ask, "Find in articles", DMs and mentions).
 * @module
 */
import type { BotContext, Outcome } from "./commands/command.js";
import { passagesToAsk, renderAnswer } from "./render/render-answer.js";

/**
 * `conversation` is the key of the asker's conversation (see conversations.ts): a follow-up is read with
 * the questions asked before it there, and the question is noted for the next one. Without it (Find in
 * articles, whose text is someone else's message) the question is read alone.
 */
export function answerQuestion(question: string, ctx: BotContext, conversation?: string): Outcome {
  const earlier = conversation === undefined ? [] : ctx.conversations.earlier(conversation);
  const answer = ctx.engine.ask(question, { maxPassages: passagesToAsk(0), earlier });
  if (conversation !== undefined) ctx.conversations.record(conversation, question);
  // A question read alone is re-asked alone for More passages; a follow-up with what it followed.
  const reply = renderAnswer(answer, { from: 0, moreRef: ctx.questions.remember(question, answer.followsUp === undefined ? [] : earlier) });
  const followUp = answer.followsUp === undefined ? "" : ":follow-up";
  return { reply, outcome: (answer.kind === "answered" ? "answered" : `not-answered:${answer.reason}`) + followUp };
}
