/**
 * Recent questions, so a "More passages" button can find its question again.
 * Short questions read alone travel inside the button's custom id (stateless, survive a restart);
 * longer ones, and follow-ups (which need the questions before them), get a short key into a small LRU.
 * @module
 */

/** A question as it was asked: its text, and the earlier questions it was read with (see `Conversations`). */
export interface AskedQuestion {
  readonly question: string;
  readonly earlier: readonly string[];
}

export interface QuestionStore {
  /** A reference of at most `maxRef` characters that `recall` turns back into the question. */
  remember(question: string, earlier?: readonly string[]): string;
  recall(ref: string): AskedQuestion | null;
}

export function createQuestionStore({ capacity = 500, maxRef = 88 } = {}): QuestionStore {
  const recent = new Map<string, AskedQuestion>();
  let counter = 0;
  return {
    remember(question, earlier = []) {
      const inline = `q:${question}`;
      if (inline.length <= maxRef && earlier.length === 0) return inline;
      const key = `k:${(counter++).toString(36)}`;
      recent.set(key, { question, earlier: [...earlier] });
      if (recent.size > capacity) recent.delete(recent.keys().next().value as string);
      return key;
    },
    recall(ref) {
      if (ref.startsWith("q:")) return { question: ref.slice(2), earlier: [] };
      const q = recent.get(ref);
      if (q === undefined) return null;
      recent.delete(ref);
      recent.set(ref, q);
      return q;
    },
  };
}
