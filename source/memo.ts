// Views and lookups are pure functions of (query, width, …); typing and deleting, or resizing back
// and forth, asks for the same ones again. memoize() remembers them by key, up to `limit` keys: then
// it starts over, so a long session of distinct queries cannot grow memory without bound.
export function memoize<T>(compute: (key: string) => T, limit = 500): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
