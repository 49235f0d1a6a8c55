// Lookup over the 13 terms of 附件一 by Chinese, pinyin, initials or a term with one character wrong.
// Exact and pinyin matching come first (cheap, and every exact hit is certain); fuse.js only steps in
// when they find no term, to forgive a typo. Ranking is our own: fuse scores every exact hit alike.
import Fuse, { type FuseResult } from "fuse.js";
import { type GlossaryEntry, glossary } from "../../data/index";
import { matchSyllables, normalizeSyllables } from "./pinyin";
import { findAll, findAny, foldCase, HAN, mergeRanges, parseQuery, type Query, type Range } from "./query";

export interface GlossaryHit {
  entry: GlossaryEntry;
  score: number;
  field: "term" | "pinyin" | "initials" | "fuzzy" | "definition";
  /** [start, end) UTF-16 offsets into entry.term that matched (for highlighting). */
  termRanges: [number, number][];
  /** Same, into entry.definition. */
  definitionRanges: [number, number][];
}

/** A lookup's hits and the Chinese strings the query stands for, for searching the rest of the report. */
export interface GlossaryMatch {
  hits: GlossaryHit[];
  /** Literal strings to find in body text: the query itself, or the terms its pinyin or typo points at. */
  needles: string[];
}

// Score tiers, far enough apart that the bonuses inside a tier (≤ 99) never cross into the next.
const TIER = { whole: 1000, termStart: 900, termInside: 800, fuzzyTerm: 600, definition: 400 };

interface Indexed {
  entry: GlossaryEntry;
  /** entry.term and entry.definition lower-cased for matching (same offsets). */
  term: string;
  definition: string;
  syllables: string[];
  /** UTF-16 offset in entry.term of the Han character each syllable belongs to. */
  hanAt: number[];
  /** Syllable index of each character of entry.pinyin (to map fuse's matches back to characters). */
  syllableOfChar: number[];
  /** The term's characters, to rule out a fuzzy match before asking fuse. */
  chars: Set<string>;
}

const HAN_ALL = new RegExp(HAN.source, "gu");

// Built once at module load: the lookup runs on every keystroke.
const index: Indexed[] = glossary.map((entry) => {
  const hanAt = [...entry.term.matchAll(HAN_ALL)].map((m) => m.index);
  if (hanAt.length !== entry.syllables.length)
    throw new Error(`glossary ${entry.number}: syllables do not match the term's characters`);
  return {
    entry,
    term: foldCase(entry.term),
    definition: foldCase(entry.definition),
    syllables: normalizeSyllables(entry.syllables),
    hanAt,
    syllableOfChar: entry.syllables.flatMap((s, i) => Array<number>(s.length).fill(i)),
    chars: new Set(entry.term),
  };
});

const fuzzyOptions = { ignoreLocation: true, includeScore: true, includeMatches: true, findAllMatches: true } as const;
// 0.34 lets a 3-character query have one character wrong or missing, but not a 2-character one.
const FUZZY_TERM_THRESHOLD = 0.34;
// Made on the first typo, once: most lookups are settled by exact and pinyin matching.
let fuzzy: { terms: Fuse<Indexed>; pinyin: Fuse<Indexed> } | undefined;
const fuzzyIndexes = () =>
  (fuzzy ??= {
    terms: new Fuse(index, { ...fuzzyOptions, keys: ["entry.term"], threshold: FUZZY_TERM_THRESHOLD }),
    pinyin: new Fuse(index, { ...fuzzyOptions, keys: ["entry.pinyin", "entry.initials"], threshold: 0.3 }),
  });

/** Best first. A blank query gives [] (the caller decides whether that means "every term"). */
export function lookupGlossary(query: string): GlossaryHit[] {
  return matchGlossary(query).hits;
}

