/**
 * Direct messages and @mentions: any DM text, or a server message that mentions the bot
 * (the mention stripped), is a question; the answer replies to it. Bots, including this one, are ignored.
 * @module
 */
import type { Message } from "discord.js";
import { answerQuestion } from "./answer-question.js";
import type { BotContext } from "./commands/command.js";
import type { RateLimitSetting } from "./config.js";
import { conversationKey } from "./conversations.js";
import { errorNoticeText, newErrorId, rateLimitText } from "./error-id.js";
import { notice } from "./render/reply.js";
import { replyToMessage } from "./send.js";

/** Remove every mention of the bot (`<@id>` or `<@!id>`) from a message. */
export function stripOwnMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").replace(/\s+/g, " ").trim();
}

export function createMessageHandler(ctx: BotContext, rateLimit: RateLimitSetting) {
  return async function onMessage(message: Message): Promise<void> {
    if (message.author.bot || message.webhookId || message.system) return;
    const me = message.client.user;
    const inDm = !message.inGuild();
    if (!inDm && !message.mentions.users.has(me.id)) return;

    const started = performance.now();
    const question = inDm ? message.content.trim() : stripOwnMention(message.content, me.id);
    const fields: Record<string, unknown> = { event: "message", context: inDm ? "dm" : "mention", questionLength: question.length };
    if (ctx.logger.isLevelEnabled("debug")) fields["question"] = question;
    try {
      if (!question) {
        await replyToMessage(message, notice("Ask me a question about the articles, e.g. “what did the Casey review recommend?” — or try /help."));
        fields["outcome"] = "empty";
      } else {
        const decision = ctx.limiter.take(message.author.id);
        if (!decision.allowed) {
          // Say it once per window; after that stay quiet rather than add to a flood.
          if (decision.firstRefusal) await replyToMessage(message, notice(rateLimitText(decision.retryAfterMs, rateLimit.max, rateLimit.windowMs)));
          fields["outcome"] = "rate-limited";
        } else {
          const result = answerQuestion(question, ctx, conversationKey(message.channelId, message.author.id));
          await replyToMessage(message, result.reply);
          fields["outcome"] = result.outcome;
        }
      }
      fields["latencyMs"] = Math.round(performance.now() - started);
      ctx.logger.info(fields, "message handled");
    } catch (err) {
      const errorId = newErrorId();
      ctx.logger.error({ ...fields, errorId, err }, "message failed");
      await replyToMessage(message, notice(errorNoticeText(errorId))).catch((e: unknown) =>
        ctx.logger.error({ errorId, err: e }, "could not tell the user about the error"),
      );
    }
  };
}
