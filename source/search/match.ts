// The one query language of court-report: every query box and every command that takes a query
// matches through here, over any text of the report.
//
// A query is terms separated by spaces; every term must match the same text (a paragraph, an entry,
// a figure), in any order. A term is Chinese (found as written), pinyin (full, with or without tone
// marks or tone numbers, initials, or syllable prefixes: zhixing, zhi2xing2, zx, zhix), Chinese and
// pinyin mixed (未成年ren), or a number (which also matches a figure of that value). "…" keeps a phrase
// together; !term excludes texts where the term matches. A polyphone matches under every reading;
// the reading it has where it stands ranks first. Several terms are also read joined into one
// (`wei cheng nian ren` is 未成年人, `示范 诉讼` is 示范诉讼): texts the joined reading finds rank
// above texts only the separate terms find. See docs/pending/h12.md.

import { findAll, foldCase, HAN, mergeRanges, normalizeQuery, type Range } from "./query";
import { readingsAt } from "./readings";

/** How a term was found: as written, by pinyin with a syllable typed whole, or by initials/prefixes only. */
export type MatchKind = "exact" | "pinyin" | "initials";

export interface Term {
  /** Lower-cased, tones removed: what is matched. Latin letters in it are read as pinyin too. */
  readonly pattern: string;
  readonly hasLetters: boolean;
  /** The value a number term stands for ("22502", "10.73"). */
  readonly number?: number;
}

export interface Query {
  /** Ways to read the positive terms, best first: the terms joined into one (when there are several), then apart. Empty: nothing to look for. */
  readonly readings: readonly (readonly Term[])[];
  readonly excluded: readonly Term[];
  /** The query was longer than MAX_QUERY characters or MAX_TERMS terms and was cut. */
  readonly capped: boolean;
}

/** Past this many characters or terms, the rest of a query is ignored (and the caller says so). */
export const MAX_QUERY = 100;
export const MAX_TERMS = 16;
/** Matches counted per term and text: enough to rank by, bounded for pathological queries. */
const MAX_OCCURRENCES = 64;

/** Something a term can match: a letter, a digit or a Han character (punctuation alone cannot). */
const MEANINGFUL = /[0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;
const TONED = /[āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜ]/gu;
const TONE_PLAIN: Record<string, string> = Object.fromEntries(
  ["āáǎàa", "ōóǒòo", "ēéěèe", "īíǐìi", "ūúǔùu", "ǖǘǚǜv"].flatMap((g) => [...g.slice(0, -1)].map((c) => [c, g.at(-1)!])),
);
/** Pinyin typed with tone numbers: shi4fan4. */
const TONE_NUMBERS = /^(?:[a-z]+[0-5])+[a-z]*$/u;
const NUMBER = /^\d+(?:\.\d+)?$/u;

/** The line a command prints when it matched only the start of a query, or null. */
export function cappedNote(raw: string): string | null {
  return parseQuery(raw).capped
    ? `only the first ${MAX_QUERY} characters and ${MAX_TERMS} terms of the query were matched`
    : null;
}

export function parseQuery(raw: string): Query {
  let text = normalizeQuery(raw);
  const capped = [...text].length > MAX_QUERY;
  if (capped) text = [...text].slice(0, MAX_QUERY).join("");
  const positive: { term: Term; quoted: boolean }[] = [];
  const excluded: Term[] = [];
  let termCount = 0;
  // Words, "quoted phrases" (an unclosed quote runs to the end) and !negations of either.
  for (const m of text.matchAll(/(!?)(?:"([^"]*)"?|([^\s"]+))/gu)) {
    const quoted = m[2] !== undefined;
    const term = makeTerm(quoted ? m[2]!.replace(/\s+/gu, "") : m[3]!);
    if (!term) continue;
    if (++termCount > MAX_TERMS) return finish(positive, excluded, true);
    if (m[1] === "!") excluded.push(term);
    else positive.push({ term, quoted });
  }
  return finish(positive, excluded, capped);
}

function finish(positive: { term: Term; quoted: boolean }[], excluded: Term[], capped: boolean): Query {
  const apart = positive.map((p) => p.term);
  const joinable = positive.length > 1 && positive.every((p) => !p.quoted);
  const joined = joinable ? makeTerm(apart.map((t) => t.pattern).join("")) : null;
  const readings = apart.length === 0 ? [] : joined ? [[joined], apart] : [apart];
  return { readings, excluded, capped };
}

