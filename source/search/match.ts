// The one query language of court-report: every query box and every command that takes a query
// matches through here, over any text of the report.
//
// A query is terms separated by spaces; every term must match the same text (a paragraph, an entry,
// a figure), in any order. A term is Chinese (found as written), pinyin (full, with or without tone
// marks or tone numbers, initials, or syllable prefixes: zhixing, zhi2xing2, zx, zhix), Chinese and
// pinyin mixed (未成年ren), or a number (which also matches a figure of that value). "…" keeps a phrase
// together; !term excludes texts where the term matches; ^term matches only at the start of a text
// and term$ only at its end (punctuation before or after aside); `a | b` matches either term (an OR
// binds closer than the spaces between terms, as in fzf). A polyphone matches under every reading;
// the reading it has where it stands ranks first. Several terms are also read joined into one
// (`wei cheng nian ren` is 未成年人, `示范 诉讼` is 示范诉讼): texts the joined reading finds rank
// above texts only the separate terms find.

import { memoize } from "../memo";
import { foldCase, HAN, mergeRanges, normalizeQuery, type Range } from "./query";
import { charsWithPrefix, isSyllablePrefix, readingsAt, readingsOfCharAt, toneless } from "./readings";

/** How a term was found: as written, by pinyin with a syllable typed whole, or by initials/prefixes only. */
export type MatchKind = "exact" | "pinyin" | "initials";

export interface Term {
  /** Lower-cased, tones removed: what is matched. Latin letters in it are read as pinyin too. */
  readonly pattern: string;
  readonly hasLetters: boolean;
  /** The value a number term stands for ("22502", "10.73"). */
  readonly number?: number;
  /** ^term: only where it starts the text; term$: only where it ends it. */
  readonly atStart?: true;
  readonly atEnd?: true;
  /** `a | b`: the term is any of these (then pattern is their keys joined by "|"). */
  readonly any?: readonly Term[];
}

export interface Query {
  /** Ways to read the positive terms, best first: the terms joined into one (when there are several), then apart. Empty: nothing to look for. */
  readonly readings: readonly (readonly Term[])[];
  /**
   * Spaced pinyin (every term Latin letters): read apart only where the joined reading finds nothing,
   * since `zheng fa` means 政法 and not every text with a zh- and an f- syllable somewhere.
   */
  readonly apartIfJoinedFails: boolean;
  readonly excluded: readonly Term[];
  /** The query was longer than MAX_QUERY characters or MAX_TERMS terms and was cut. */
  readonly capped: boolean;
}

/** Past this many characters or terms, the rest of a query is ignored (and the caller says so). */
export const MAX_QUERY = 100;
export const MAX_TERMS = 16;

/** Something a term can match: a letter, a digit or a Han character (punctuation alone cannot). */
const MEANINGFUL = /[0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;
/** Pinyin typed with tone numbers: shi4fan4. */
const TONE_NUMBERS = /^(?:[a-z]+[0-5])+[a-z]*$/u;
const NUMBER = /^\d+(?:\.\d+)?$/u;

export function parseQuery(raw: string): Query {
  let text = normalizeQuery(raw);
  const capped = [...text].length > MAX_QUERY;
  if (capped) text = [...text].slice(0, MAX_QUERY).join("");
  const positive: { term: Term; quoted: boolean }[] = [];
  const excluded: Term[] = [];
  let termCount = 0;
  // Words, "quoted phrases" (an unclosed quote runs to the end), a lone | between two of them, and
  // !negations; ^ before and $ after a word anchor it.
  type Slot = { term: Term; quoted: boolean; excluded: boolean };
  let or = null as Slot | null;
  let pendingOr = false;
  const add = (t: Slot) => {
    if (t.excluded) excluded.push(t.term);
    else positive.push(t);
  };
  for (const m of text.matchAll(/(!?)(\^?)(?:"([^"]*)"?|([^\s"]+))/gu)) {
    if (m[0] === "|") {
      pendingOr = or !== null;
      continue;
    }
    const quoted = m[3] !== undefined;
    let word = quoted ? m[3]!.replace(/\s+/gu, "") : m[4]!;
    const atEnd = !quoted && word.length > 1 && word.endsWith("$");
    if (atEnd) word = word.slice(0, -1);
    const made = makeTerm(word);
    if (!made) continue;
    const term: Term = {
      ...made,
      ...(m[2] ? { atStart: true as const } : {}),
      ...(atEnd ? { atEnd: true as const } : {}),
    };
    const next = { term, quoted, excluded: m[1] === "!" };
    if (pendingOr && or) {
      or = { term: anyOf(or.term, term), quoted: true, excluded: or.excluded };
      pendingOr = false;
      continue;
    }
    if (or) add(or);
    if (++termCount > MAX_TERMS) return finish(positive, excluded, true);
    or = next;
  }
  if (or) add(or);
  return finish(positive, excluded, capped);
}

