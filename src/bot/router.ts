/**
 * The interaction router: finds the command, rate-limits questions and answers with the reply
 * itself as the acknowledgement (every command answers synchronously; respond.ts would defer only
 * asynchronous work still running after 1.5 s). One error boundary logs the failure with an id and answers politely; the bot keeps running.
 * @module
 */
import {
  InteractionContextType,
  MessageFlags,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type RepliableInteraction,
} from "discord.js";
import { handleButton } from "./buttons.js";
import type { BotContext, Command, Outcome } from "./commands/command.js";
import { commands as defaultCommands } from "./commands/index.js";
import { errorNoticeText, newErrorId, rateLimitText } from "./error-id.js";
import { notice } from "./render/reply.js";
import { respond } from "./respond.js";
import { messageOptions, replyNow } from "./send.js";
import type { RateLimitSetting } from "./config.js";

export interface RouterOptions {
  readonly commands?: readonly Command[];
  readonly rateLimit: RateLimitSetting;
}

export function createInteractionRouter(ctx: BotContext, { commands = defaultCommands, rateLimit }: RouterOptions) {
  const byName = new Map(commands.map((c) => [c.data.name, c]));

  /** Take a rate-limit token; when refused, tell the user (ephemeral) and return false. */
  const allowFor = (i: RepliableInteraction) => async (_question: string) => {
    const decision = ctx.limiter.take(i.user.id);
    if (decision.allowed) return true;
    await replyNow(i, notice(rateLimitText(decision.retryAfterMs, rateLimit.max, rateLimit.windowMs)), true);
    return false;
  };

  return async function route(i: Interaction): Promise<void> {
    const started = performance.now();
    const fields: Record<string, unknown> = { event: "interaction", context: contextName(i) };
    let question: string | null = null;
    try {
      if (i.isAutocomplete()) {
        fields["command"] = i.commandName;
        const cmd = byName.get(i.commandName);
        if (cmd?.type === "chat" && cmd.autocomplete) await cmd.autocomplete(i, ctx);
        else await i.respond([]);
        fields["outcome"] = "autocomplete";
      } else if (i.isChatInputCommand() || i.isMessageContextMenuCommand()) {
        fields["command"] = i.commandName;
        const bound = bind(byName.get(i.commandName), i);
        if (!bound) {
          await replyNow(i, notice("I don't know that command any more. It may have been removed."), true);
          fields["outcome"] = "unknown-command";
        } else {
          question = bound.question;
          fields["ephemeral"] = bound.ephemeral;
          if (question !== null && !(await allowFor(i)(question))) {
            fields["outcome"] = "rate-limited";
          } else {
            const result = await respond(i, () => bound.run(ctx), { private: bound.ephemeral });
            fields["deferred"] = i.deferred;
            fields["outcome"] = result.outcome;
          }
        }
      } else if (i.isButton()) {
        fields["command"] = `button:${i.customId.split("|")[0]}`;
        const result = await handleButton(i, ctx, allowFor(i));
        question = result.question ?? null;
        fields["outcome"] = result.outcome;
      } else {
        return;
      }
    } catch (err) {
      const errorId = newErrorId();
      fields["outcome"] = "error";
      fields["errorId"] = errorId;
      ctx.logger.error({ ...fields, err }, "interaction failed");
      await politeError(i, errorId).catch((e: unknown) => ctx.logger.error({ errorId, err: e }, "could not tell the user about the error"));
    } finally {
      if (question !== null) {
        fields["questionLength"] = question.length;
        if (ctx.logger.isLevelEnabled("debug")) fields["question"] = question;
      }
      fields["latencyMs"] = Math.round(performance.now() - started);
      if (fields["outcome"] !== "error") ctx.logger.info(fields, "interaction handled");
    }
  };
}

interface BoundCommand {
  readonly ephemeral: boolean;
  readonly question: string | null;
  run(ctx: BotContext): Outcome;
}

/** Pair a command with an interaction of its own type, or null when they do not match. */
function bind(cmd: Command | undefined, i: ChatInputCommandInteraction | MessageContextMenuCommandInteraction): BoundCommand | null {
  if (cmd?.type === "chat" && i.isChatInputCommand()) return { ephemeral: cmd.ephemeral(i), question: cmd.question(i), run: (ctx) => cmd.run(i, ctx) };
  if (cmd?.type === "message" && i.isMessageContextMenuCommand()) {
    return { ephemeral: cmd.ephemeral(i), question: cmd.question(i), run: (ctx) => cmd.run(i, ctx) };
  }
  return null;
}

async function politeError(i: Interaction, errorId: string): Promise<void> {
  if (i.isAutocomplete()) {
    if (!i.responded) await i.respond([]);
    return;
  }
  if (!i.isRepliable()) return;
  const [message] = notice(errorNoticeText(errorId));
  const options = messageOptions(message);
  if (i.deferred && !i.replied && !(i.isButton() && i.customId.startsWith("art|"))) await i.editReply(options);
  else if (i.deferred || i.replied) await i.followUp({ ...options, flags: MessageFlags.Ephemeral });
  else await i.reply({ ...options, flags: MessageFlags.Ephemeral });
}

function contextName(i: Interaction): string {
  switch (i.context) {
    case InteractionContextType.Guild:
      return "guild";
    case InteractionContextType.BotDM:
      return "dm";
    case InteractionContextType.PrivateChannel:
      return "private-channel";
    default:
      return i.inGuild() ? "guild" : "dm";
  }
}
