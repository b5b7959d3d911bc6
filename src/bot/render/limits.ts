/**
 * Discord's message limits, and a checker that lists every one a payload breaks.
 * Counted in UTF-16 units (JS `.length`), which never under-counts.
 * @module
 */
import type { APIEmbed } from "discord.js";
import type { ReplyMessage } from "./reply.js";

export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  totalPerMessage: 6000,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  choiceName: 100,
} as const;

/** Characters Discord counts towards the 6,000 total of one embed. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every limit the message breaks, as readable strings; `[]` when it fits. */
export function limitViolations(m: ReplyMessage): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => ok || out.push(what);
  check((m.content ?? "").length <= LIMITS.content, "content over 2000");
  check(m.embeds.length <= LIMITS.embedsPerMessage, "more than 10 embeds");
  m.embeds.forEach((e, i) => {
    check((e.title ?? "").length <= LIMITS.title, `embed ${i} title over 256`);
    check((e.description ?? "").length <= LIMITS.description, `embed ${i} description over 4096`);
    check((e.fields ?? []).length <= LIMITS.fields, `embed ${i} more than 25 fields`);
    for (const f of e.fields ?? []) {
      check(f.name.length > 0 && f.name.length <= LIMITS.fieldName, `embed ${i} field name length`);
      check(f.value.length > 0 && f.value.length <= LIMITS.fieldValue, `embed ${i} field value length`);
    }
    check((e.footer?.text ?? "").length <= LIMITS.footer, `embed ${i} footer over 2048`);
    check((e.author?.name ?? "").length <= LIMITS.authorName, `embed ${i} author over 256`);
  });
  check(m.embeds.reduce((n, e) => n + embedLength(e), 0) <= LIMITS.totalPerMessage, "embeds total over 6000");
  check(m.components.length <= LIMITS.rows, "more than 5 rows");
  for (const row of m.components) {
    check(row.components.length <= LIMITS.buttonsPerRow, "more than 5 buttons in a row");
    for (const b of row.components) {
      check(b.custom_id.length <= LIMITS.customId, "custom_id over 100");
      check(b.label.length <= LIMITS.buttonLabel, "button label over 80");
    }
  }
  return out;
}

/** Throw if a payload breaks a limit: the last gate before it is sent. */
export function assertWithinLimits(m: ReplyMessage): void {
  const v = limitViolations(m);
  if (v.length > 0) throw new Error(`render: reply breaks Discord limits: ${v.join(", ")}`);
}
