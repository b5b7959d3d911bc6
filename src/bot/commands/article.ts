/** `/article id:<autocomplete>` — the headline and opening paragraphs, verbatim, with page buttons. */
import { SlashCommandBuilder, type AutocompleteInteraction } from "discord.js";
import type { ArticleInfo } from "../engine-port.js";
import { LIMITS } from "../render/limits.js";
import { renderArticlePage } from "../render/render-articles.js";
import { CONTEXTS, INTEGRATION_TYPES } from "./availability.js";
import type { BotContext, ChatCommand } from "./command.js";

/** Find an article by exact id, else by a headline or id containing the text. */
export function findArticle(articles: readonly ArticleInfo[], text: string): ArticleInfo | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  return articles.find((a) => a.id.toLowerCase() === t) ?? articles.find((a) => a.title.toLowerCase().includes(t) || a.id.toLowerCase().includes(t));
}

/** Autocomplete choices: at most 25, names at most 100 characters (a label, so it may end in "…"). */
export function articleChoices(articles: readonly ArticleInfo[], typed: string): Array<{ name: string; value: string }> {
  const t = typed.trim().toLowerCase();
  return articles
    .filter((a) => !t || a.id.toLowerCase().includes(t) || a.title.toLowerCase().includes(t))
    .slice(0, LIMITS.autocompleteChoices)
    .map((a) => ({ name: label(a.title, a.id), value: a.id.slice(0, 100) }));
}

function label(title: string, id: string): string {
  const suffix = ` (${id.slice(0, 3)})`;
  const room = LIMITS.choiceName - suffix.length;
  const flat = title.replace(/\s+/g, " ").trim();
  const shown = flat.length <= room ? flat : `${Array.from(flat).slice(0, room - 1).join("").trimEnd()}…`;
  return `${shown}${suffix}`.slice(0, LIMITS.choiceName);
}

export const article = {
  type: "chat",
  data: new SlashCommandBuilder()
    .setName("article")
    .setDescription("Read one article, verbatim, page by page")
    .addStringOption((o) => o.setName("id").setDescription("The article (type to search headlines)").setRequired(true).setAutocomplete(true))
    .setIntegrationTypes(...INTEGRATION_TYPES)
    .setContexts(...CONTEXTS),
  question: () => null,
  ephemeral: () => false,
  run(i, ctx) {
    const found = findArticle(ctx.engine.articles, i.options.getString("id", true));
    const reply = renderArticlePage(found, found ? ctx.engine.paragraphs(found.id) : [], 0);
    return { reply, outcome: found ? "article" : "unknown-article" };
  },
  async autocomplete(i: AutocompleteInteraction, ctx: BotContext) {
    await i.respond(articleChoices(ctx.engine.articles, i.options.getFocused()));
  },
} satisfies ChatCommand;
