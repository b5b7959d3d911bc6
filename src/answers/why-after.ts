/**
 * "Why?", "how come?", "stated reason?" after an answer: the asker has read what happened and wants the
 * reason behind it. The passage that answered the question before says what happened; shown first again
 * it looks like the reason, and the reason the articles give (often the speaker's own words, or the
 * sentence after) comes second. This puts that passage after the next one, unless it gives a reason itself.
 * @module
 */
import type { ParsedQuestion } from "../retrieval/index.js";
import { answeringText, type Answer, type Passage } from "./answer.js";

type Answered = Extract<Answer, { kind: "answered" }>;

/**
 * Whether the message asks why about the question before it and says nothing of its own ("why?", "why
 * not?", "how come so few, i thought it was way worse"): every word it searches comes from the question
 * before. One that names something new ("so why can't they say for sure?") is searched by it, and its
 * best passage is not the earlier answer as such.
 * Chosen over also taking messages with one word of their own ("whats her reasoning tho"), which on the
 * question set gained one more answer and lost one (+5 −1 against +4 −0; see README).
 */
export function asksWhyOfEarlier(parsed: Extract<ParsedQuestion, { kind: "parsed" }>): boolean {
  return parsed.type === "reason" && (parsed.followsUp?.length ?? 0) > 0 && parsed.terms.every((t) => t.earlier || t.meant);
}

/**
 * Words that give a cause or a purpose in a sentence: "… excluded from the asylum system …, *after* the
 * Casey review uncovered cases …", "… by “othering” them, *because* they are from a different community".
 * Not "since", which the articles use for time ("since April 2022"). "After" is often time too ("released
 * … *after* serving just two years"); a reader who saw such a passage may find the reason in it, so it stays.
 */
const GIVES_REASON = /\b(?:because|after|as a result|due to|owing to|therefore|thus|hence|in order to|so that)\b/iu;

/**
 * `answer` with its first passage moved after its second when that first passage says no more than
 * `given`, the passage that answered the question before (its answering sentences lie inside given's),
 * and gives no reason of its own. The passages are the same; only their order changes.
 */
export function reasonFirst(answer: Answered, given: Passage): Answered {
  const [first, second, ...rest] = answer.passages;
  if (second === undefined || first.articleId !== given.articleId) return answer;
  const seen = first.answering[0] >= given.answering[0] && first.answering[1] <= given.answering[1];
  return seen && !GIVES_REASON.test(answeringText(first)) ? { ...answer, passages: [second, first, ...rest] } : answer;
}
