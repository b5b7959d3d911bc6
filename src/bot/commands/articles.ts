/** `/articles` — every article: headline, id, size. */
import { SlashCommandBuilder } from "discord.js";
import { renderArticleList } from "../render/render-articles.js";
import { CONTEXTS, INTEGRATION_TYPES } from "./availability.js";
import type { ChatCommand } from "./command.js";

export const articles = {
  type: "chat",
  data: new SlashCommandBuilder()
    .setName("articles")
    .setDescription("List the articles the bot quotes from")
    .setIntegrationTypes(...INTEGRATION_TYPES)
    .setContexts(...CONTEXTS),
  question: () => null,
  ephemeral: () => false,
  run: (_i, ctx) => ({ reply: renderArticleList(ctx.engine.articles), outcome: "listed" }),
} satisfies ChatCommand;
