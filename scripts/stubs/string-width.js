// The string-width that Ink and its helpers (wrap-ansi, cli-truncate, widest-line) get in the bundle
// (scripts/build.mjs): text made of the report's characters, colours allowed, is measured by
// width.ts's fast path, anything else by the real string-width, loaded on first need. Without options
// it measures ambiguous characters as the rest of the app does (--ambiwidth), so Ink lays out lines
// with the widths our components padded them to. Ink measures every line of every frame: the fast
// path reads past SGR codes in place instead of making a copy without them.
import { fastStyledWidth, getAmbiWidth } from "../../source/text/width.ts";

/** @type {typeof import("string-width").default | undefined} */
let real;

/**
 * @param {string} text
 * @param {import("string-width").Options} [options]
 * @returns {number}
 */
export default function stringWidth(text, options = {}) {
  const narrow = options.ambiguousIsNarrow ?? getAmbiWidth() === "single";
  if (typeof text === "string" && !options.countAnsiEscapeCodes) {
    const fast = fastStyledWidth(text, narrow);
    if (fast !== undefined) return fast;
  }
  real ??= require("string-width").default;
  return real(text, { ...options, ambiguousIsNarrow: narrow });
}