/** `a | b`: a term matched by either (a group grows with each further | term). */
function anyOf(a: Term, b: Term): Term {
  const any = [...(a.any ?? [a]), b];
  return { pattern: any.map(termKey).join("|"), hasLetters: any.some((t) => t.hasLetters), any };
}

/** What a term's matches are remembered by: its pattern and anchors. */
const termKey = (t: Term): string => `${t.atStart ? "^" : ""}${t.pattern}${t.atEnd ? "$" : ""}`;

function finish(positive: { term: Term; quoted: boolean }[], excluded: Term[], capped: boolean): Query {
  const apart = positive.map((p) => p.term);
  const joinable =
    positive.length > 1 && positive.every((p) => !p.quoted && !p.term.atStart && !p.term.atEnd && !p.term.any);
  const joined = joinable ? makeTerm(apart.map((t) => t.pattern).join("")) : null;
  // Matched longest first: a text that lacks the rarest term is given up soonest.
  const byLength = [...apart].sort((a, b) => b.pattern.length - a.pattern.length);
  const readings = apart.length === 0 ? [] : joined ? [[joined], byLength] : [byLength];
  const apartIfJoinedFails = joinable && apart.every((t) => /^[a-z]+$/u.test(t.pattern));
  return { readings, excluded, capped, apartIfJoinedFails };
}

