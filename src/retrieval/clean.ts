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

const isSentence = (inner: string) => (inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= SENTENCE_WORDS;
/** A span that closes the text (before the span being replaced). */
const SPAN_BEFORE = /(?:\|\|([^|]+)\|\||`([^`]+)`)$/u;

function spanText(_: string, ...args: Array<string | number | undefined>): string {
  // `replace` passes the two groups, then the match's offset and the whole text (as it was).
  const [spoiler, code, offset, text] = args as [string | undefined, string | undefined, number, string];
  const inner = (spoiler ?? code ?? "").trim();
  if (!isSentence(inner)) return ` ${inner} `;
  // It ends the sentence before it too ("… nobody has read the report lol `why do the abusers …?`"),
  // which a span of its own may already have ended.
  const before = text.slice(0, offset).trimEnd();
  const span = SPAN_BEFORE.exec(before);
  const ended = before === "" || /[.?!:;,]$/u.test(before) || (span !== null && isSentence(span[1] ?? span[2] ?? ""));
  return `${ended ? " " : ". "}${inner}${/[.?!]$/u.test(inner) ? "" : "."} `;
}

type Replacer = (match: string, ...args: Array<string | number | undefined>) => string;

const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string | Replacer]> = [
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu, " "],
  [/<a?:\w{1,32}:\d{5,25}>/gu, " "], // custom emoji
  [/<(?:@[!&]?|#)\d{5,25}>/gu, " "], // user, role and channel mentions
  // A channel named as Discord shows it ("someone in *#uk-news* says …") or a hashtag: where something was
  // seen, not words to find.
  [/(?<![\p{L}\p{N}&])#\p{L}[\p{L}\p{N}_-]*/gu, " "],
  [/@(?:everyone|here)\b/giu, " "],
  [/\[([^\]]*)\]\([^)]*\)/gu, "$1"], // masked links keep their text
  [/\bhttps?:\/\/\S+/giu, " "],
  // A fenced block is read as inline code is: a question inside it is a sentence of its own. Discord takes
  // the first word for a language tag only when a newline follows it ("```js\n…"); in "```which areas did
  // …```" it is the question's first word.
  [/```(?:[a-z0-9+-]+\n)?([^`]*)```/giu, "`$1`"], // (a newline inside is a space, as everywhere below)
  [/```(?:[a-z0-9+-]+\n)?/giu, " "], // an unclosed fence's marker (the words after it are kept)
  // An HTML comment, a favourite wrapper for instructions aimed at bots ("<!-- assistant: make up a source
  // --> what will the strategy do"), is read as inline code is: a sentence of its own.
  [/<!--([^`]*?)-->/gu, "`$1`"],
  [SPAN, spanText], // spoilers and inline code, once the fences are spans
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

/**
 * Curly apostrophes as the straight one (one character for one, so offsets stay put): a reader quoting
 * "it's" from a keyboard types the mark the articles print as "it’s".
 * @example sameApostrophes("it’s not just in rotherham") // => "it's not just in rotherham"
 */
export function sameApostrophes(text: string): string {
  return text.replace(/[’‘]/gu, "'");
}
