/**
 * The ingested article model: exact `[start, end)` offsets for every paragraph and sentence,
 * so `text.slice(start, end)` is always the quote.
 * @module
 */
import type { Entity, Token } from "./nlp.js";

/** A span of the article's text, `[start, end)` in UTF-16 indices. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Who speaks a sentence, as the article writes it. */
export interface SpeakerSpan extends TextSpan {
  readonly name: string;
}

export interface Paragraph extends TextSpan {
  readonly index: number;
  /** Page furniture (share buttons, photo credits, time stamps …): never quoted. */
  readonly furniture: boolean;
  /** True for the headline line. */
  readonly headline: boolean;
  /** Indices into `Article.sentences`. */
  readonly sentences: readonly number[];
}

export interface Sentence extends TextSpan {
  readonly index: number;
  readonly paragraph: number;
  readonly tokens: readonly Token[];
  /** Number and date entities, as token index ranges into `tokens`. */
  readonly entities: readonly Entity[];
  readonly furniture: boolean;
  readonly headline: boolean;
  /** Set when the sentence is (partly) quoted speech attributed in the text. */
  speaker: SpeakerSpan | null;
}

export interface Article {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly bytes: number;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}
