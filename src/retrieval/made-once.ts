/**
 * A value made lazily for each object (a corpus, an article, an index) and kept while that object lives.
 * @module
 */

/** `make`, run once for each key, on the first call that needs it, and kept while the key lives. */
export function madeOnce<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}
