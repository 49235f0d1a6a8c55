// Ink 6.8 squashes a <Text>'s text nodes into one string and sanitises it (sanitize-ansi tokenizes
// the whole string) twice a frame: when yoga measures it and when it is drawn. The explorer's frame
// is one such text, mostly what it was a key before, and holds no escape but SGR codes, which
// sanitising keeps as they are. The edit keeps on each text node the text it last squashed and the
// result, gives the result back while the text is the same string, and sanitises only a text that
// holds another escape or a C1 control (anything else comes out of sanitize-ansi unchanged). Ink's
// measure-text.js kept the size of every text it was ever given, so every frame ever drawn stayed
// alive for the whole session; the edit measures without that cache: yoga measures a text node only
// when its text changed.

import { editInk } from "./ink-edit.mjs";

const SQUASH_FILE = "ink/build/squash-text-nodes.js";
const MEASURE_FILE = "ink/build/measure-text.js";

export const INK_SQUASH = /ink[\\/]build[\\/]squash-text-nodes\.js$/;
export const INK_MEASURE = /ink[\\/]build[\\/]measure-text\.js$/;

const IMPORT = "import sanitizeAnsi from './sanitize-ansi.js';\n";
// What sanitize-ansi may change: an escape that does not start an SGR code, or a C1 control.
const OTHER_CONTROL = "const OTHER_CONTROL = /\\x1b(?!\\[[0-9;]*m)|[\\u0080-\\u009f]/;\n";
const SANITIZED = "    return sanitizeAnsi(text);\n};";
const REMEMBERED = [
  "    if (node.internal_squashedFrom === text) {",
  "        return node.internal_squashed;",
  "    }",
  "    const squashed = OTHER_CONTROL.test(text) ? sanitizeAnsi(text) : text;",
  "    node.internal_squashedFrom = text;",
  "    node.internal_squashed = squashed;",
  "    return squashed;",
  "};",
].join("\n");

/**
 * Ink's squash-text-nodes.js source → the same, remembering each node's last result and sanitising
 * only text that needs it; throws when Ink changed.
 * @param {string} source
 * @returns {string}
 */
export function patchInkSquash(source) {
  const imported = editInk(SQUASH_FILE, source, IMPORT, IMPORT + OTHER_CONTROL, "the sanitize-ansi import");
  return editInk(SQUASH_FILE, imported, SANITIZED, REMEMBERED, "the sanitised return");
}

const CACHE_READ = [
  "    const cachedDimensions = cache.get(text);",
  "    if (cachedDimensions) {",
  "        return cachedDimensions;",
  "    }",
  "",
].join("\n");
const CACHE_WRITE = "    cache.set(text, dimensions);\n";

/**
 * Ink's measure-text.js source → the same without its cache of every text; throws when Ink changed.
 * @param {string} source
 * @returns {string}
 */
export function patchInkMeasure(source) {
  const read = editInk(MEASURE_FILE, source, CACHE_READ, "", "the cache lookup");
  const write = editInk(MEASURE_FILE, read, CACHE_WRITE, "", "the cache write");
  return editInk(MEASURE_FILE, write, "const cache = new Map();\n", "", "the cache");
}
