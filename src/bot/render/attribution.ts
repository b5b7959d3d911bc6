/**
 * The line under each quote: who says it and in which article, then any merged duplicates.
 * @module
 */
import type { Passage } from "../../answers/answer.js";
import { escapeText } from "./escape.js";

export function headline(title: string): string {
  return `*${escapeText(title)}*`;
}

export function attribution(p: Passage): string {
  const who = p.speaker ? `**${escapeText(p.speaker.name)}** · ` : "";
  const lines = [`— ${who}${headline(p.title)}`];
  const others = [...new Map(p.alsoReportedIn.map((a) => [a.articleId, a.title])).values()];
  if (others.length > 0) lines.push(`Also reported in ${others.map(headline).join(", ")}`);
  return lines.join("\n");
}
