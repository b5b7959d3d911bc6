/**
 * `npm run register`: PUT the command list to one guild (DISCORD_GUILD_ID, instant) or globally.
 * Works from the environment alone.
 * @module
 */
import { REST, Routes } from "discord.js";
import { commandBodies } from "./commands/index.js";
import { ConfigError, loadConfig, type BotConfig } from "./config.js";
import { scrub } from "./logger.js";

async function register(): Promise<void> {
  let config: BotConfig;
  try {
    config = loadConfig(process.env, { requireApplicationId: true });
  } catch (err) {
    return fail(err instanceof ConfigError ? err.message : `config: ${String(err)}`);
  }
  const appId = config.DISCORD_APPLICATION_ID as string;
  const rest = new REST(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}).setToken(config.DISCORD_TOKEN);
  const guild = config.DISCORD_GUILD_ID;
  const route = guild ? Routes.applicationGuildCommands(appId, guild) : Routes.applicationCommands(appId);
  const body = commandBodies();
  try {
    const saved: unknown = await rest.put(route, { body });
    // Discord answers with the saved list; count what was sent if a proxy or fake answers otherwise.
    const count = Array.isArray(saved) ? saved.length : body.length;
    const names = body.map((c) => c.name).join(", ");
    process.stdout.write(
      guild
        ? `Registered ${count} commands (${names}) to guild ${guild}; they are available there now.\n`
        : `Registered ${count} commands (${names}) globally; Discord may take up to an hour to show them everywhere.\n`,
    );
  } catch (err) {
    fail(`register: ${scrub(err instanceof Error ? err.message : String(err), config.DISCORD_TOKEN)}`);
  }
}

function fail(line: string): void {
  process.stderr.write(`${line.replace(/\s*\n\s*/g, " ")}\n`);
  process.exitCode = 1;
}

await register();
