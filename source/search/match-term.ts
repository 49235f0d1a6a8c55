// One term matched against a corpus: as written, or as pinyin (whole syllables, prefixes, initials)
// read from the characters the rarest syllable prefix stands for, with ^ and $ and `a | b`.

import { memoize } from "../memo";
import {
  type Corpus,
  type InText,
  offsetsOf,
  type PinyinIndex,
  type Places,
  pinyinOf,
  placesOf,
  readingAt,
} from "./corpus";
import { MEANINGFUL, type Term, termKey } from "./parse-query";
import { HAN, mergeRanges } from "./query";
import { charsWithPrefix, isSyllablePrefix } from "./readings";

/** How a term was found: as written, by pinyin with a syllable typed whole, or by initials/prefixes only. */
export type MatchKind = "exact" | "pinyin" | "initials";

/** Quotation marks a pinyin match passes over between two syllables (“双打”行动 is sdxd). */
const QUOTES = "“”‘’「」『』《》\"'";

/** One place a term matched. */
interface Occurrence {
  start: number;
  end: number;
  /** 0–7: the kind's tier times two, plus one when every polyphone was read as it is read there. */
  quality: number;
  /** 0–1: the share of syllables typed in full (1 for text found as written). */
  whole: number;
  /** Quotation marks passed over inside [start, end). */
  skipped: readonly number[];
}

const NONE: readonly number[] = [];

const TIER: Record<MatchKind, number> = { exact: 3, pinyin: 2, initials: 1 };
export const KIND_OF_TIER: MatchKind[] = ["initials", "initials", "pinyin", "exact"];
/** Ways to split a term's letters into syllable prefixes that are tried, most whole syllables first. */
const MAX_SPLITS = 8;
/** Candidate places checked per term: bounds a pathological query, far above any real one. */
const MAX_CHECKS = 50_000;

/** A slot of a split term: a character to find as written, or the prefix of a syllable. */
type Slot = { lit: string } | { syl: string };

/**
 * Every place a term matches in the corpus, in order, not overlapping; only in texts marked in
 * `alive` when given (the texts every other term of the query already matched).
 */
function occurrences(term: Term, c: Corpus, alive: Uint8Array | null): Occurrence[] {
  const all: Occurrence[] = [];
  let sources = 0;
  // As written (Chinese, digits, and Latin letters where the text has them).
  const q = term.pattern;
  for (let i = c.folded.indexOf(q); i !== -1; i = c.folded.indexOf(q, i + 1)) {
    if (!alive || alive[c.textAt[i]!]) all.push({ start: i, end: i + q.length, quality: 7, whole: 1, skipped: NONE });
  }
  if (all.length > 0) sources++;
  if (term.hasLetters) {
    const py = pinyinOf(c);
    let checks = 0;
    for (const slots of splits(q)) {
      // Anchored at the rarest syllable prefix, then checked outwards.
      const places = slots.map((s) => ("syl" in s ? placesOf(s.syl, py) : null));
      let anchor = -1;
      places.forEach((p, j) => {
        if (p && (anchor < 0 || p.count < places[anchor]!.count)) anchor = j;
      });
      const list = offsetsOf(places[anchor]!, py);
      const before = all.length;
      const one = slots.length === 1 ? (slots[0] as { syl: string }).syl : null;
      for (const at of list) {
        if (alive && !alive[c.textAt[at]!]) continue;
        if (++checks > MAX_CHECKS) break;
        const occ = one !== null ? single(one, at, py) : check(slots, places, anchor, at, py);
        if (occ) all.push(occ);
      }
      if (all.length > before) sources++;
    }
  }
  // From one source the places come in order and apart; from several, the best reading of each place wins.
  // (A tie goes to the longer: `ch` is 称号 read c-h as well as 称 read ch-.)
  if (sources > 1) all.sort((a, b) => a.start - b.start || b.quality - a.quality || b.whole - a.whole || b.end - a.end);
  const out: Occurrence[] = [];
  let from = 0;
  for (const occ of all) {
    if (occ.start < from) continue;
    out.push(occ);
    from = occ.end;
  }
  return out;
}

