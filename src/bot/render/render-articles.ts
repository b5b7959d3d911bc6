/**
 * `/articles`, `/article` and `/help` replies.
 * @module
 */
import { ButtonStyle } from "discord.js";
import type { Passage } from "../../answers/answer.js";
import type { ArticleInfo } from "../engine-port.js";
import { headline } from "./attribution.js";
import { encodeAction } from "./custom-ids.js";
import { escapeText } from "./escape.js";
import { LIMITS } from "./limits.js";
import { maxPieceLength, pack } from "./pack.js";
import { quotePieces } from "./quote-pieces.js";
import { COLOR, button, notice, rows, type Reply, type ReplyButton } from "./reply.js";

export function renderArticleList(articles: readonly ArticleInfo[]): Reply {
  const pieces = articles.map(
    (a, i) => `**${i + 1}.** ${headline(a.title)}\n\`${a.id}\` · ${formatSize(a.bytes)} · ${a.sentences} sentences`,
  );
  return pack({
    title: `The ${articles.length} articles I quote from`,
    pieces: pieces.length > 0 ? pieces : ["No articles are loaded."],
    footer: "Read one with /article, or ask with /ask",
    color: COLOR,
  });
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Paragraph budget per page of `/article`: short enough to read, far inside one message's limits. */
const PAGE_BUDGET = 3000;

/** Group an article's paragraphs into pages of rendered pieces (a too-long paragraph is split, never cut). */
export function articlePages(article: ArticleInfo, paragraphs: readonly Passage[]): string[][] {
  const body = paragraphs.filter((p, i) => !(i === 0 && p.quote.trim() === article.title.trim()));
  const max = maxPieceLength(articleTitle(article), articleFooter(article.id, 99, 99));
  const pages: string[][] = [];
  let page: string[] = [];
  let size = 0;
  for (const p of body) {
    for (const piece of quotePieces({ text: p.quote, start: p.start, highlights: [] }, max)) {
      if (page.length > 0 && size + piece.markdown.length + 2 > PAGE_BUDGET) {
        pages.push(page);
        page = [];
        size = 0;
      }
      page.push(piece.markdown);
      size += piece.markdown.length + 2;
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function articleTitle(a: ArticleInfo): string {
  const t = escapeText(a.title);
  return t.length <= LIMITS.title ? t : `Article ${a.id}`;
}

function articleFooter(id: string, page: number, pages: number): string {
  return `Verbatim text of ${id} · page ${page} of ${pages}`;
}

export function renderArticlePage(article: ArticleInfo | undefined, paragraphs: readonly Passage[], page: number): Reply {
  if (!article) return notice("I don't have an article with that id. See /articles for the list.");
  const pages = articlePages(article, paragraphs);
  if (pages.length === 0) return notice("That article has no paragraphs I can show.");
  const index = Math.min(Math.max(page, 0), pages.length - 1);
  const title = articleTitle(article);
  const lead = title === escapeText(article.title) ? [] : [headline(article.title)];
  const buttons: ReplyButton[] = [];
  const prev = encodeAction({ kind: "page", articleId: article.id, page: index - 1 });
  const next = encodeAction({ kind: "page", articleId: article.id, page: index + 1 });
  if (pages.length > 1 && prev && next) {
    buttons.push(button("◀ Previous", index > 0 ? prev : `${next}|x`, ButtonStyle.Secondary, index === 0));
    buttons.push(button("Next ▶", index < pages.length - 1 ? next : `${prev}|x`, ButtonStyle.Primary, index === pages.length - 1));
  }
  return pack({
    title,
    pieces: [...lead, ...(pages[index] ?? [])],
    footer: articleFooter(article.id, index + 1, pages.length),
    color: COLOR,
    components: rows(buttons),
  });
}

export const HELP_TEXT = [
  "**How to ask**",
  "• `/ask question:` followed by your question, e.g. `/ask what did the Casey review recommend?` Add `private:True` to see the answer alone.",
  "• Send me a direct message, or @mention me in a channel with your question.",
  "• Follow up in a few words (“what did she say?”, “and when?”, “what about Telford?”) and I read it with your questions of the last 10 minutes in that channel; the answer says which. Name what you ask about to start afresh.",
  "• Right-click (or long-press) a message → Apps → **Find in articles** to check a claim against what the articles say (only you see the result).",
  "• `/articles` lists the articles; `/article` shows one, verbatim, page by page.",
  "",
  "**What I quote from**",
  "Five news articles about UK grooming-gang reporting, and nothing else.",
  "",
  "**What I will never do**",
  "• Paraphrase or summarise: every quote is the article's own words, with its headline and speaker.",
  "• Take sides or give opinions.",
  "• Answer beyond the articles: if they don't say it, I tell you so.",
  "",
  "Bold words in a quote are the ones that answer your question. **More passages** shows the next ones; **Show context** shows the sentences around the top one.",
].join("\n");

export function renderHelp(articleCount: number): Reply {
  return pack({
    title: "How this bot works",
    pieces: [HELP_TEXT.replace("Five news articles", `${articleCount === 5 ? "Five" : articleCount} news articles`)],
    footer: "Verbatim quotes only · pings nobody",
    color: COLOR,
  });
}
