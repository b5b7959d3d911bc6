/** Config: parsed once, one line naming the bad variable, the token never echoed. */
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseRateLimit } from "../../src/bot/config.js";

const SECRET = "MTIz.secret-token-value.xyz";
const errorOf = (env: Record<string, string | undefined>, opts?: { requireApplicationId?: boolean }): string => {
  try {
    loadConfig(env, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
};

describe("loadConfig", () => {
  it("GIVEN only a token THEN the defaults apply", () => {
    const c = loadConfig({ DISCORD_TOKEN: SECRET });
    expect(c.RATE_LIMIT).toEqual({ max: 5, windowMs: 30_000 });
    expect(c.LOG_LEVEL).toBe("info");
    expect(c.DISCORD_API_BASE).toBeUndefined();
    expect(c.DISCORD_GUILD_ID).toBeUndefined();
  });

  it("GIVEN empty strings THEN they count as unset", () => {
    const c = loadConfig({ DISCORD_TOKEN: SECRET, DISCORD_GUILD_ID: "", RATE_LIMIT: "", LOG_LEVEL: " ", DISCORD_API_BASE: "" });
    expect(c.RATE_LIMIT.max).toBe(5);
    expect(c.DISCORD_GUILD_ID).toBeUndefined();
  });

  it("GIVEN a full environment THEN every value is parsed", () => {
    const c = loadConfig({
      DISCORD_TOKEN: SECRET,
      DISCORD_APPLICATION_ID: "123456789012345678",
      DISCORD_GUILD_ID: "223456789012345678",
      DISCORD_API_BASE: "http://127.0.0.1:8080/api/",
      RATE_LIMIT: "10/1m",
      LOG_LEVEL: "DEBUG",
      SEEDS_DIR: "/srv/seeds",
    });
    expect(c).toMatchObject({ DISCORD_API_BASE: "http://127.0.0.1:8080/api", RATE_LIMIT: { max: 10, windowMs: 60_000 }, LOG_LEVEL: "debug", SEEDS_DIR: "/srv/seeds" });
  });

  it.each([
    [{}, "DISCORD_TOKEN"],
    [{ DISCORD_TOKEN: "  " }, "DISCORD_TOKEN"],
    [{ DISCORD_TOKEN: `${SECRET} extra` }, "DISCORD_TOKEN"],
    [{ DISCORD_TOKEN: SECRET, DISCORD_API_BASE: "not a url" }, "DISCORD_API_BASE"],
    [{ DISCORD_TOKEN: SECRET, DISCORD_API_BASE: "ftp://x/api" }, "DISCORD_API_BASE"],
    [{ DISCORD_TOKEN: SECRET, RATE_LIMIT: "lots" }, "RATE_LIMIT"],
    [{ DISCORD_TOKEN: SECRET, LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ DISCORD_TOKEN: SECRET, DISCORD_GUILD_ID: "my-guild" }, "DISCORD_GUILD_ID"],
  ])("GIVEN %j THEN one line names %s and never the token", (env, variable) => {
    const message = errorOf(env);
    expect(message).toContain(variable);
    expect(message).not.toContain("\n");
    expect(message).not.toContain("secret-token-value");
  });

  it("GIVEN registration without an application id THEN it names DISCORD_APPLICATION_ID", () => {
    expect(errorOf({ DISCORD_TOKEN: SECRET }, { requireApplicationId: true })).toContain("DISCORD_APPLICATION_ID");
  });
});

describe("parseRateLimit", () => {
  it.each([
    ["5/30s", { max: 5, windowMs: 30_000 }],
    ["3/500ms", { max: 3, windowMs: 500 }],
    ["2/1h", { max: 2, windowMs: 3_600_000 }],
    ["7/45", { max: 7, windowMs: 45_000 }],
    ["off", { max: 0, windowMs: 0 }],
    ["0/30s", null],
    ["five", null],
  ])("%s → %j", (text, expected) => expect(parseRateLimit(text)).toEqual(expected));
});
