/**
 * Recent questions, so a "More passages" button can find its question again.
 * Short questions travel inside the button's custom id (stateless, survive a restart);
 * longer ones get a short key into a small LRU.
 * @module
 */
export interface QuestionStore {
  /** A reference of at most `maxRef` characters that `recall` turns back into the question. */
  remember(question: string): string;
  recall(ref: string): string | null;
}

export function createQuestionStore({ capacity = 500, maxRef = 88 } = {}): QuestionStore {
  const recent = new Map<string, string>();
  let counter = 0;
  return {
    remember(question) {
      const inline = `q:${question}`;
      if (inline.length <= maxRef) return inline;
      const key = `k:${(counter++).toString(36)}`;
      recent.set(key, question);
      if (recent.size > capacity) recent.delete(recent.keys().next().value as string);
      return key;
    },
    recall(ref) {
      if (ref.startsWith("q:")) return ref.slice(2);
      const q = recent.get(ref);
      if (q === undefined) return null;
      recent.delete(ref);
      recent.set(ref, q);
      return q;
    },
  };
}
