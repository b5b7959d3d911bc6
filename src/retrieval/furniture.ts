/**
 * Page furniture: the debris a web page leaves in a copied article (share buttons, "Exit mobile
 * version", time stamps, photo credits, menu rows, reader-directed boilerplate). Recognised by
 * shape, never by a list of known strings, because the bot may be pointed at other articles.
 * @module
 */
import type { Token } from "./nlp.js";

/** A prose line ends like a sentence: a full stop, question or exclamation mark, or a closing quote. */
const SENTENCE_END = /[.?!…]["'”’)\]]*$|["”’]$/u;
/** "Name Surname/Agency" or "… – Name /For The Paper": the shape of a photo credit. */
const CREDIT = /(?:^|\s[–—-]\s*)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*\/\s*\p{Lu}/u;
/** Words with which a page talks to its reader rather than reporting. */
const READER_ADDRESS = /\b(?:you|your|you're|you’re)\b/iu;

export interface FurnitureContext {
  /** The paragraph is among the article's last lines, where site boilerplate collects. */
  readonly isLastLines: boolean;
}

/**
 * Whether a paragraph is page furniture.
 * @example isFurniture("Exit mobile version", tokens, { isLastLines: false }) // => true
 */
export function isFurniture(text: string, tokens: readonly Token[], context: FurnitureContext): boolean {
  const words = tokens.filter((t) => t.kind === "word");
  if (words.length <= 2) return true; // "Share.", a lone name under a photo

  const symbols = tokens.filter((t) => t.kind !== "word" && t.kind !== "number").length;
  if (symbols >= words.length) return true; // "Infrastruktur | | | |"
  if (CREDIT.test(text) && !/[“”"]/u.test(text)) return true; // photo credits and captions carrying one
  const isProse = SENTENCE_END.test(text);
  // Short lines that do not end like a sentence: buttons, labels, time stamps, captions.
  if (!isProse && words.length <= 6) return true;
  if (!isProse && !tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return true;
  // Site boilerplate addressed to the reader, outside any quotation, at the very end.
  return context.isLastLines && READER_ADDRESS.test(text) && !/[“”"‘]/u.test(text);
}
