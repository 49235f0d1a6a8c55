// The one way the build edits Ink's text: a replacement that must apply exactly once, so an Ink whose
// text moved fails the build instead of shipping unpatched.

/**
 * `source` (Ink's `file`) with `from` replaced by `to`, where it stands exactly once; throws otherwise.
 * @param {string} file the file's path in the package, for the message (e.g. "ink/build/ink.js")
 * @param {string} source
 * @param {string} from
 * @param {string} to
 * @param {string} what what `from` is, for the message
 * @returns {string}
 */
export function editInk(file, source, from, to, what) {
  const count = source.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected ${what} once, found ${count}; Ink changed`);
  return source.replace(from, () => to);
}
