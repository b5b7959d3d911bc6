/**
 * Start the fake Discord and the bot's real discord.js client against it, in this process.
 * @module
 */
import type { APIEmbed } from "discord.js";
import { expect } from "vitest";
import { loadConfig } from "../../src/bot/config.js";
import type { BotEngine } from "../../src/bot/engine-port.js";
import { startBot, type RunningBot } from "../../src/bot/start.js";
import { FakeDiscord, type RecordedCall } from "../fake-discord/fake-discord.js";
import { memoryLogger, realEngine } from "./helpers.js";

export const TOKEN = "FAKE.bot-token.never-log-me";

export interface Harness {
  readonly fake: FakeDiscord;
  readonly bot: RunningBot;
  readonly logs: string[];
  stop(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}, engine: BotEngine = realEngine()): Promise<Harness> {
  const fake = await new FakeDiscord().start();
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: "info", ...env });
  const { logger, lines } = memoryLogger(config.LOG_LEVEL, TOKEN);
  const bot = await startBot({ config, engine, logger });
  return {
    fake,
    bot,
    logs: lines,
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}

export interface SentMessage {
  readonly call: RecordedCall;
  readonly embeds: APIEmbed[];
  readonly flags: number;
  readonly allowedMentions: { parse?: string[]; replied_user?: boolean } | undefined;
  readonly components: Array<{ components: Array<{ custom_id: string; label: string }> }>;
}

export function asMessage(call: RecordedCall): SentMessage {
  const body = (call.body ?? {}) as Record<string, unknown>;
  const data = (call.path.endsWith("/callback") ? (body["data"] ?? {}) : body) as Record<string, unknown>;
  return {
    call,
    embeds: (data["embeds"] as APIEmbed[] | undefined) ?? [],
    flags: (data["flags"] as number | undefined) ?? 0,
    allowedMentions: data["allowed_mentions"] as SentMessage["allowedMentions"],
    components: (data["components"] as SentMessage["components"] | undefined) ?? [],
  };
}

/** Every assertion that holds for any message the bot sends. */
export function expectSafeMessage(m: SentMessage): void {
  expect(m.allowedMentions?.parse, `allowed_mentions.parse on ${m.call.method} ${m.call.path}`).toEqual([]);
  expect(m.call.status).toBeLessThan(300);
}
