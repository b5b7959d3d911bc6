/**
 * `npm start`: read the environment, build the index, log in, run until SIGINT/SIGTERM.
 * Works from the environment alone; for a local .env use `node --env-file=.env dist/src/bot/main.js`.
 * @module
 */
import { createEngine } from "../answers/engine.js";
import { ConfigError, loadConfig, type BotConfig } from "./config.js";
import { createLogger, scrub } from "./logger.js";
import { startBot } from "./start.js";

async function main(): Promise<void> {
  let config: BotConfig;
  try {
    config = loadConfig();
  } catch (err) {
    return fail(err instanceof ConfigError ? err.message : `config: ${String(err)}`);
  }
  const logger = createLogger(config.LOG_LEVEL, config.DISCORD_TOKEN);
  process.on("unhandledRejection", (err) => logger.error({ err }, "unhandled rejection"));

  const builtAt = performance.now();
  let engine;
  try {
    engine = createEngine(config.SEEDS_DIR ? { seedsDir: config.SEEDS_DIR } : {});
  } catch (err) {
    return fail(`seeds: ${err instanceof Error ? err.message : String(err)}`);
  }
  logger.info({ event: "index-built", articles: engine.articles.length, ms: Math.round(performance.now() - builtAt) }, "index built");

  let bot;
  try {
    bot = await startBot({ config, engine, logger });
  } catch (err) {
    logger.error({ err }, "login failed");
    return fail(`discord: could not log in: ${scrub(err instanceof Error ? err.message : String(err), config.DISCORD_TOKEN)}`);
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: "shutdown", signal }, "shutting down");
    setTimeout(() => process.exit(0), 5_000).unref();
    bot.stop().then(
      () => {
        logger.info({ event: "stopped" }, "stopped");
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

function fail(line: string): void {
  process.stderr.write(`${line.replace(/\s*\n\s*/g, " ")}\n`);
  process.exitCode = 1;
}

await main();
