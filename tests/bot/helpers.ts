/**
 * Shared test helpers: the real engine over the real seeds, the seed texts read independently
 * from disk, and a reader that takes the quotes back out of a rendered embed.
 * @module
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { APIEmbed } from "discord.js";
import { createEngine } from "../../src/answers/engine.js";
import type { BotEngine } from "../../src/bot/engine-port.js";
import { unrenderQuote } from "../../src/bot/render/escape.js";
import { createLogger, type Logger } from "../../src/bot/logger.js";

export const SEEDS_DIR = join(import.meta.dirname, "../../seeds");

let engine: BotEngine | null = null;
/** The real engine, built once per test file. */
export function realEngine(): BotEngine {
  engine ??= createEngine({ seedsDir: SEEDS_DIR });
  return engine;
}

/** Article id → text, straight from the seed files (not through the engine). */
export const SEED_TEXT: ReadonlyMap<string, string> = new Map(
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => [f.replace(/\.txt$/, ""), readFileSync(join(SEEDS_DIR, f), "utf8")]),
);

export interface QuoteBlock {
  /** The quote with our block-quote prefixes, bold markers and escapes removed. */
  readonly text: string;
  /** The attribution line ("— **Speaker** · *Headline*"), if one follows. */
  readonly attribution: string | null;
  /** The headline named in the attribution, unescaped. */
  readonly headline: string | null;
  readonly speaker: string | null;
}

/** Undo escapeMarkdown (backslash before any character). */
export function unescape(s: string): string {
  return s.replace(/\\([\s\S])/g, "$1");
}

/** Every block-quoted passage in a description, with the line that follows it. */
export function quoteBlocks(description: string): QuoteBlock[] {
  const lines = description.split("\n");
  const out: QuoteBlock[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.startsWith(">")) {
      i++;
      continue;
    }
    const quoteLines: string[] = [];
    while (i < lines.length && lines[i]!.startsWith(">")) quoteLines.push(lines[i++]!);
    const next = lines[i];
    const attribution = next?.startsWith("— ") ? next : null;
    const m = attribution ? /^— (?:\*\*((?:\\.|[^*\\])+)\*\* · )?\*((?:\\.|[^*\\])+)\*$/.exec(attribution) : null;
    out.push({
      text: unrenderQuote(quoteLines.join("\n")),
      attribution,
      speaker: m?.[1] !== undefined ? unescape(m[1]) : null,
      headline: m?.[2] !== undefined ? unescape(m[2]) : null,
    });
  }
  return out;
}

export function allQuoteBlocks(embeds: readonly APIEmbed[]): QuoteBlock[] {
  return embeds.flatMap((e) => quoteBlocks(e.description ?? ""));
}

/** Ids of the articles whose text contains `quote` exactly. */
export function articlesContaining(quote: string): string[] {
  return [...SEED_TEXT].filter(([, text]) => text.includes(quote)).map(([id]) => id);
}

/** A pino logger writing into an array, for asserting on what the bot logs. */
export function memoryLogger(level = "info", token?: string): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(level, token, stream), lines };
}
