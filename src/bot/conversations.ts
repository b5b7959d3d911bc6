/**
 * Each person's recent questions, per channel, so that a follow-up ("what did she say?", "and when?")
 * can be read with the question before it. Held in memory only, for a short while, and for a bounded
 * number of conversations: a question older than `ttlMs` is forgotten, and so is the least recently
 * active conversation when there are more than `capacity`.
 * @module
 */

export interface Conversations {
  /** The questions asked earlier in this conversation, oldest first (at most `keep`). */
  earlier(key: string): readonly string[];
  /** Note a question asked in this conversation. */
  record(key: string, question: string): void;
}

export interface ConversationOptions {
  /** How long a question is remembered for (default 10 minutes). */
  readonly ttlMs?: number;
  /** How many conversations at most are remembered (default 1,000). */
  readonly capacity?: number;
  /** How many questions per conversation (default 3). */
  readonly keep?: number;
  readonly now?: () => number;
}

/**
 * The conversation a question belongs to: one person in one channel (a DM is a channel), and, apart,
 * their private questions there (`/ask … private:True`): a public answer names the question it follows,
 * which must never be one only its asker saw.
 */
export function conversationKey(channelId: string, userId: string, privately = false): string {
  return `${channelId}:${userId}${privately ? ":private" : ""}`;
}

export function createConversations({ ttlMs = 10 * 60_000, capacity = 1_000, keep = 3, now = Date.now }: ConversationOptions = {}): Conversations {
  const byKey = new Map<string, Array<{ readonly question: string; readonly at: number }>>();
  return {
    earlier(key) {
      const cutoff = now() - ttlMs;
      return (byKey.get(key) ?? []).filter((q) => q.at >= cutoff).map((q) => q.question);
    },
    record(key, question) {
      const cutoff = now() - ttlMs;
      const kept = (byKey.get(key) ?? []).filter((q) => q.at >= cutoff);
      kept.push({ question, at: now() });
      // Re-inserted, so the Map's order is that of the last question asked.
      byKey.delete(key);
      byKey.set(key, kept.slice(-keep));
      if (byKey.size > capacity) byKey.delete(byKey.keys().next().value as string);
    },
  };
}