/**
 * The ways to read a term as slots: each run of letters split into prefixes of syllables the corpus
 * has, into as few syllables as it can be or one more (jinan: jin-an and ji-nan; j-i-n-an is noise
 * and costs time), longest syllables first; and as initials, a syllable per letter (jchshg).
 */
function splitsOf(q: string): Slot[][] {
  const isLetter = (ch: string) => ch >= "a" && ch <= "z";
  // The syllable prefixes the letters can be as the corpus spells them: "u" also stands for "ü"
  // (lu is lu and lv: 录 and 履).
  const syllablesAt = (i: number, k: number): string[] => {
    const typed = q.slice(i, k);
    const v = typed.replace(/u/gu, "v");
    return [typed, ...(v === typed ? [] : [v])].filter(isSyllablePrefix);
  };
  const longest = (i: number) => {
    let end = i;
    while (end < q.length && end - i < 6 && isLetter(q[end]!)) end++;
    return end;
  };
  // fewest[i]: the fewest slots that read q from i on (Infinity: it cannot be read).
  const fewest = new Array<number>(q.length + 1).fill(Infinity);
  fewest[q.length] = 0;
  for (let i = q.length - 1; i >= 0; i--) {
    if (!isLetter(q[i]!)) fewest[i] = 1 + fewest[i + 1]!;
    else
      for (let k = longest(i); k > i; k--)
        if (syllablesAt(i, k).length > 0) fewest[i] = Math.min(fewest[i]!, 1 + fewest[k]!);
  }
  const out: Slot[][] = [];
  if (fewest[0] === Infinity) return out;
  const limit = fewest[0]! + 1;
  const walk = (i: number, slots: Slot[]) => {
    if (out.length >= MAX_SPLITS || slots.length + fewest[i]! > limit) return;
    if (i === q.length) {
      if (slots.some((s) => "syl" in s)) out.push(slots);
      return;
    }
    if (!isLetter(q[i]!)) return walk(i + 1, [...slots, { lit: q[i]! }]);
    for (let k = longest(i); k > i; k--) for (const syl of syllablesAt(i, k)) walk(k, [...slots, { syl }]);
  };
  walk(0, []);
  const initials: Slot[] = [...q].map((ch) => (isLetter(ch) ? { syl: ch } : { lit: ch }));
  if (
    initials.every((s) => !("syl" in s) || charsWithPrefix(s.syl) !== "") &&
    !out.some((x) => x.length === initials.length)
  )
    out.push(initials);
  return out;
}

/** splitsOf, remembered: typing a query asks for the same terms again, keystroke after keystroke. */
const splits = memoize(splitsOf);

/** A one-syllable term at a character read with that prefix (the anchor list says it is). */
function single(syl: string, at: number, c: PinyinIndex): Occurrence {
  const r = readingAt(c, at)!;
  const whole = r.includes(syl);
  const contextual = r[0]!.startsWith(syl);
  const tier = whole ? TIER.pinyin : TIER.initials;
  return { start: at, end: at + 1, quality: tier * 2 + (contextual ? 1 : 0), whole: whole ? 1 : 0, skipped: NONE };
}

/** Where each slot of the attempt check() is making stands: module state, since it runs per candidate. */
const placed: number[] = [];

/**
 * Where slot j stands next to its neighbour slot at p (j + 1 when going back, j - 1 going on), or -1:
 * one offset on, or two when a quotation mark stands between two syllables.
 */
function neighbour(
  slots: readonly Slot[],
  places: readonly (Places | null)[],
  j: number,
  p: number,
  dir: 1 | -1,
  c: PinyinIndex,
): number {
  const s = slots[j]!;
  const q = p + dir;
  if ("lit" in s) return c.folded[q] === s.lit ? q : -1;
  const codes = places[j]!.codes;
  if (codes.has(c.folded.charCodeAt(q))) return q;
  return "syl" in slots[j - dir]! && QUOTES.includes(c.folded[q] ?? "\0") && codes.has(c.folded.charCodeAt(q + dir))
    ? q + dir
    : -1;
}

/**
 * Whether the slots match with slot `anchor` at offset `at`; the occurrence if so. Which characters
 * can stand where is a set lookup; the readings are looked at only once the slots all found a place.
 */
