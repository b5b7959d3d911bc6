/**
 * Ask the core and render the first page: the one path every kind of question takes
 * (/ask, "Find in articles", DMs and mentions).
 * @module
 */
import type { BotContext, Outcome } from "./commands/command.js";
import { passagesToAsk, renderAnswer } from "./render/render-answer.js";

export function answerQuestion(question: string, ctx: BotContext, from = 0): Outcome {
  const answer = ctx.engine.ask(question, { maxPassages: passagesToAsk(from) });
  const reply = renderAnswer(answer, { from, moreRef: ctx.questions.remember(question) });
  return { reply, outcome: answer.kind === "answered" ? "answered" : `not-answered:${answer.reason}` };
}