function makeTerm(word: string): Term | null {
  if (!MEANINGFUL.test(word) && !HAN.test(word)) return null;
  let pattern = toneless(word).replace(/'/gu, "");
  if (TONE_NUMBERS.test(pattern)) pattern = pattern.replace(/[0-5]/gu, "");
  if (pattern === "") return null;
  const hasLetters = /[a-z]/u.test(pattern);
  return NUMBER.test(pattern) ? { pattern, hasLetters, number: Number(pattern) } : { pattern, hasLetters };
}

/** Quotation marks a pinyin match passes over between two syllables (“双打”行动 is sdxd). */
const QUOTES = "“”‘’「」『』《》\"'";

/**
 * Texts made ready for matching, once: all of them in one string (each followed by "\0", which no
 * query holds, so no match runs from one text into the next), the readings of every Han character,
 * and where each syllable prefix occurs, so a pinyin term is looked up rather than tried everywhere.
 * An entry (a paragraph, a glossary entry, a figure) is one or more of the texts (its fields).
 */
export interface Corpus {
  readonly folded: string;
  /** Text index at each offset, and each text's start. */
  readonly textAt: Int32Array;
  readonly textStart: readonly number[];
  readonly entryOfText: readonly number[];
  readonly textsOfEntry: readonly (readonly number[])[];
  /** The figure each entry stands for, if any (number terms match it by value). */
  readonly values: readonly (number | undefined)[];
  /** Made on the first term with Latin letters: a Chinese query never pays for it. */
  pinyin?: PinyinIndex;
  /** Matches in every text of the terms asked so far (up to MAX_KEPT), by text (byText). */
  readonly kept: Map<string, Map<number, InText>>;
}

/** The pinyin of the corpus, worked out where a query needs it (a one-shot lookup reads a few places, not all). */
interface PinyinIndex {
  readonly folded: string;
  /** Readings at each offset asked so far (null: none there). */
  readonly readingCache: Map<number, readonly string[] | null>;
  /** Pinyin terms looked up so far: from the second on (a query box, not a one-shot lookup), every offset is read at once. */
  uses: number;
  /** Readings at every offset, once read at once. */
  all?: readonly (readonly string[] | undefined)[];
  /** Where the characters with a reading that begins with a prefix are, per prefix asked so far. */
  readonly atPrefix: Map<string, Places>;
  /** The offsets of each character asked so far, ascending: what a prefix's places are made of. */
  readonly atChar: Map<number, readonly number[]>;
}

/**
 * A syllable prefix's characters in the corpus: how many there are (to pick the rarest slot), which
 * characters they are (to test a neighbour), and their offsets, listed only once the slot is an
 * anchor (a one-shot lookup lists one slot, not all).
 */
interface Places {
  readonly count: number;
  readonly codes: ReadonlySet<number>;
  list?: readonly number[];
}

export function corpusOf(
  entries: readonly (readonly string[])[],
  values: readonly (number | undefined)[] = [],
): Corpus {
  const textStart: number[] = [];
  const entryOfText: number[] = [];
  const textsOfEntry: number[][] = [];
  const texts: string[] = [];
  let at = 0;
  entries.forEach((fields, e) => {
    textsOfEntry.push([]);
    for (const f of fields) {
      textsOfEntry[e]!.push(textStart.length);
      entryOfText.push(e);
      textStart.push(at);
      texts.push(f);
      at += f.length + 1;
    }
  });
  // Lower-cased at once (one copy, not one per text) where that keeps every offset, as foldCase does.
  const joined = texts.map((t) => `${t}\0`).join("");
  const lower = joined.toLowerCase();
  const folded = lower.length === joined.length ? lower : texts.map((t) => `${foldCase(t)}\0`).join("");
  const textAt = new Int32Array(folded.length);
  textStart.forEach((s, t) => {
    textAt.fill(t, s, textStart[t + 1] ?? folded.length);
  });
  return { folded, textAt, textStart, entryOfText, textsOfEntry, values, kept: new Map() };
}

function pinyinOf(c: Corpus): PinyinIndex {
  c.pinyin ??= { folded: c.folded, readingCache: new Map(), atPrefix: new Map(), atChar: new Map(), uses: 0 };
  const py = c.pinyin;
  if (++py.uses === 2) py.all = readingsAt(py.folded);
  return py;
}

/** The readings at offset p, the one it has there first; undefined where there is no Han character. */
function readingAt(py: PinyinIndex, p: number): readonly string[] | undefined {
  if (py.all) return py.all[p];
  let r = py.readingCache.get(p);
  if (r === undefined) {
    r = p >= 0 && p < py.folded.length ? (readingsOfCharAt(py.folded, p) ?? null) : null;
    py.readingCache.set(p, r);
  }
  return r ?? undefined;
}

/**
 * Where the characters with a reading that begins with `prefix` are. Each character is found by
 * native searches for it alone: a regular expression of a prefix's scattered characters tests every
 * character of the corpus against them one by one, ten times slower.
 */
function placesOf(prefix: string, c: PinyinIndex): Places {
  const known = c.atPrefix.get(prefix);
  if (known) return known;
  const chars = charsWithPrefix(prefix);
  const codes = new Set<number>();
  for (let i = 0; i < chars.length; i++) codes.add(chars.charCodeAt(i));
  let count = 0;
  for (const code of codes) count += offsetsOfChar(code, c).length;
  const places: Places = { count, codes };
  c.atPrefix.set(prefix, places);
  return places;
}

function offsetsOfChar(code: number, c: PinyinIndex): readonly number[] {
  let list = c.atChar.get(code);
  if (!list) {
    const out: number[] = [];
    const ch = String.fromCharCode(code);
    for (let i = c.folded.indexOf(ch); i !== -1; i = c.folded.indexOf(ch, i + 1)) out.push(i);
    c.atChar.set(code, out);
    list = out;
  }
  return list;
}

/** The offsets of a prefix's characters, ascending: listed for an anchor, on first need. */
function offsetsOf(places: Places, c: PinyinIndex): readonly number[] {
  if (!places.list) {
    const list: number[] = [];
    for (const code of places.codes) list.push(...offsetsOfChar(code, c));
    places.list = places.codes.size > 1 ? list.sort((a, b) => a - b) : list;
  }
  return places.list;
}

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
const KIND_OF_TIER: MatchKind[] = ["initials", "initials", "pinyin", "exact"];
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

/** How a query matched an entry. */
export interface Match {
  /** Higher is better; only comparable between matches of the same query. */
  readonly score: number;
  readonly kind: MatchKind;
  /** Per field of the entry, the merged ranges that matched (offsets into that field, for highlighting). */
  readonly ranges: readonly Range[][];
}

/** A term's matches in one text. */
interface InText {
  ranges: Range[];
  quality: number;
  whole: number;
  count: number;
  matched: number;
  first: number;
}

/** Ranges kept per term and text: enough to highlight and rank by. */
const MAX_RANGES = 64;

/** Terms whose matches a corpus keeps: typing a query asks for the same terms keystroke after keystroke. */
const MAX_KEPT = 64;

/**
 * A term's matches by text: in every text when `alive` is null, or when the term is kept (the caller
 * only reads the texts it asks about); else only in the texts marked in `alive`.
 */
function byText(term: Term, c: Corpus, alive: Uint8Array | null): Map<number, InText> {
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

// Score = tier (0–7) × 1000, plus at most 720 for how many, how dense and how early the matches are,
// and how many syllables were typed in full (shifan: 示范 before 释放).
const TIER_SCORE = 1000;

/**
 * The entries every term of the query matches (in any of their fields) and no excluded term does,
 * with their scores and ranges, in entry order. A number term also matches an entry whose value it is.
 */
export function matchCorpus(query: Query, c: Corpus): { entry: number; match: Match }[] {
  const best = new Map<number, Match>();
  query.readings.forEach((terms, reading) => {
    if (reading > 0 && query.apartIfJoinedFails && best.size > 0) return;
    const valued = terms.map((t) => {
      const numbers = numbersOf(t);
      return numbers.length === 0 ? null : new Set(c.values.flatMap((v, e) => (numbers.includes(v!) ? [e] : [])));
    });
    // Terms in turn (longest, so likely rarest, first), each looked for only in the entries all
    // terms before it matched.
    const maps: Map<number, InText>[] = [];
    let alive: Uint8Array | null = null;
    for (let i = 0; i < terms.length; i++) {
      const m = byText(terms[i]!, c, alive);
      maps.push(m);
      if (i === terms.length - 1) break;
      const entries = new Set([...m.keys()].map((t) => c.entryOfText[t]!));
      for (const e of valued[i] ?? []) entries.add(e);
      const next = new Uint8Array(c.textStart.length);
      for (const e of entries) for (const t of c.textsOfEntry[e]!) if (!alive || alive[t]) next[t] = 1;
      alive = next;
    }
    const rarest = maps.length - 1;
    // The entries the last term was found in are the only candidates.
    const candidates = new Set([...maps[rarest]!.keys()].map((t) => c.entryOfText[t]!));
    for (const e of valued[rarest] ?? []) candidates.add(e);
    for (const e of candidates) {
      const texts = c.textsOfEntry[e]!;
      const ranges: Range[][] = texts.map(() => []);
      let quality = 7;
      let whole = 1;
      let count = 0;
      let matched = 0;
      let first = Infinity;
      let ok = true;
      for (let i = 0; i < terms.length && ok; i++) {
        let q = valued[i]?.has(e) ? 7 : -1;
        let w = q > 0 ? 1 : 0;
        texts.forEach((t, f) => {
          const it = maps[i]!.get(t);
          if (!it) return;
          ranges[f]!.push(...it.ranges);
          q = Math.max(q, it.quality);
          w = Math.max(w, it.whole);
          count += it.count;
          matched += it.matched;
          first = Math.min(first, it.first + f * 1000);
        });
        if (q < 0) ok = false;
        quality = Math.min(quality, q);
        whole = Math.min(whole, w);
      }
      if (!ok) continue;
      // Read apart, a query that could also be read joined ranks a tier lower than its own kind.
      const tier = Math.max(0, quality - (reading > 0 ? 2 : 0));
      const length = texts.reduce((n, t) => n + (c.textStart[t + 1] ?? c.folded.length) - c.textStart[t]! - 1, 0) || 1;
      const score =
        tier * TIER_SCORE +
        Math.min(count, 9) * 30 +
        Math.round((200 * Math.min(matched, length)) / length) +
        (first === Infinity ? 0 : Math.round(100 * Math.max(0, 1 - first / length))) +
        Math.round(150 * whole);
      const had = best.get(e);
      if (!had || score > had.score)
        best.set(e, {
          score,
          kind: KIND_OF_TIER[quality >> 1]!,
          // One term's ranges are in order and apart already.
          ranges: terms.length === 1 ? ranges : ranges.map((r) => mergeRanges(r)),
        });
    }
  });
  for (const term of query.excluded) {
    if (best.size === 0) break;
    // Looked for only in the entries still in.
    const alive = new Uint8Array(c.textStart.length);
    for (const e of best.keys()) for (const t of c.textsOfEntry[e]!) alive[t] = 1;
    for (const t of byText(term, c, alive).keys()) best.delete(c.entryOfText[t]!);
    const numbers = numbersOf(term);
    c.values.forEach((v, e) => {
      if (v !== undefined && numbers.includes(v)) best.delete(e);
    });
  }
  return [...best].sort((a, b) => a[0] - b[0]).map(([entry, match]) => ({ entry, match }));
}

/** The values a term stands for as a number (`a | b`: each alternative's); an anchored term matches text only. */
const numbersOf = (t: Term): number[] =>
  t.any ? t.any.flatMap(numbersOf) : t.number !== undefined && !t.atStart && !t.atEnd ? [t.number] : [];

const corpora = new Map<string, Corpus>();
const MAX_CORPORA = 64;

/** Each text as its own entry: the matches of the query, by text index (reader find, a text at a time). */
export function matchTexts(query: Query, texts: readonly string[]): Map<number, Match> {
  const key = texts.join("\0");
  let c = corpora.get(key);
  if (!c) {
    if (corpora.size >= MAX_CORPORA) corpora.clear();
    c = corpusOf(texts.map((t) => [t]));
    corpora.set(key, c);
  }
  return new Map(matchCorpus(query, c).map((m) => [m.entry, m.match]));
}

/** One text: its ranges and score, or null. */
export function matchText(query: Query, text: string): { score: number; kind: MatchKind; ranges: Range[] } | null {
  const m = matchTexts(query, [text]).get(0);
  return m ? { score: m.score, kind: m.kind, ranges: m.ranges[0]! } : null;
}
