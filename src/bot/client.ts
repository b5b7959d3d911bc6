/**
 * The discord.js client: the intents and partials DMs and mentions need, and no MessageContent.
 * @module
 */
import { Client, GatewayIntentBits, Partials } from "discord.js";
import type { BotConfig } from "./config.js";
import { NO_MENTIONS } from "./send.js";

export function createClient(config: Pick<BotConfig, "DISCORD_API_BASE">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // Without the Channel partial a DM from an uncached channel never reaches messageCreate.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(config.DISCORD_API_BASE ? { rest: { api: config.DISCORD_API_BASE } } : {}),
  });
}
