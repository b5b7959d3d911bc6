/**
 * Sending rendered replies. Every message carries `allowedMentions: { parse: [], repliedUser: false }`,
 * here and on the client, so neither a quoted nor an echoed @everyone pings anyone.
 * @module
 */
import {
  MessageFlags,
  type BaseMessageOptions,
  type Message,
  type MessageMentionOptions,
  type RepliableInteraction,
} from "discord.js";
import type { Reply, ReplyMessage } from "./render/reply.js";

export const NO_MENTIONS: Readonly<MessageMentionOptions> = Object.freeze({ parse: [], repliedUser: false });

export function messageOptions(m: ReplyMessage): BaseMessageOptions & { allowedMentions: MessageMentionOptions } {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: [...m.embeds],
    components: m.components.map((r) => ({ ...r, components: [...r.components] })),
    allowedMentions: NO_MENTIONS,
  };
}

export const ephemeralFlag = (ephemeral: boolean) => (ephemeral ? { flags: MessageFlags.Ephemeral as const } : {});

/** After `deferReply`: the first message edits the deferred reply, the rest follow up with the same visibility. */
export async function sendDeferred(i: RepliableInteraction, reply: Reply, ephemeral: boolean): Promise<void> {
  const [first, ...rest] = reply;
  await i.editReply(messageOptions(first));
  for (const m of rest) await i.followUp({ ...messageOptions(m), ...ephemeralFlag(ephemeral) });
}

/** An immediate reply as the interaction's callback: every answer and notice goes this way (see respond.ts). */
export async function replyNow(i: RepliableInteraction, reply: Reply, ephemeral: boolean): Promise<void> {
  const [first, ...rest] = reply;
  await i.reply({ ...messageOptions(first), ...ephemeralFlag(ephemeral) });
  for (const m of rest) await i.followUp({ ...messageOptions(m), ...ephemeralFlag(ephemeral) });
}

/** Answer a DM or a mention: the first message replies to it, the rest follow in the same channel. */
export async function replyToMessage(message: Message, reply: Reply): Promise<void> {
  const [first, ...rest] = reply;
  await message.reply({ ...messageOptions(first), failIfNotExists: false });
  for (const m of rest) {
    if (message.channel.isSendable()) await message.channel.send(messageOptions(m));
  }
}
