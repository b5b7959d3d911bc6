/**
 * Start the bot around an engine that is already built: wire the handlers, log in, wait for ready.
 * @module
 */
import { Events, type Client } from "discord.js";
import { createClient } from "./client.js";
import type { BotContext } from "./commands/command.js";
import type { BotConfig } from "./config.js";
import type { BotEngine } from "./engine-port.js";
import type { Logger } from "./logger.js";
import { createConversations } from "./conversations.js";
import { createMessageHandler } from "./messages.js";
import { createQuestionStore } from "./question-store.js";
import { createRateLimiter } from "./rate-limit.js";
import { createInteractionRouter } from "./router.js";

export interface RunningBot {
  readonly client: Client<true>;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly config: BotConfig;
  readonly engine: BotEngine;
  readonly logger: Logger;
}

export async function startBot({ config, engine, logger }: StartOptions): Promise<RunningBot> {
  const ctx: BotContext = {
    engine,
    logger,
    limiter: createRateLimiter(config.RATE_LIMIT),
    questions: createQuestionStore(),
    conversations: createConversations(),
  };
  const client = createClient(config);
  const route = createInteractionRouter(ctx, { rateLimit: config.RATE_LIMIT });
  const onMessage = createMessageHandler(ctx, config.RATE_LIMIT);
  client.on(Events.InteractionCreate, (i) => void route(i));
  client.on(Events.MessageCreate, (m) => void onMessage(m));
  client.on(Events.Error, (err) => logger.error({ err }, "client error"));
  client.on(Events.Warn, (text) => logger.warn({ event: "client-warning" }, text));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (err) {
    await client.destroy();
    throw err;
  }
  const readyClient = await ready;
  logger.info(
    { event: "ready", guilds: readyClient.guilds.cache.size, articles: engine.articles.length, user: readyClient.user.tag },
    `ready in ${readyClient.guilds.cache.size} guild(s) with ${engine.articles.length} articles`,
  );
  return {
    client: readyClient,
    async stop() {
      client.removeAllListeners();
      await client.destroy();
    },
  };
}
