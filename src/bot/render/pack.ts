/**
 * The limit enforcer: pack rendered pieces into embeds and messages so that every message keeps
 * to Discord's limits. Pieces are never cut here; a break only ever falls between two pieces.
 * @module
 */
import type { APIEmbed } from "discord.js";
import { LIMITS, assertWithinLimits } from "./limits.js";
import type { Reply, ReplyMessage, ReplyRow } from "./reply.js";

export interface PackInput {
  /** Title of the first embed (at most 256). */
  readonly title?: string;
  /** Pieces of description text, in order; each at most `maxPieceLength(title, footer)`. */
  readonly pieces: readonly string[];
  /** Footer repeated on the last embed of every message. */
  readonly footer: string;
  readonly color: number;
  /** Buttons for the last message. */
  readonly components?: readonly ReplyRow[];
  /** Join pieces inside one description with this (default a blank line). */
  readonly separator?: string;
}

/** The longest piece `pack` accepts with this title and footer. */
export function maxPieceLength(title = "", footer = ""): number {
  return Math.min(LIMITS.description, LIMITS.totalPerMessage - title.length - footer.length);
}

export function pack({ title, pieces, footer, color, components = [], separator = "\n\n" }: PackInput): Reply {
  if (title && title.length > LIMITS.title) throw new Error("render: title over 256");
  const limit = maxPieceLength(title, footer);
  const messages: APIEmbed[][] = [];
  let embeds: string[] = [];
  let total = 0;
  const budget = () => LIMITS.totalPerMessage - footer.length - (messages.length === 0 && title ? title.length : 0);

  for (const piece of pieces) {
    if (piece.length > limit) throw new Error(`render: piece of ${piece.length} over ${limit}`);
    const last = embeds.length - 1;
    const current = embeds[last];
    if (current !== undefined && current.length + separator.length + piece.length <= LIMITS.description && total + separator.length + piece.length <= budget()) {
      embeds[last] = current + separator + piece;
      total += separator.length + piece.length;
    } else if (embeds.length > 0 && (embeds.length >= LIMITS.embedsPerMessage || total + piece.length > budget())) {
      messages.push(toEmbeds(embeds));
      embeds = [piece];
      total = piece.length;
    } else {
      embeds.push(piece);
      total += piece.length;
    }
  }
  if (embeds.length > 0 || messages.length === 0) messages.push(toEmbeds(embeds.length > 0 ? embeds : []));

  const out = messages.map((list, i): ReplyMessage => {
    const withExtras = list.map((e, j): APIEmbed => ({
      ...(i === 0 && j === 0 && title ? { title } : {}),
      ...e,
      ...(j === list.length - 1 ? { footer: { text: footer } } : {}),
    }));
    return { embeds: withExtras, components: i === messages.length - 1 ? components : [] };
  });
  out.forEach(assertWithinLimits);
  return out as unknown as Reply;

  function toEmbeds(descriptions: readonly string[]): APIEmbed[] {
    if (descriptions.length === 0) return [{ color }];
    return descriptions.map((d) => ({ description: d, color }));
  }
}
