/**
 * Strip chat noise from a question before it is parsed: Discord mentions and custom emoji,
 * code fences and inline code (their words kept; a spoiler or code span of a few words ends a sentence),
 * markdown marks, URLs, control characters.
 * @module
 */

/** Longest question (after cleaning) the core reads; longer input is refused politely. */
export const MAX_QUESTION_LENGTH = 4000;

/**
 * A spoiler or inline code span of a few words is a sentence of its own in chat ("||the MPs who wrote to
 * the Home Office|| `what did they say they weren't aware of`"); a shorter one is a word in a sentence
 * ("who is ||rauf||").
 */
const SPAN = /\|\|([^|]+)\|\||`([^`]+)`/gu;
const SENTENCE_WORDS = 3;

function spanText(_: string, spoiler?: string, code?: string): string {
  const inner = (spoiler ?? code ?? "").trim();
  const words = inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < SENTENCE_WORDS || /[.?!]$/u.test(inner)) return ` ${inner} `;
  return ` ${inner}. `;
}

type Replacer = (match: string, ...groups: Array<string | undefined>) => string;

const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string | Replacer]> = [
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu, " "],
  [/<a?:\w{1,32}:\d{5,25}>/gu, " "], // custom emoji
  [/<(?:@[!&]?|#)\d{5,25}>/gu, " "], // user, role and channel mentions
  [/@(?:everyone|here)\b/giu, " "],
  [/\[([^\]]*)\]\([^)]*\)/gu, "$1"], // masked links keep their text
  [/\bhttps?:\/\/\S+/giu, " "],
  [/```[a-z0-9+-]*\n?/giu, " "], // code fence markers (the words inside are kept)
  [SPAN, spanText], // spoilers and inline code, once the fences are gone
  [/[`*_~|>#]+/gu, " "], // markdown marks
  [/\s+/gu, " "],
];

/**
 * Clean a raw question.
 * @example cleanQuestion("<@123456789012345678> **how many** cases in 2023?") // => "how many cases in 2023?"
 */
export function cleanQuestion(raw: string): string {
  let text = raw.normalize("NFC");
  for (const [pattern, replacement] of REPLACEMENTS) {
    // One call per kind of replacement: TypeScript picks `replace`'s overload by the argument's type.
    text = typeof replacement === "string" ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  }
  return text.trim();
}
