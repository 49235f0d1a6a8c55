// Matching typed Latin letters against a term's precomputed pinyin syllables, the way pinyin input
// methods read them: each syllable may be typed whole ("shifan"), by its initial ("sf"), or by any
// prefix ("shf", "zhfj"), and "v" or "u" stands for "ü". No pinyin library at run time.

/** A run of consecutive syllables [start, end) that the whole query spells. */
export interface SyllableSpan {
  readonly start: number;
  readonly end: number;
  /** Syllables typed in full (the last one may be a prefix still being typed and does not count). */
  readonly whole: number;
}

/** Syllables with "ü" written "v", as typists do. */
export function normalizeSyllables(syllables: readonly string[]): string[] {
  return syllables.map((s) => s.replace(/ü/gu, "v"));
}

/** Every start syllable from which the query spells consecutive syllables; the best reading per start. */
export function matchSyllables(query: string, syllables: readonly string[]): SyllableSpan[] {
  const spans: SyllableSpan[] = [];
  if (query === "") return spans;
  for (let start = 0; start < syllables.length; start++) {
    const span = spell(query, 0, syllables, start, 0);
    if (span) spans.push({ start, end: span.end, whole: span.whole });
  }
  return spans;
}

/** Depth first, longest prefix first, so the first reading found types the most syllables in full. */
function spell(
  q: string,
  qi: number,
  syl: readonly string[],
  si: number,
  whole: number,
): { end: number; whole: number } | null {
  if (qi === q.length) return { end: si, whole };
  const s = syl[si];
  if (s === undefined) return null;
  const n = commonPrefix(q, qi, s);
  for (let k = n; k >= 1; k--) {
    const done = k === s.length;
    const found = spell(q, qi + k, syl, si + 1, whole + (done ? 1 : 0));
    if (found) return found;
  }
  return null;
}

function commonPrefix(q: string, qi: number, s: string): number {
  let k = 0;
  while (k < s.length && qi + k < q.length && (q[qi + k] === s[k] || (s[k] === "v" && q[qi + k] === "u"))) k++;
  return k;
}
