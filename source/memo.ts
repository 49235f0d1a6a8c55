// Views and lookups are pure functions of (query, width, …); typing and deleting, or resizing back
// and forth, asks for the same ones again. memoize() remembers them by their arguments, up to `limit`
// sets of them: then it starts over, so a long session of distinct queries cannot grow memory without
// bound. The arguments are typed as the function's own: nothing is joined into a string by the
// caller and parsed back by the function.
type Argument = string | number | boolean;

export function memoize<A extends readonly Argument[], T>(compute: (...args: A) => T, limit = 500): (...args: A) => T {
  const cache = new Map<string, T>();
  return (...args) => {
    // One string is its own key (a query typed key by key: no copy); any other arguments are their
    // JSON, which starts with "[", so a string that does too goes through JSON as well.
    const first = args[0];
    const key = args.length === 1 && typeof first === "string" && !first.startsWith("[") ? first : JSON.stringify(args);
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(...args);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
