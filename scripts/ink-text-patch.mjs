// Ink 6.8 squashes a <Text>'s text nodes into one string and sanitises it (sanitize-ansi tokenizes
// the string's every escape) twice a frame for every row on the screen: when yoga measures it and
// when it is drawn. The explorer's rows are one string each, most unchanged from the frame before,
// so the edit keeps on each text node the text it last squashed and the result, and gives the
// result back while the text is the same string (sanitising is a pure function of it). Ink's
// measure-text.js kept the size of every text it was ever given, so every row string ever drawn
// stayed alive for the whole session; the edit measures without that cache: yoga measures a text
// node only when its text changed.

import { editInk } from "./ink-edit.mjs";

const SQUASH_FILE = "ink/build/squash-text-nodes.js";
const MEASURE_FILE = "ink/build/measure-text.js";

export const INK_SQUASH = /ink[\\/]build[\\/]squash-text-nodes\.js$/;
export const INK_MEASURE = /ink[\\/]build[\\/]measure-text\.js$/;

const SANITIZED = "    return sanitizeAnsi(text);\n};";
const REMEMBERED = [
  "    if (node.internal_squashedFrom === text) {",
  "        return node.internal_squashed;",
  "    }",
  "    const squashed = sanitizeAnsi(text);",
  "    node.internal_squashedFrom = text;",
  "    node.internal_squashed = squashed;",
  "    return squashed;",
  "};",
].join("\n");

/**
 * Ink's squash-text-nodes.js source → the same, remembering each node's last result; throws when Ink changed.
 * @param {string} source
 * @returns {string}
 */
export const patchInkSquash = (source) => editInk(SQUASH_FILE, source, SANITIZED, REMEMBERED, "the sanitised return");

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
