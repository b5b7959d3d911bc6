/** Message command "Find in articles": check a message's claim against the articles (ephemeral). */
import { ApplicationCommandType, ContextMenuCommandBuilder } from "discord.js";
import { answerQuestion } from "../answer-question.js";
import { notice } from "../render/reply.js";
import { CONTEXTS, INTEGRATION_TYPES } from "./availability.js";
import type { MessageCommand } from "./command.js";

export const findInArticles = {
  type: "message",
  data: new ContextMenuCommandBuilder()
    .setName("Find in articles")
    .setType(ApplicationCommandType.Message)
    .setIntegrationTypes(...INTEGRATION_TYPES)
    .setContexts(...CONTEXTS),
  question: (i) => i.targetMessage.content,
  ephemeral: () => true,
  run(i, ctx) {
    const text = i.targetMessage.content.trim();
    if (!text) return { reply: notice("That message has no text I can look up."), outcome: "no-text" };
    return answerQuestion(text, ctx);
  },
} satisfies MessageCommand;
