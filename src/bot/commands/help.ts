/** `/help` — how to ask, what the bot quotes from, and what it will never do. */
import { SlashCommandBuilder } from "discord.js";
import { renderHelp } from "../render/render-articles.js";
import { CONTEXTS, INTEGRATION_TYPES } from "./availability.js";
import type { ChatCommand } from "./command.js";

export const help = {
  type: "chat",
  data: new SlashCommandBuilder()
    .setName("help")
    .setDescription("How to ask, what the bot quotes from, and what it never does")
    .setIntegrationTypes(...INTEGRATION_TYPES)
    .setContexts(...CONTEXTS),
  question: () => null,
  ephemeral: () => true,
  run: (_i, ctx) => ({ reply: renderHelp(ctx.engine.articles.length), outcome: "help" }),
} satisfies ChatCommand;
