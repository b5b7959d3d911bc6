/**
 * Sorted newline-separated word lists from the shipped binary tables (neighbours, vectors), searched
 * in place: far cheaper to load than tens of thousands of separate strings from `split`.
 * @module
 */

/**
 * Newline-separated strings kept as one string plus start offsets: far cheaper to load than
 * 40k separate strings from `split`. `starts` has one extra entry, one past the final string.
 */
export interface StringList {
  readonly blob: string;
  readonly starts: Uint32Array;
  readonly length: number;
}

export function stringList(blob: string, expected: number): StringList | undefined {
  if (expected === 0) return blob.length === 0 ? { blob, starts: new Uint32Array(1), length: 0 } : undefined;
  const starts = new Uint32Array(expected + 1);
  let n = 1;
  for (let at = blob.indexOf("\n"); at >= 0; at = blob.indexOf("\n", at + 1)) {
    if (n >= expected) return undefined;
    starts[n++] = at + 1;
  }
  if (n !== expected) return undefined;
  starts[expected] = blob.length + 1;
  return { blob, starts, length: expected };
}

export function at(list: StringList, i: number): string {
  return list.blob.slice(list.starts[i], (list.starts[i + 1] as number) - 1);
}

/** Index of `key` in `list` (sorted in code-unit order), or -1. */
export function search(list: StringList, key: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = at(list, mid);
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

