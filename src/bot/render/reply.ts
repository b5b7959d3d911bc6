/**
 * The shape every renderer returns: plain JSON a discord.js send/edit/reply accepts.
 * @module
 */
import { ButtonStyle, ComponentType, type APIEmbed } from "discord.js";

export interface ReplyButton {
  readonly type: ComponentType.Button;
  readonly style: ButtonStyle.Primary | ButtonStyle.Secondary;
  readonly label: string;
  readonly custom_id: string;
  readonly disabled?: boolean;
}

export interface ReplyRow {
  readonly type: ComponentType.ActionRow;
  readonly components: readonly ReplyButton[];
}

export interface ReplyMessage {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly ReplyRow[];
}

/** One reply is one or more messages, sent in order (the first edits or answers, the rest follow). */
export type Reply = readonly [ReplyMessage, ...ReplyMessage[]];

export const COLOR = 0x2f6f9f;
export const NOTICE_COLOR = 0x888888;

export function button(label: string, customId: string, style: ReplyButton["style"] = ButtonStyle.Secondary, disabled = false): ReplyButton {
  return { type: ComponentType.Button, style, label, custom_id: customId, ...(disabled ? { disabled } : {}) };
}

/** Buttons in rows of at most five. */
export function rows(buttons: readonly ReplyButton[]): ReplyRow[] {
  const out: ReplyRow[] = [];
  for (let i = 0; i < buttons.length; i += 5) out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  return out;
}

/** A one-embed notice (errors, rate limits, help lines). */
export function notice(text: string, title?: string): Reply {
  return [{ embeds: [{ ...(title ? { title } : {}), description: text, color: NOTICE_COLOR }], components: [] }];
}