function check(
  slots: readonly Slot[],
  places: readonly (Places | null)[],
  anchor: number,
  at: number,
  c: PinyinIndex,
): Occurrence | null {
  placed[anchor] = at;
  for (let j = anchor - 1; j >= 0; j--) {
    placed[j] = neighbour(slots, places, j, placed[j + 1]!, -1, c);
    if (placed[j]! < 0) return null;
  }
  for (let j = anchor + 1; j < slots.length; j++) {
    placed[j] = neighbour(slots, places, j, placed[j - 1]!, 1, c);
    if (placed[j]! < 0) return null;
  }
  let syllables = 0;
  let whole = 0;
  let contextual = true;
  for (let j = 0; j < slots.length; j++) {
    const s = slots[j]!;
    if (!("syl" in s)) continue;
    const r = readingAt(c, placed[j]!)!;
    syllables++;
    if (!r[0]!.startsWith(s.syl)) contextual = false;
    if (r.includes(s.syl)) whole++;
  }
  const start = placed[0]!;
  const end = placed[slots.length - 1]! + 1;
  let skipped = NONE;
  for (let p = start + 1; p < end - 1; p++) {
    if (!readingAt(c, p) && QUOTES.includes(c.folded[p]!)) skipped = [...skipped, p];
  }
  const tier = whole > 0 ? TIER.pinyin : TIER.initials;
  return { start, end, quality: tier * 2 + (contextual ? 1 : 0), whole: whole / syllables, skipped };
}

/** Ranges kept per term and text: enough to highlight and rank by. */
const MAX_RANGES = 64;

/** Terms whose matches a corpus keeps: typing a query asks for the same terms keystroke after keystroke. */
const MAX_KEPT = 64;

/**
 * A term's matches by text: in every text when `alive` is null, or when the term is kept (the caller
 * only reads the texts it asks about); else only in the texts marked in `alive`.
 */
export function byText(term: Term, c: Corpus, alive: Uint8Array | null): Map<number, InText> {
  const key = termKey(term);
  const known = c.kept.get(key);
  if (known) return known;
  const out = new Map<number, InText>();
  // One or two letters match in most texts: those are kept whole, as an index would be.
  if (!term.any && term.hasLetters && term.pattern.length <= 2) alive = null;
  if (alive === null) {
    if (c.kept.size >= MAX_KEPT) c.kept.clear();
    c.kept.set(key, out);
  }
  if (term.any) {
    for (const alt of term.any) for (const [t, it] of byText(alt, c, alive)) out.set(t, joinInText(out.get(t), it));
    return out;
  }
  for (const o of occurrences(term, c, alive)) {
    const t = c.textAt[o.start]!;
    const base = c.textStart[t]!;
    if (term.atStart && !blank(c.folded, base, o.start)) continue;
    if (term.atEnd && !blank(c.folded, o.end, (c.textStart[t + 1] ?? c.folded.length) - 1)) continue;
    let it = out.get(t);
    if (!it) {
      it = { ranges: [], quality: -1, whole: 0, count: 0, matched: 0, first: o.start - base };
      out.set(t, it);
    }
    it.count++;
    it.matched += o.end - o.start;
    it.quality = Math.max(it.quality, o.quality);
    it.whole = Math.max(it.whole, o.whole);
    if (it.ranges.length < MAX_RANGES) {
      let from = o.start;
      for (const q of o.skipped) {
        if (q > from) it.ranges.push([from - base, q - base]);
        from = q + 1;
      }
      if (o.end > from) it.ranges.push([from - base, o.end - base]);
    }
  }
  return out;
}

/** Nothing but punctuation and spaces in folded[from, to): what ^ and $ allow before and after a match. */
function blank(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (MEANINGFUL.test(folded[i]!) || HAN.test(folded[i]!)) return false;
  return true;
}

/** Two terms' matches in one text, as one (`a | b`). */
function joinInText(a: InText | undefined, b: InText): InText {
  if (!a) return { ...b, ranges: [...b.ranges] };
  return {
    ranges: mergeRanges([...a.ranges, ...b.ranges]).slice(0, MAX_RANGES),
    quality: Math.max(a.quality, b.quality),
    whole: Math.max(a.whole, b.whole),
    count: a.count + b.count,
    matched: a.matched + b.matched,
    first: Math.min(a.first, b.first),
  };
}
