// The text-level helpers of matching: how a typed query is normalized, where a literal string occurs
// in a text, and ranges of matched text. The query language itself is parse-query.ts.

export type Range = [start: number, end: number];

/**
 * A CJK ideograph (the unified blocks, compatibility ideographs and the supplementary planes). Ranges,
 * not \p{Script=Han}: building that property's table costs a quick lookup ~2 ms at start-up.
 */
export const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3134F}]/u;

/**
 * A query as matched: full-width Latin letters and digits (what a Chinese input method types in
 * full-width mode) become ASCII, case is ignored, "ü" is written "v", and control characters, lone
 * surrogates and U+FFFD (what invalid UTF-8 decodes to) become spaces, so nothing of them is echoed.
 */
export function normalizeQuery(raw: string): string {
  return (
    raw
      .replace(/[\uFF01-\uFF5E]/gu, (c) =>
        /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c,
      )
      // With the u flag, a surrogate in a class matches only where it stands alone.
      .replace(/[\u0000-\u001f\u007f-\u009f\u3000\ufffd\ud800-\udfff]/gu, " ")
      .toLowerCase()
      .replace(/ü/gu, "v")
      .trim()
  );
}

/** A query taken as one literal string (a name, a category, a section number): spaces between Chinese words carry no meaning. */
export function literalQuery(raw: string): string {
  const text = normalizeQuery(raw);
  return HAN.test(text) ? text.replace(/\s+/gu, "") : text;
}

/** Every place `needle` occurs in `haystack` (already lower-cased where case should not count). */
export function findAll(haystack: string, needle: string): Range[] {
  const out: Range[] = [];
  if (needle === "") return out;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
    out.push([i, i + needle.length]);
  }
  return out;
}

/** Where any of the needles occur, sorted and merged; one needle (the usual case) needs no merging. */
export function findAny(haystack: string, needles: readonly string[]): Range[] {
  if (needles.length === 1) return findAll(haystack, needles[0]!);
  const all: Range[] = [];
  for (const n of needles) all.push(...findAll(haystack, n));
  return all.length > 1 ? mergeRanges(all) : all;
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Lower-cases text for case-insensitive matching only where that keeps every UTF-16 offset (it does
 * for the report, which is Chinese with a few ASCII letters), so ranges found in the copy fit the original.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}
