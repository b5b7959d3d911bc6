/**
 * `node dist/src/bot/preview.js "question"`: the reply `/ask` would send, without Discord. Runs the
 * same path as the bot (answerQuestion → renderAnswer → messageOptions) over the seeds (or SEEDS_DIR)
 * and prints each embed as its parts (title, Markdown description, footer, buttons); `--json` prints
 * the message bodies as sent. docs/discord.md's example reply comes from here.
 * @module
 */
import { parseArgs } from "node:util";
import { createEngine } from "../answers/engine.js";
import { answerQuestion } from "./answer-question.js";
import { createConversations } from "./conversations.js";
import { createLogger } from "./logger.js";
import { createQuestionStore } from "./question-store.js";
import { createRateLimiter } from "./rate-limit.js";
import type { ReplyMessage } from "./render/reply.js";
import { messageOptions } from "./send.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: "boolean", default: false } } });
const question = positionals.join(" ").trim();
if (!question) {
  process.stderr.write('usage: node dist/src/bot/preview.js [--json] "what did the Casey review recommend?"\n');
  process.exit(2);
}
const engine = createEngine(); // seeds/, or SEEDS_DIR (see defaultSeedsDir)
const ctx = { engine, logger: createLogger("silent"), limiter: createRateLimiter({ max: 0, windowMs: 0 }), questions: createQuestionStore(), conversations: createConversations() };
const { reply } = answerQuestion(question, ctx);
const bodies = reply.map((m) => messageOptions(m));
process.stdout.write(values.json ? `${JSON.stringify(bodies, null, 2)}\n` : `${reply.map(asText).join("\n\n=== next message ===\n\n")}\n`);

function asText(m: ReplyMessage): string {
  const parts: string[] = [];
  if (m.content) parts.push(m.content);
  for (const e of m.embeds) {
    if (e.title) parts.push(`[embed title] ${e.title}`);
    if (e.description) parts.push(e.description);
    for (const f of e.fields ?? []) parts.push(`[field] ${f.name}\n${f.value}`);
    if (e.footer?.text) parts.push(`[footer] ${e.footer.text}`);
  }
  const buttons = m.components.flatMap((r) => r.components.map((b) => `[${b.label}]`));
  if (buttons.length > 0) parts.push(`[buttons] ${buttons.join(" ")}`);
  return parts.join("\n\n");
}
