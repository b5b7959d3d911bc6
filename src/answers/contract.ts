/**
 * The JSON contract every front end (CLI `--json`, tests, benchmarks) speaks.
 * Defined once here; the types are inferred from the schema and never written twice.
 * @module
 */
import { z } from "zod";

/** A `[start, end)` pair of UTF-16 indices into an article's text. */
export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e > s, { error: "span end must be greater than start" });

export const PassageJsonSchema = z
  .strictObject({
    quote: z.string().min(1),
    articleId: z.string().min(1),
    title: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    score: z.number().finite(),
    speaker: z.string().min(1).nullable(),
    highlights: z.array(SpanSchema),
    /** Other articles reporting the same words (merged duplicates). */
    alsoReportedIn: z
      .array(z.strictObject({ articleId: z.string(), title: z.string(), start: z.number().int(), end: z.number().int() }))
      .optional(),
  })
  .refine((p) => p.end - p.start === p.quote.length, { error: "end - start must equal quote length", path: ["end"] })
  .refine((p) => p.highlights.every(([s, e]) => s >= p.start && e <= p.end), {
    error: "highlights must lie inside the passage",
    path: ["highlights"],
  });

export const SuggestionSchema = z.strictObject({ articleId: z.string(), title: z.string() });

export const NotAnsweredReasonSchema = z.enum([
  "empty-question",
  "not-a-question",
  "off-topic",
  "no-match",
  "too-long",
  "own-words",
  /**
   * Written mostly in another alphabet (Cyrillic, Chinese, Arabic …), or not answered and reading as another
   * language in Latin letters ("¿qué ha hecho el gobierno …?"): the articles are in English.
   */
  "not-english",
]);

export const AnswerJsonSchema = z
  .strictObject({
    question: z.string(),
    answered: z.boolean(),
    passages: z.array(PassageJsonSchema),
    reason: NotAnsweredReasonSchema.optional(),
    suggestions: z.array(SuggestionSchema).max(3).optional(),
    /** The earlier questions of the conversation, oldest first, this one was read with as a follow-up (REPL and bot only). */
    followsUp: z.array(z.string()).min(1).optional(),
  })
  .refine((a) => (a.answered ? a.passages.length > 0 && a.reason === undefined : a.passages.length === 0), {
    error: "an answered answer has passages and no reason; an unanswered one has no passages",
  });

export type SpanJson = z.infer<typeof SpanSchema>;
export type PassageJson = z.infer<typeof PassageJsonSchema>;
export type AnswerJson = z.infer<typeof AnswerJsonSchema>;
export type NotAnsweredReason = z.infer<typeof NotAnsweredReasonSchema>;
export type Suggestion = z.infer<typeof SuggestionSchema>;
