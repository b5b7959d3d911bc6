/**
 * What a command module exports, and what every handler receives.
 * @module
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { Conversations } from "../conversations.js";
import type { BotEngine } from "../engine-port.js";
import type { Logger } from "../logger.js";
import type { QuestionStore } from "../question-store.js";
import type { RateLimiter } from "../rate-limit.js";
import type { Reply } from "../render/reply.js";

export interface BotContext {
  readonly engine: BotEngine;
  readonly logger: Logger;
  readonly limiter: RateLimiter;
  readonly questions: QuestionStore;
  readonly conversations: Conversations;
}

/** What a handler produced: the reply, plus what the router logs about it. */
export interface Outcome {
  readonly reply: Reply;
  /** e.g. "answered", "not-answered:off-topic", "listed". */
  readonly outcome: string;
}

interface CommandBase {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
}

export interface ChatCommand extends CommandBase {
  readonly type: "chat";
  /** The question this interaction asks (rate-limited), or null if it asks none. */
  question(i: ChatInputCommandInteraction): string | null;
  ephemeral(i: ChatInputCommandInteraction): boolean;
  run(i: ChatInputCommandInteraction, ctx: BotContext): Outcome;
  autocomplete?(i: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

export interface MessageCommand extends CommandBase {
  readonly type: "message";
  question(i: MessageContextMenuCommandInteraction): string | null;
  ephemeral(i: MessageContextMenuCommandInteraction): boolean;
  run(i: MessageContextMenuCommandInteraction, ctx: BotContext): Outcome;
}

export type Command = ChatCommand | MessageCommand;
