/**
 * Button clicks: More passages (ephemeral, the next page), Show context (ephemeral),
 * and the /article page buttons (update the message in place). Each answers in one callback (respond.ts).
 * @module
 */
import type { ButtonInteraction } from "discord.js";
import type { BotContext, Outcome } from "./commands/command.js";
import { decodeAction } from "./render/custom-ids.js";
import { passagesToAsk, renderAnswer } from "./render/render-answer.js";
import { renderArticlePage } from "./render/render-articles.js";
import { renderContext } from "./render/render-context.js";
import { notice } from "./render/reply.js";
import { respond, respondByUpdate } from "./respond.js";
import { replyNow } from "./send.js";
import type { Reply } from "./render/reply.js";

export interface ButtonResult extends Partial<Outcome> {
  readonly outcome: string;
  readonly question?: string;
}

/** Handle a click; the caller (the router) owns rate limiting via `question` and the error boundary. */
export async function handleButton(i: ButtonInteraction, ctx: BotContext, allow: (question: string) => Promise<boolean>): Promise<ButtonResult> {
  const action = decodeAction(i.customId);
  if (!action) {
    await replyNow(i, notice("This button no longer works. Ask again for a fresh answer."), true);
    return { outcome: "stale-button" };
  }
  switch (action.kind) {
    case "more": {
      const asked = ctx.questions.recall(action.ref);
      if (asked === null) {
        await replyNow(i, notice("That answer has expired. Ask the question again for a fresh one."), true);
        return { outcome: "expired" };
      }
      const { question, earlier } = asked;
      if (!(await allow(question))) return { outcome: "rate-limited", question };
      const { outcome } = await respond(
        i,
        () => {
          const answer = ctx.engine.ask(question, { maxPassages: passagesToAsk(action.offset), earlier });
          const reply: Reply =
            answer.kind === "answered" && answer.passages.length <= action.offset
              ? notice("There are no more passages for that question.")
              : renderAnswer(answer, { from: action.offset, moreRef: action.ref });
          return { reply, outcome: "more" };
        },
        { private: true },
      );
      return { outcome, question };
    }
    case "context": {
      const { outcome } = await respond(
        i,
        () => {
          const context = ctx.engine.context(action.articleId, action.start, action.end, 2);
          return { reply: renderContext(context, action), outcome: context ? "context" : "context-missing" };
        },
        { private: true },
      );
      return { outcome };
    }
    case "page": {
      const { outcome } = await respondByUpdate(i, () => {
        const article = ctx.engine.articles.find((a) => a.id === action.articleId);
        return { reply: renderArticlePage(article, article ? ctx.engine.paragraphs(article.id) : [], action.page), outcome: "page" };
      });
      return { outcome };
    }
  }
}