function makeTerm(word: string): Term | null {
  if (!MEANINGFUL.test(word) && !HAN.test(word)) return null;
  let pattern = word.replace(TONED, (c) => TONE_PLAIN[c]!).replace(/'/gu, "");
  if (TONE_NUMBERS.test(pattern)) pattern = pattern.replace(/[0-5]/gu, "");
  if (pattern === "") return null;
  const hasLetters = /[a-z]/u.test(pattern);
  return NUMBER.test(pattern) ? { pattern, hasLetters, number: Number(pattern) } : { pattern, hasLetters };
}

/** A text made ready for matching: computed once per text, reused on every keystroke. */
export interface Prepared {
  readonly text: string;
  /** text lower-cased (same offsets). */
  readonly folded: string;
  /** Toneless readings of the Han character at each offset, the one it has there first. */
  readonly readings: readonly (readonly string[] | undefined)[];
  /** Offsets where a match of a term starting with this letter can start. */
  readonly starts: ReadonlyMap<string, readonly number[]>;
}

const prepared = new Map<string, Prepared>();
const MAX_PREPARED = 4096;

/** The text prepared for matching; remembered, since the same report texts are matched again and again. */
export function prepare(text: string): Prepared {
  const known = prepared.get(text);
  if (known) return known;
  const folded = foldCase(text);
  const readings = readingsAt(text);
  const starts = new Map<string, number[]>();
  const add = (letter: string, i: number) => {
    const list = starts.get(letter);
    if (!list) starts.set(letter, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (c >= "a" && c <= "z") add(c, i);
    const r = readings[i];
    if (!r) continue;
    // Sorted first letters, so each letter is added once per offset.
    for (const letter of [...new Set(r.map((s) => s[0]!))]) add(letter, i);
  }
  const p = { text, folded, readings, starts };
  if (prepared.size >= MAX_PREPARED) prepared.clear();
  prepared.set(text, p);
  return p;
}

/** Where one term matched in one text, and how well. */
interface TermFound {
  ranges: Range[];
  /** 0–7: the kind's tier times two, plus one when every polyphone was read as it is read there. */
  quality: number;
  first: number;
  matched: number;
  /** 0–1: the share of syllables typed in full, at the best occurrence (1 for text found as written). */
  whole: number;
}

const TIER: Record<MatchKind, number> = { exact: 3, pinyin: 2, initials: 1 };
const KIND_OF_TIER: MatchKind[] = ["initials", "initials", "pinyin", "exact"];

/** The places a term matches in a text, or null. */
function findTerm(term: Term, t: Prepared): TermFound | null {
  if (!term.hasLetters) {
    const ranges = findAll(t.folded, term.pattern).slice(0, MAX_OCCURRENCES);
    if (ranges.length === 0) return null;
    const matched = ranges.length * term.pattern.length;
    return { ranges, quality: TIER.exact * 2 + 1, first: ranges[0]![0], matched, whole: 1 };
  }
  const q = term.pattern;
  const c = q[0]!;
  const candidates = c >= "a" && c <= "z" ? (t.starts.get(c) ?? []) : literalStarts(t.folded, c);
  const ranges: Range[] = [];
  let quality = -1;
  let matched = 0;
  let whole = 0;
  let from = 0;
  for (const start of candidates) {
    if (start < from) continue;
    const r = spellFrom(q, t, start);
    if (!r) continue;
    ranges.push(...without(start, r.end, r.skipped));
    matched += r.end - start;
    const tier = r.syllables === 0 ? TIER.exact : r.whole > 0 ? TIER.pinyin : TIER.initials;
    quality = Math.max(quality, tier * 2 + (r.contextual ? 1 : 0));
    whole = Math.max(whole, r.syllables === 0 ? 1 : r.whole / r.syllables);
    from = r.end;
    if (ranges.length >= MAX_OCCURRENCES) break;
  }
  return ranges.length === 0 ? null : { ranges, quality, first: ranges[0]![0], matched, whole };
}

/** [start, end) less the quotation marks a pinyin match stepped over. */
function without(start: number, end: number, skipped: readonly number[]): Range[] {
  const out: Range[] = [];
  let from = start;
  for (const at of skipped) {
    if (at > from) out.push([from, at]);
    from = at + 1;
  }
  if (end > from) out.push([from, end]);
  return out;
}

function literalStarts(folded: string, c: string): number[] {
  const out: number[] = [];
  for (let i = folded.indexOf(c); i !== -1; i = folded.indexOf(c, i + 1)) out.push(i);
  return out;
}

interface Spelled {
  end: number;
  /** Han characters matched by pinyin, and how many of them had their syllable typed in full. */
  syllables: number;
  whole: number;
  /** Every one of them by the reading it has there. */
  contextual: boolean;
  /** Offsets of quotation marks between two of them, which pinyin passes over (“双打”行动 is sdxd). */
  skipped: number[];
}

const QUOTES = "“”‘’「」『』《》\"'";

// Failed (pattern offset, text offset) pairs of the current attempt, stamped so nothing needs clearing:
// without them a long pinyin query could try exponentially many ways to split itself into syllables.
let failed = new Uint32Array(0);
let stamp = 0;

/**
 * Whether the whole pattern matches from text offset `start`: other characters as written, Latin
 * letters either as written or as the pinyin of consecutive Han characters, each typed as a prefix of
 * one of its readings. Depth first: the reading it has there first, longest prefix first, so the first
 * spelling found is the one a reader means.
 */
function spellFrom(q: string, t: Prepared, start: number): Spelled | null {
  // Each step consumes at least one pattern character, or steps over a quotation mark.
  const width = q.length + 1;
  const span = 2 * width;
  if (failed.length < width * span) failed = new Uint32Array(width * span);
  if (++stamp === 0xffffffff) {
    failed.fill(0);
    stamp = 1;
  }
  const go = (qi: number, p: number, syllables: number, whole: number, contextual: boolean): Spelled | null => {
    if (qi === q.length) return { end: p, syllables, whole, contextual, skipped: [] };
    if (p >= t.folded.length) return null;
    const key = qi * span + (p - start);
    if (p - start < span && failed[key] === stamp) return null;
    const c = q[qi]!;
    const letter = c >= "a" && c <= "z";
    if (t.folded[p] === c) {
      const r = go(qi + 1, p + 1, syllables, whole, contextual);
      if (r) return r;
    }
    const readings = letter ? t.readings[p] : undefined;
    if (readings) {
      for (let ri = 0; ri < readings.length; ri++) {
        const s = readings[ri]!;
        let n = 0;
        while (n < s.length && qi + n < q.length && (q[qi + n] === s[n] || (s[n] === "v" && q[qi + n] === "u"))) n++;
        for (let k = n; k >= 1; k--) {
          const r = go(qi + k, p + 1, syllables + 1, whole + (k === s.length ? 1 : 0), contextual && ri === 0);
          if (r) return r;
        }
      }
    }
    if (letter && syllables > 0 && QUOTES.includes(t.folded[p]!) && t.readings[p + 1]) {
      const r = go(qi, p + 1, syllables, whole, contextual);
      if (r) {
        r.skipped.unshift(p);
        return r;
      }
    }
    if (p - start < span) failed[key] = stamp;
    return null;
  };
  return go(0, start, 0, 0, true);
}

/** How a query matched an entry made of several texts (fields). */
export interface Match {
  /** Higher is better; only comparable between matches of the same query. */
  readonly score: number;
  readonly kind: MatchKind;
  /** Per field, the merged ranges that matched (for highlighting). */
  readonly ranges: readonly Range[][];
}

// Score = tier (0–7) × 1000, plus at most 720 for how many, how dense and how early the matches are,
// and how many syllables were typed in full (shifan: 示范 before 释放).
const TIER_SCORE = 1000;

/**
 * Whether every term of the query matches somewhere in the fields and no excluded term does. `value`
 * is the figure an entry stands for: a number term equal to it matches even where no field writes it.
 */
export function matchFields(query: Query, fields: readonly Prepared[], value?: number): Match | null {
  if (query.readings.length === 0) return null;
  for (const term of query.excluded) {
    if (term.number !== undefined && term.number === value) return null;
    if (fields.some((f) => findTerm(term, f))) return null;
  }
  let best: Match | null = null;
  query.readings.forEach((terms, reading) => {
    const ranges: Range[][] = fields.map(() => []);
    let quality = 7;
    let count = 0;
    let matched = 0;
    let first = Infinity;
    let whole = 1;
    for (const term of terms) {
      let termQuality = term.number !== undefined && term.number === value ? 7 : -1;
      let termWhole = termQuality > 0 ? 1 : 0;
      fields.forEach((f, i) => {
        const found = findTerm(term, f);
        if (!found) return;
        ranges[i]!.push(...found.ranges);
        termQuality = Math.max(termQuality, found.quality);
        termWhole = Math.max(termWhole, found.whole);
        count += found.ranges.length;
        matched += found.matched;
        first = Math.min(first, found.first + i * 1000);
      });
      if (termQuality < 0) return;
      quality = Math.min(quality, termQuality);
      whole = Math.min(whole, termWhole);
    }
    // Read apart, a query that could also be read joined ranks a tier lower than its own kind.
    const tier = Math.max(0, quality - (reading > 0 ? 2 : 0));
    const length = fields.reduce((n, f) => n + f.text.length, 0) || 1;
    const score =
      tier * TIER_SCORE +
      Math.min(count, 9) * 30 +
      Math.round((200 * Math.min(matched, length)) / length) +
      (first === Infinity ? 0 : Math.round(100 * Math.max(0, 1 - first / length))) +
      Math.round(150 * whole);
    if (!best || score > best.score)
      best = { score, kind: KIND_OF_TIER[quality >> 1]!, ranges: ranges.map((r) => mergeRanges(r)) };
  });
  return best;
}

/** One text: its ranges and score, or null. */
export function matchText(query: Query, text: string): { score: number; kind: MatchKind; ranges: Range[] } | null {
  const m = matchFields(query, [prepare(text)]);
  return m ? { score: m.score, kind: m.kind, ranges: m.ranges[0]! } : null;
}