export function matchGlossary(raw: string): GlossaryMatch {
  const query = parseQuery(raw);
  if (query.literal === "") return { hits: [], needles: [] };
  const termHits = query.pinyin ? pinyinTermHits(query) : literalTermHits(query.literal);
  if (termHits.size === 0) {
    for (const hit of fuzzyTermHits(query)) termHits.set(hit.i, hit);
  }
  const needles = [...new Set([query.literal, ...[...termHits.values()].flatMap((h) => h.needles)])];

  const hits: GlossaryHit[] = [];
  index.forEach((ix, i) => {
    const definitionRanges = findAny(ix.definition, needles);
    const t = termHits.get(i);
    if (t) {
      hits.push({
        entry: ix.entry,
        score: t.score + Math.min(definitionRanges.length, 9),
        field: t.field,
        termRanges: t.ranges,
        definitionRanges,
      });
    } else if (definitionRanges.length > 0) {
      const score = TIER.definition + Math.min(definitionRanges.length * 10, 99);
      hits.push({ entry: ix.entry, score, field: "definition", termRanges: [], definitionRanges });
    }
  });
  // Stable: equal scores keep the report's order.
  hits.sort((a, b) => b.score - a.score || a.entry.number - b.entry.number);
  return { hits, needles };
}

interface TermHit {
  i: number;
  score: number;
  field: GlossaryHit["field"];
  ranges: Range[];
  /** Strings of the term the query spelled, worth looking for elsewhere. */
  needles: string[];
}

function literalTermHits(literal: string): Map<number, TermHit> {
  const out = new Map<number, TermHit>();
  index.forEach((ix, i) => {
    const ranges = findAll(ix.term, literal);
    const first = ranges[0];
    if (!first) return;
    const tier = ix.term === literal ? TIER.whole : first[0] === 0 ? TIER.termStart : TIER.termInside;
    out.set(i, { i, score: tier + coverage(literal.length, ix.term.length), field: "term", ranges, needles: [] });
  });
  return out;
}

function pinyinTermHits(query: Query): Map<number, TermHit> {
  const out = new Map<number, TermHit>();
  index.forEach((ix, i) => {
    if (query.compact.length > ix.entry.pinyin.length) return;
    const spans = matchSyllables(query.compact, ix.syllables);
    if (spans.length === 0) return;
    // The best reading: most syllables typed in full, then earliest.
    const best = spans.reduce((a, b) => (b.whole > a.whole ? b : a));
    const covered = best.end - best.start;
    const tier = covered === ix.syllables.length ? TIER.whole : best.start === 0 ? TIER.termStart : TIER.termInside;
    const field = best.whole === 0 && covered > 1 ? "initials" : "pinyin";
    const score = tier + coverage(covered, ix.syllables.length) + Math.min(best.whole, 9);
    const ranges = mergeRanges(spans.flatMap((s) => hanRanges(ix, s.start, s.end)));
    // One syllable points at too many characters of the body to be worth finding there.
    const needles = spans.filter((s) => s.end - s.start >= 2).map((s) => hanSlice(ix, s.start, s.end));
    out.set(i, { i, score, field, ranges, needles });
  });
  return out;
}

/** A term with a character wrong or missing (示范诉松), or pinyin with a typo (shifansusogn). */
function fuzzyTermHits(query: Query): TermHit[] {
  if (tooLongForFuzzy(query.pinyin ? query.compact : query.literal)) return [];
  if (!query.pinyin && !index.some((ix) => couldBeTypo(query.literal, ix))) return [];
  const results = query.pinyin
    ? fuzzyIndexes().pinyin.search(query.compact)
    : fuzzyIndexes().terms.search(query.literal);
  return results.map((r) => {
    const ix = r.item;
    const ranges = query.pinyin ? pinyinRanges(r) : indicesOf(r);
    const matched = ranges.reduce((n, [s, e]) => n + e - s, 0);
    const score = TIER.fuzzyTerm + Math.round((1 - (r.score ?? 1)) * 50) + coverage(matched, ix.entry.term.length);
    // The user meant the term: look for all of it elsewhere.
    return { i: index.indexOf(ix), score, field: "fuzzy", ranges, needles: [ix.entry.term] };
  });
}

