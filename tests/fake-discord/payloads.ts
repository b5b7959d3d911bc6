/**
 * Gateway payloads the fake sends: READY, GUILD_CREATE, interactions and messages, shaped as
 * Discord sends them (only the fields discord.js reads, plus the documented required ones).
 * @module
 */
import { BOT_USER, IDS, snowflake, user } from "./ids.js";

export type Where = "guild" | "dm" | "private";

const iso = () => new Date().toISOString();

export function readyPayload(sessionId: string, resumeUrl: string) {
  return {
    v: 10,
    user: { ...BOT_USER, flags: 0, verified: true, mfa_enabled: false },
    guilds: [{ id: IDS.guild, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: IDS.app, flags: 0 },
    private_channels: [],
    relationships: [],
  };
}

export function guildCreatePayload() {
  return {
    id: IDS.guild,
    name: "Fake Guild",
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: IDS.guild, name: "@everyone", permissions: "68608", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    joined_at: iso(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [{ user: BOT_USER, roles: [], joined_at: iso(), deaf: false, mute: false, flags: 0 }],
    channels: [
      { id: IDS.channel, type: 0, name: "general", position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    preferred_locale: "en-US",
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}

function member(userId: string) {
  return { user: user(userId), roles: [], joined_at: iso(), deaf: false, mute: false, flags: 0, permissions: "2248473465835073", pending: false };
}

/** Where an interaction happens: the fields that differ between a guild, the bot's DM and a private channel. */
function place(where: Where, userId: string) {
  const contextType = where === "guild" ? 0 : where === "dm" ? 1 : 2;
  if (where === "guild") {
    return {
      guild_id: IDS.guild,
      guild: { id: IDS.guild, locale: "en-US", features: [] },
      guild_locale: "en-US",
      channel_id: IDS.channel,
      channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: "general", permissions: "2248473465835073" },
      member: member(userId),
      authorizing_integration_owners: { "0": IDS.guild },
      context: contextType,
    };
  }
  const channelId = where === "dm" ? IDS.dmChannel : IDS.privateChannel;
  return {
    channel_id: channelId,
    channel: { id: channelId, type: where === "dm" ? 1 : 3, recipients: [user(userId)] },
    user: user(userId),
    authorizing_integration_owners: { "1": userId },
    context: contextType,
  };
}

function base(type: number, where: Where, userId: string) {
  return {
    id: snowflake(),
    application_id: IDS.app,
    type,
    token: `itok_${snowflake()}_${Math.random().toString(36).slice(2)}`,
    version: 1,
    locale: "en-US",
    app_permissions: "2248473465835073",
    entitlements: [],
    attachment_size_limit: 10_485_760,
    ...place(where, userId),
  };
}

export interface CommandOption {
  readonly name: string;
  readonly type: number;
  readonly value: string | number | boolean;
  readonly focused?: boolean;
}

export function slashCommand(name: string, options: CommandOption[], where: Where = "guild", userId: string = IDS.user) {
  return { ...base(2, where, userId), data: { id: snowflake(), name, type: 1, options } };
}

export function autocomplete(name: string, options: CommandOption[], where: Where = "guild", userId: string = IDS.user) {
  return { ...base(4, where, userId), data: { id: snowflake(), name, type: 1, options } };
}

export function messageCommand(name: string, target: ReturnType<typeof guildMessage>, where: Where = "guild", userId: string = IDS.user) {
  return {
    ...base(2, where, userId),
    data: { id: snowflake(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
  };
}

export function buttonClick(customId: string, message: Record<string, unknown>, where: Where = "guild", userId: string = IDS.user) {
  return { ...base(3, where, userId), data: { custom_id: customId, component_type: 2 }, message };
}

export function guildMessage(content: string, opts: { authorId?: string; bot?: boolean; mentions?: ReadonlyArray<Record<string, unknown>>; everyone?: boolean } = {}) {
  const authorId = opts.authorId ?? IDS.user;
  return {
    id: snowflake(),
    channel_id: IDS.channel,
    guild_id: IDS.guild,
    author: opts.bot ? { ...user(authorId, "other-bot"), bot: true } : user(authorId),
    member: { roles: [], joined_at: iso(), deaf: false, mute: false, flags: 0 },
    content,
    timestamp: iso(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: opts.everyone ?? false,
    mentions: opts.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

export function dmMessage(content: string, authorId: string = IDS.user) {
  return {
    id: snowflake(),
    channel_id: IDS.dmChannel,
    channel_type: 1,
    author: user(authorId),
    content,
    timestamp: iso(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

export const botMention = () => ({ ...BOT_USER, member: { roles: [], joined_at: iso(), deaf: false, mute: false, flags: 0 } });
