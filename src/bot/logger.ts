/**
 * Structured logs to stderr (pino). Never the token; message content only at debug level.
 * @module
 */
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/** Hide secrets that can ride along in error messages: the bot token and interaction tokens in webhook URLs. */
export function scrub(text: string, token?: string): string {
  let out = text
    .replace(/(\/webhooks\/\d+\/)[^/\s?]+/g, "$1[token]")
    .replace(/(\/interactions\/\d+\/)[^/\s?]+/g, "$1[token]");
  if (token) out = out.split(token).join("[token]");
  return out;
}

export function createLogger(level: string, token?: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: "verbatim-news-bot" },
      redact: { paths: ["token", "*.token", "config.DISCORD_TOKEN"], censor: "[token]" },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        logMethod(args, method) {
          // Scrub every string argument (messages and error text) before it is written.
          const clean = args.map((a: unknown) =>
            typeof a === "string" ? scrub(a, token) : a instanceof Error ? scrubError(a, token) : a,
          );
          method.apply(this, clean as Parameters<typeof method>);
        },
      },
      serializers: { err: (e: unknown) => serializeError(e, token) },
    },
    destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

function scrubError(e: Error, token?: string): Error {
  const copy = new Error(scrub(e.message, token));
  copy.name = e.name;
  copy.stack = e.stack ? scrub(e.stack, token) : undefined;
  return copy;
}

function serializeError(e: unknown, token?: string): unknown {
  if (!(e instanceof Error)) return scrub(String(e), token);
  const out: Record<string, unknown> = { type: e.name, message: scrub(e.message, token) };
  if (e.stack) out["stack"] = scrub(e.stack, token);
  const code = (e as { code?: unknown }).code;
  if (code !== undefined) out["code"] = code;
  const status = (e as { status?: unknown }).status;
  if (status !== undefined) out["status"] = status;
  return out;
}
