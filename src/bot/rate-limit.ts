/**
 * A per-user sliding-window limit on questions.
 * @module
 */
import type { RateLimitSetting } from "./config.js";

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number; readonly firstRefusal: boolean };

export interface RateLimiter {
  take(userId: string, now?: number): RateDecision;
}

export function createRateLimiter({ max, windowMs }: RateLimitSetting): RateLimiter {
  const hits = new Map<string, { times: number[]; refused: boolean }>();
  let calls = 0;
  return {
    take(userId, now = Date.now()) {
      if (max <= 0) return { allowed: true };
      if (++calls % 1000 === 0) prune(now);
      const entry = hits.get(userId) ?? { times: [], refused: false };
      entry.times = entry.times.filter((t) => now - t < windowMs);
      hits.set(userId, entry);
      if (entry.times.length < max) {
        entry.times.push(now);
        entry.refused = false;
        return { allowed: true };
      }
      const firstRefusal = !entry.refused;
      entry.refused = true;
      return { allowed: false, retryAfterMs: windowMs - (now - (entry.times[0] ?? now)), firstRefusal };
    },
  };

  function prune(now: number): void {
    for (const [id, e] of hits) if (e.times.every((t) => now - t >= windowMs)) hits.delete(id);
  }
}