/**
 * Whether enough of the query's characters are in the term for fuse to accept it: each error costs
 * 1/length of the score, so at most threshold × length characters can be missing. Most queries typed
 * in the 搜索 pane are body phrases that no term resembles, and this saves them fuse's ~50 µs.
 */
function couldBeTypo(literal: string, ix: Indexed): boolean {
  const chars = [...literal];
  const present = chars.filter((c) => ix.chars.has(c)).length;
  return chars.length - present <= Math.floor(FUZZY_TERM_THRESHOLD * chars.length);
}

/** Past fuse's 32-character bitap word a typo is not what went wrong, and the cost grows with length. */
function tooLongForFuzzy(text: string): boolean {
  return text.length > 32;
}

/** Fuse's inclusive [start, end] indices as [start, end) ranges. */
function indicesOf(r: FuseResult<Indexed>): Range[] {
  return mergeRanges((r.matches ?? []).flatMap((m) => m.indices.map(([s, e]): Range => [s, e + 1])));
}

/** Fuse's matches in entry.pinyin (a character per letter) or entry.initials (one per syllable) as term ranges. */
function pinyinRanges(r: FuseResult<Indexed>): Range[] {
  const ix = r.item;
  return mergeRanges(
    (r.matches ?? []).flatMap((m) => {
      const syllable = (i: number) => (m.key === "entry.initials" ? i : ix.syllableOfChar[i]!);
      return m.indices.flatMap(([s, e]) => hanRanges(ix, syllable(s), syllable(e) + 1));
    }),
  );
}

/** The Han characters of syllables [start, end) as term ranges; a quotation mark between them is not highlighted. */
function hanRanges(ix: Indexed, start: number, end: number): Range[] {
  return mergeRanges(ix.hanAt.slice(start, end).map((at): Range => [at, at + 1]));
}

/** The stretch of the term that syllables [start, end) cover, punctuation inside included (打”行). */
function hanSlice(ix: Indexed, start: number, end: number): string {
  return ix.entry.term.slice(ix.hanAt[start], ix.hanAt[end - 1]! + 1);
}

/** 0–50: how much of the term the match covers, so 示范 ranks 示范诉讼 above a longer term starting alike. */
function coverage(matched: number, total: number): number {
  return Math.round((50 * Math.min(matched, total)) / total);
}

// Below this a query shares a stray pair with a long term, not a resemblance.
const MIN_SIMILARITY = 0.1;

/**
 * The terms nearest to a query that matched nothing, for "did you mean": Dice similarity with the term
 * (or with its pinyin and initials for a Latin query).
 */
export function closestTerms(raw: string, count = 3): GlossaryEntry[] {
  const query = parseQuery(raw);
  if (query.literal === "") return [];
  const q = query.pinyin ? query.compact : query.literal;
  return index
    .map((ix) => {
      const targets = query.pinyin ? [ix.syllables.join(""), ix.entry.initials] : [ix.term];
      return { entry: ix.entry, similarity: Math.max(...targets.map((t) => dice(q, t))) };
    })
    .filter((c) => c.similarity >= MIN_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || a.entry.number - b.entry.number)
    .slice(0, count)
    .map((c) => c.entry);
}

/**
 * Dice coefficient over character pairs (single characters when either side has only one): 1 for equal
 * strings, 0 for nothing shared. Pairs, because one shared letter or character is chance, not likeness.
 */
function dice(a: string, b: string): number {
  const [ca, cb] = [[...a], [...b]];
  const n = Math.min(ca.length, cb.length) > 1 ? 2 : 1;
  const grams = (chars: string[]) => chars.slice(n - 1).map((c, i) => chars.slice(i, i + n - 1).join("") + c);
  const ga = grams(ca);
  const gb = grams(cb);
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of ga) {
    const left = pool.get(g) ?? 0;
    if (left > 0) {
      shared++;
      pool.set(g, left - 1);
    }
  }
  return ga.length + gb.length === 0 ? 0 : (2 * shared) / (ga.length + gb.length);
}
