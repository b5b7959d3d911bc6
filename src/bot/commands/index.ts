/** The explicit list of commands: the router and `register` both read it. */
import { article } from "./article.js";
import { articles } from "./articles.js";
import { ask } from "./ask.js";
import type { Command } from "./command.js";
import { findInArticles } from "./find-in-articles.js";
import { help } from "./help.js";

export const commands: readonly Command[] = [ask, articles, article, help, findInArticles];

export function commandBodies() {
  return commands.map((c) => c.data.toJSON());
}
