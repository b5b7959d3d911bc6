/**
 * Button custom ids (at most 100 characters): what a click needs to act without server state
 * where it fits, else a short key into the recent-questions store.
 * @module
 */
import { LIMITS } from "./limits.js";

export type ButtonAction =
  | { readonly kind: "more"; readonly offset: number; readonly ref: string }
  | { readonly kind: "context"; readonly articleId: string; readonly start: number; readonly end: number }
  | { readonly kind: "page"; readonly articleId: string; readonly page: number };

const SEP = "|";

/** Encode an action; `null` if it cannot fit in 100 characters. */
export function encodeAction(a: ButtonAction): string | null {
  const id =
    a.kind === "more"
      ? ["more", a.offset, a.ref].join(SEP)
      : a.kind === "context"
        ? ["ctx", a.articleId, a.start, a.end].join(SEP)
        : ["art", a.articleId, a.page].join(SEP);
  return id.length <= LIMITS.customId ? id : null;
}

const int = (s: string | undefined): number | null => (s !== undefined && /^\d{1,9}$/.test(s) ? Number(s) : null);

export function decodeAction(customId: string): ButtonAction | null {
  const [kind, ...rest] = customId.split(SEP);
  if (kind === "more") {
    const offset = int(rest[0]);
    const ref = rest.slice(1).join(SEP);
    return offset !== null && ref ? { kind, offset, ref } : null;
  }
  if (kind === "ctx") {
    const [articleId, s, e] = rest;
    const start = int(s);
    const end = int(e);
    return articleId && start !== null && end !== null && rest.length === 3 ? { kind: "context", articleId, start, end } : null;
  }
  if (kind === "art") {
    const [articleId, p] = rest;
    const page = int(p);
    return articleId && page !== null && rest.length === 2 ? { kind: "page", articleId, page } : null;
  }
  return null;
}
