/**
 * Every command is usable in servers, in the bot's DMs, in private channels and as a user-installed app.
 * @module
 */
import { ApplicationIntegrationType, InteractionContextType } from "discord.js";

export const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall] as const;
export const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel] as const;
