/**
 * What the REPL does with one line: a question, or a command. Kept apart from readline so that it can be
 * tested without a terminal. The commands give a terminal user what the bot's buttons give a Discord
 * user: more passages, the sentences around a passage, a whole article.
 * @module
 */
import type { Passage } from "../answers/answer.js";
import type { Engine } from "../answers/engine.js";
import { formatAnswer, formatArticle, formatContext, formatPassages } from "./format.js";

export const HELP = `Ask a question about the articles, e.g. "why is Qari Abdul Rauf still in Rochdale?"
Answers are the articles' own sentences, verbatim, with the speaker and the headline.
A short follow-up ("what did she say?", "and when?", "what about Telford?") is read with the
questions before it; the answer says which.
  :more        more passages for the last question
  :new         start afresh: the next question is read on its own
  :context N   the sentences around passage N of the last answer
  :articles    list the articles       :article N   read article N (or its id)
  :json        toggle JSON output      :help        this text
  :quit        leave (or Ctrl-D)
Commands also work with a slash, as in Discord: /help, /more, /ask why is Rauf still in Rochdale?`;

/** Passages shown per question, and per `:more`. */
export const PAGE = 5;

/** How many earlier questions a follow-up may be read with. */
const KEEP = 3;

export interface ReplState {
  json: boolean;
  /** The last question asked, the questions it was read with, and every passage shown for it so far (numbered from 1). */
  last: { readonly question: string; readonly earlier: readonly string[]; passages: readonly Passage[] } | undefined;
  /** The questions asked so far in this conversation, oldest first (at most KEEP), for a follow-up to lean on. */
  earlier: string[];
}

/** A fresh session's state. */
export function newReplState(json = false): ReplState {
  return { json, last: undefined, earlier: [] };
}

export interface ReplOutput {
  readonly text: string;
  readonly quit?: boolean;
}

/** Run one line typed at the prompt; never throws. */
export function replLine(engine: Engine, state: ReplState, line: string, colour: boolean): ReplOutput {
  const input = line.trim();
  if (input === "") return { text: "" };
  // A command is a colon and a word; anything else (":)", ": why …") is a question. A slash works as
  // the colon does, as people used to the bot's slash commands type it ("/help", "/ask who is Rauf").
  const command = /^([:/])([a-z]+)(?:\s+([\s\S]*))?$/iu.exec(input);
  try {
    if (!command) return { text: ask(engine, state, input, colour) };
    const [, prefix, name, arg = ""] = command;
    switch (name!.toLowerCase()) {
      case "ask":
        return arg.trim() === "" ? { text: 'Type the question after it, e.g. :ask why is Qari Abdul Rauf still in Rochdale?' } : { text: ask(engine, state, arg.trim(), colour) };
      case "quit":
      case "q":
      case "exit":
        return { text: "", quit: true };
      case "help":
        return { text: HELP };
      case "json":
        state.json = !state.json;
        return { text: `JSON output ${state.json ? "on" : "off"}` };
      case "articles":
        return { text: engine.articles.map((a, i) => `  ${i + 1}. ${a.title}  [${a.id}]`).join("\n") };
      case "article":
        return { text: article(engine, arg.trim(), colour) };
      case "more":
        return { text: more(engine, state, colour) };
      case "new":
        state.earlier = [];
        return { text: "Starting afresh: the next question is read on its own." };
      case "context":
        return { text: context(engine, state, arg.trim(), colour) };
      default:
        return { text: `There is no command ${prefix}${name}. Type :help for the list.` };
    }
  } catch (error) {
    // Never a stack trace at the prompt: a bug gets one line and the session goes on.
    return { text: `Sorry, something went wrong with that (${(error as Error).name}). Please try another question.` };
  }
}

function ask(engine: Engine, state: ReplState, question: string, colour: boolean): string {
  const earlier = [...state.earlier];
  const answer = engine.ask(question, { maxPassages: PAGE, earlier });
  state.earlier = [...earlier, question].slice(-KEEP);
  state.last = { question, earlier, passages: answer.kind === "answered" ? answer.passages : [] };
  if (state.json) return JSON.stringify(engine.toJson(answer), null, 2);
  // "help", "hello", "?": whoever typed it may not know the commands yet.
  const lost = answer.kind === "not-answered" && (answer.reason === "not-a-question" || answer.reason === "empty-question");
  return formatAnswer(answer, colour) + (lost ? "\nType :help for the commands." : "");
}

function more(engine: Engine, state: ReplState, colour: boolean): string {
  if (!state.last) return "Ask a question first; :more then shows further passages for it.";
  const { question, earlier, passages: shown } = state.last;
  if (shown.length === 0) return "The last question got no passages, so there are no more to show.";
  const answer = engine.ask(question, { maxPassages: shown.length + PAGE, earlier });
  const passages = answer.kind === "answered" ? answer.passages : [];
  if (passages.length <= shown.length) return "There are no more passages for that question.";
  state.last = { question, earlier, passages };
  if (state.json) return JSON.stringify(engine.toJson(answer), null, 2);
  return formatPassages(passages.slice(shown.length), colour, shown.length + 1);
}

function context(engine: Engine, state: ReplState, arg: string, colour: boolean): string {
  const shown = state.last?.passages ?? [];
  if (shown.length === 0) return "Ask a question first; :context N then shows the sentences around its passage N.";
  const n = Number(arg === "" ? "1" : arg);
  const passage = Number.isInteger(n) ? shown[n - 1] : undefined;
  if (!passage) return `Give the number of a passage shown, from 1 to ${shown.length}, e.g. :context 1`;
  const around = engine.context(passage.articleId, passage.start, passage.end, 2);
  return around ? formatContext(around, passage, colour) : "That passage is no longer in the articles.";
}

function article(engine: Engine, arg: string, colour: boolean): string {
  const { articles } = engine;
  const n = Number(arg);
  const matches = Number.isInteger(n) && n >= 1 && n <= articles.length ? [articles[n - 1]!] : arg === "" ? [] : articles.filter((a) => a.id.startsWith(arg));
  if (matches.length !== 1) return `Give an article's number from :articles (1 to ${articles.length}) or its id, e.g. :article 1`;
  const [{ id, title }] = matches as [(typeof articles)[number]];
  return formatArticle(title, id, engine.paragraphs(id), colour);
}
