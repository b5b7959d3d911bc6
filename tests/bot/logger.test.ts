import { describe, expect, it } from "vitest";
import { memoryLogger } from "./helpers.js";

const TOKEN = "MTE0.fake-bot-token.never-log-me";
const INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OmZha2U";

describe("logger", () => {
  it("GIVEN errors and objects that carry the bot token or an interaction token THEN the log holds neither", () => {
    const { logger, lines } = memoryLogger("debug", TOKEN);
    const err = new Error(`POST /api/v10/interactions/123456789012345678/${INTERACTION_TOKEN}/callback failed (Authorization: Bot ${TOKEN})`);
    logger.error({ err }, `request failed for ${TOKEN}`);
    logger.warn(err);
    logger.error(new Error(`PATCH /api/v10/webhooks/123456789012345678/${INTERACTION_TOKEN}/messages/@original: 401`));
    logger.info({ token: TOKEN, config: { DISCORD_TOKEN: TOKEN } }, "starting");
    const all = lines.join("");
    expect(lines.length).toBe(4);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(INTERACTION_TOKEN);
    expect(all).toContain("[token]");
  });
});
