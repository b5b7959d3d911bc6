/**
 * The bot's environment, parsed once at start. A bad or missing variable becomes ONE line
 * naming it; the token's value is never part of any message.
 * @module
 */
import { z } from "zod";

const emptyToUndefined = (v: unknown): unknown => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

const SNOWFLAKE = /^\d{1,20}$/;
const RATE_LIMIT = /^(\d{1,4})\s*\/\s*(\d{1,6})\s*(ms|s|m|h)?$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;

export interface RateLimitSetting {
  /** Questions allowed per window; 0 disables the limit. */
  readonly max: number;
  readonly windowMs: number;
}

/** Parse "5/30s", "10/1m", "3/500ms" or "off". */
export function parseRateLimit(text: string): RateLimitSetting | null {
  const t = text.trim().toLowerCase();
  if (t === "off" || t === "0") return { max: 0, windowMs: 0 };
  const m = RATE_LIMIT.exec(t);
  if (!m) return null;
  const windowMs = Number(m[2]) * UNIT_MS[(m[3] ?? "s") as keyof typeof UNIT_MS];
  const max = Number(m[1]);
  return windowMs > 0 && max > 0 ? { max, windowMs } : null;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const EnvSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: "DISCORD_TOKEN is missing: set the bot token in the environment" })
    .refine((t) => t.trim().length > 0, { error: "DISCORD_TOKEN is empty" })
    .refine((t) => !/\s/.test(t.trim()), { error: "DISCORD_TOKEN is malformed (it contains whitespace)" }),
  DISCORD_APPLICATION_ID: optional(
    z.string().regex(SNOWFLAKE, { error: "DISCORD_APPLICATION_ID must be a numeric id (a snowflake)" }),
  ),
  DISCORD_GUILD_ID: optional(z.string().regex(SNOWFLAKE, { error: "DISCORD_GUILD_ID must be a numeric id (a snowflake)" })),
  DISCORD_API_BASE: optional(
    z
      .url({ protocol: /^https?$/, error: "DISCORD_API_BASE must be an http(s) URL such as http://127.0.0.1:8080/api" })
      .transform((u) => u.replace(/\/+$/, "")),
  ),
  SEEDS_DIR: optional(z.string()),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof emptyToUndefined(v) === "string" ? String(v).trim().toLowerCase() : undefined),
    z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ),
  RATE_LIMIT: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("5/30s")
      .transform((v, ctx) => {
        const parsed = parseRateLimit(v);
        if (parsed) return parsed;
        ctx.addIssue({ code: "custom", message: `RATE_LIMIT must look like 5/30s (questions/window) or "off"` });
        return z.NEVER;
      }),
  ),
});

export type BotConfig = z.infer<typeof EnvSchema>;

/** A configuration problem, worded as one line that names the variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/**
 * Parse the environment. Throws a `ConfigError` whose message is one line naming every bad variable.
 * Values are never echoed, so the token cannot leak through this path.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, { requireApplicationId = false } = {}): BotConfig {
  const result = EnvSchema.safeParse(env);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const variable = String(issue.path[0] ?? "environment");
      const text = issue.message.includes(variable) ? issue.message : `${variable} is invalid`;
      problems.push(issue.code === "invalid_type" && !issue.message.includes(variable) ? `${variable} is missing` : text);
    }
  } else if (requireApplicationId && result.data.DISCORD_APPLICATION_ID === undefined) {
    problems.push("DISCORD_APPLICATION_ID is missing: registration needs the application id");
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(`config: ${[...new Set(problems)].join("; ")}`);
  return result.data;
}
