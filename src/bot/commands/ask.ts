/** `/ask question:<text> private:<boolean>` — the answer, in the articles' own words. */
import { SlashCommandBuilder } from "discord.js";
import { answerQuestion } from "../answer-question.js";
import { conversationKey } from "../conversations.js";
import { CONTEXTS, INTEGRATION_TYPES } from "./availability.js";
import type { ChatCommand } from "./command.js";

export const MAX_QUESTION_LENGTH = 500;

export const ask = {
  type: "chat",
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask a question; the answer comes as verbatim quotes from the articles")
    .addStringOption((o) =>
      o.setName("question").setDescription("Your question about the articles").setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer"))
    .setIntegrationTypes(...INTEGRATION_TYPES)
    .setContexts(...CONTEXTS),
  question: (i) => i.options.getString("question", true),
  ephemeral: (i) => i.options.getBoolean("private") ?? false,
  run: (i, ctx) =>
    answerQuestion(i.options.getString("question", true), ctx, conversationKey(i.channelId, i.user.id, i.options.getBoolean("private") ?? false)),
} satisfies ChatCommand;
