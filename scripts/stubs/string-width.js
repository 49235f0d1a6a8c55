// The string-width that Ink and its helpers (wrap-ansi, cli-truncate, widest-line) get in the bundle
// (scripts/build.mjs): text made of the report's characters, colours allowed, is measured by
// width.ts's fast path, anything else by the real string-width, loaded on first need. Without options
// it measures ambiguous characters as the rest of the app does (--ambiwidth), so Ink lays out lines
// with the widths our components padded them to.
import { fastWidth, getAmbiWidth } from "../../source/text/width.ts";

const SGR = /\x1b\[[0-9;]*m/g;
/** @type {typeof import("string-width").default | undefined} */
let real;

/**
 * @param {string} text
 * @param {import("string-width").Options} [options]
 * @returns {number}
 */
export default function stringWidth(text, options = {}) {
  const opts = { ...options, ambiguousIsNarrow: options.ambiguousIsNarrow ?? getAmbiWidth() === "single" };
  if (typeof text === "string" && !opts.countAnsiEscapeCodes) {
    const fast = fastWidth(text.includes("\x1b") ? text.replace(SGR, "") : text, opts.ambiguousIsNarrow);
    if (fast !== undefined) return fast;
  }
  real ??= require("string-width").default;
  return real(text, opts);
}
