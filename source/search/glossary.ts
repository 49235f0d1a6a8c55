// Lookup over the 13 terms of 附件一, matched by the query language of parse-query.ts (Chinese, pinyin,
// initials, several terms) on the term and its definition; fuse.js only steps in when no term
// matches, to forgive a typo. Ranking is our own: fuse scores every exact hit alike.
import type { default as Fuse, FuseResult } from "fuse.js";
import { type GlossaryEntry, glossary } from "../../data/index";
import { sharesWith } from "./closest";
import { type Corpus, corpusOf } from "./corpus";
import { fuseClass } from "./fuse";
import { matchCorpus } from "./match";
import { parseQuery } from "./parse-query";
import { foldCase, HAN, mergeRanges, normalizeQuery, type Range } from "./query";

export interface GlossaryHit {
  entry: GlossaryEntry;
  score: number;
  field: "term" | "pinyin" | "initials" | "fuzzy" | "definition";
  /** [start, end) UTF-16 offsets into entry.term that matched (for highlighting). */
  termRanges: [number, number][];
  /** Same, into entry.definition. */
  definitionRanges: [number, number][];
}

// Bands, far enough apart that the bonuses inside one never cross into the next: a hit on the term
// (by the matcher's tier, then whole term, start of term, inside), a typo of a term, a definition
// that mentions the query.
const TERM = 1000;
const FUZZY = 900;
const DEFINITION = 400;
const POSITION = { whole: 60, start: 40, inside: 0 };

interface Indexed {
  entry: GlossaryEntry;
  /** entry.term lower-cased, for the typo check. */
  folded: string;
  syllables: string[];
  /** UTF-16 offset in entry.term of the Han character each syllable belongs to. */
  hanAt: number[];
  /** Syllable index of each character of entry.pinyin (to map fuse's matches back to characters). */
  syllableOfChar: number[];
  /** The term's characters, to rule out a fuzzy match before asking fuse. */
  chars: Set<string>;
}

const HAN_ALL = new RegExp(HAN.source, "gu");

// Built on the first lookup, once: the lookup runs on every keystroke, and every command loads this module.
let indexed: Indexed[] | undefined;
const index = (): Indexed[] => (indexed ??= glossary.map(indexEntry));

function indexEntry(entry: GlossaryEntry): Indexed {
  const hanAt = [...entry.term.matchAll(HAN_ALL)].map((m) => m.index);
  if (hanAt.length !== entry.syllables.length)
    throw new Error(`glossary ${entry.number}: syllables do not match the term's characters`);
  return {
    entry,
    folded: foldCase(entry.term),
    syllables: entry.syllables.map((s) => s.replace(/ü/gu, "v")),
    hanAt,
    syllableOfChar: entry.syllables.flatMap((s, i) => Array<number>(s.length).fill(i)),
    chars: new Set(entry.term),
  };
}

// Made on the first lookup (module load stays cheap for commands that never look a term up).
let corpus: Corpus | undefined;

const fuzzyOptions = { ignoreLocation: true, includeScore: true, includeMatches: true, findAllMatches: true } as const;
// 0.34 lets a 3-character query have one character wrong or missing, but not a 2-character one.
const FUZZY_TERM_THRESHOLD = 0.34;
// Made on the first typo, once: most lookups are settled by the matcher.
let fuzzy: { terms: Fuse<Indexed>; pinyin: Fuse<Indexed> } | undefined;
function fuzzyIndexes(): { terms: Fuse<Indexed>; pinyin: Fuse<Indexed> } {
  if (fuzzy) return fuzzy;
  const Fuzzy = fuseClass();
  fuzzy = {
    terms: new Fuzzy(index(), { ...fuzzyOptions, keys: ["entry.term"], threshold: FUZZY_TERM_THRESHOLD }),
    pinyin: new Fuzzy(index(), { ...fuzzyOptions, keys: ["entry.pinyin", "entry.initials"], threshold: 0.3 }),
  };
  return fuzzy;
}

/** Best first, ties in the report's order. A blank query gives [] (the caller decides whether that means "every term"). */
export function lookupGlossary(raw: string): GlossaryHit[] {
  const query = parseQuery(raw);
  if (query.readings.length === 0) return [];
  const hits: GlossaryHit[] = [];
  corpus ??= corpusOf(glossary.map((g) => [g.term, g.definition]));
  for (const { entry, match: m } of matchCorpus(query, corpus)) {
    const ix = index()[entry]!;
    const [termRanges, definitionRanges] = m.ranges as [Range[], Range[]];
    const mentions = Math.min(definitionRanges.length, 9);
    if (termRanges.length > 0) {
      const covered = termRanges.reduce((n, [s, e]) => n + e - s, 0);
      const position =
        covered >= ix.hanAt.length && termRanges[0]![0] <= ix.hanAt[0]!
          ? "whole"
          : termRanges[0]![0] <= ix.hanAt[0]!
            ? "start"
            : "inside";
      const tier = Math.floor(m.score / 1000);
      const field = m.kind === "exact" ? "term" : m.kind;
      const score = TERM + tier * 100 + POSITION[position] + coverage(covered, ix.entry.term.length, 30) + mentions;
      hits.push({ entry: ix.entry, score, field, termRanges, definitionRanges });
    } else {
      const score = DEFINITION + Math.floor(m.score / 1000) * 50 + Math.min(definitionRanges.length * 10, 49);
      hits.push({ entry: ix.entry, score, field: "definition", termRanges: [], definitionRanges });
    }
  }
  if (!hits.some((h) => h.field !== "definition")) {
    for (const t of fuzzyTermHits(raw)) {
      const definitionRanges = hits.find((h) => h.entry === t.ix.entry)?.definitionRanges ?? [];
      const others = hits.filter((h) => h.entry !== t.ix.entry);
      hits.length = 0;
      hits.push(...others, {
        entry: t.ix.entry,
        score: t.score,
        field: "fuzzy",
        termRanges: t.ranges,
        definitionRanges,
      });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.entry.number - b.entry.number);
  return hits;
}

/** The terms a query that matched nothing may have meant to type (示范诉松 → 示范诉讼), best first. */
export function typoTerms(raw: string): GlossaryEntry[] {
  return fuzzyTermHits(raw)
    .sort((a, b) => b.score - a.score)
    .map((t) => t.ix.entry);
}

interface TermHit {
  ix: Indexed;
  score: number;
  ranges: Range[];
}

/** A term with a character wrong or missing (示范诉松), or pinyin with a typo (shifansusogn). */
function fuzzyTermHits(raw: string): TermHit[] {
  const text = normalizeQuery(raw);
  const pinyin = /^[a-z\s']+$/u.test(text);
  const q = pinyin ? text.replace(/[\s']+/gu, "") : text.replace(/\s+/gu, "");
  if (q === "" || tooLongForFuzzy(q)) return [];
  if (!pinyin && !index().some((ix) => couldBeTypo(q, ix))) return [];
  const results = pinyin ? fuzzyIndexes().pinyin.search(q) : fuzzyIndexes().terms.search(q);
  return results.map((r) => {
    const ix = r.item;
    const ranges = pinyin ? pinyinRanges(r) : indicesOf(r);
    const matched = ranges.reduce((n, [s, e]) => n + e - s, 0);
    const score = FUZZY + Math.round((1 - (r.score ?? 1)) * 49) + coverage(matched, ix.entry.term.length, 49);
    return { ix, score, ranges };
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

/** 0–max: how much of the term the match covers, so 示范 ranks 示范诉讼 above a longer term starting alike. */
function coverage(matched: number, total: number, max: number): number {
  return Math.round((max * Math.min(matched, total)) / total);
}

/**
 * The terms nearest to a query that matched nothing, for "did you mean": only terms that share a
 * character, a syllable or a run of initials with it (closest.ts), most alike first (Dice similarity
 * with the term, or with its pinyin and initials for a Latin query). Empty: nothing is close.
 */
export function closestTerms(raw: string, count = 3): GlossaryEntry[] {
  const text = normalizeQuery(raw);
  if (text === "") return [];
  const latin = !HAN.test(text);
  const q = latin ? text.replace(/[^a-z]+/gu, "") : text.replace(/\s+/gu, "");
  return index()
    .filter((ix) => sharesWith(raw, ix.entry.term))
    .map((ix) => {
      const targets = latin ? [ix.syllables.join(""), ix.entry.initials] : [ix.folded];
      return { entry: ix.entry, similarity: Math.max(...targets.map((t) => dice(q, t))) };
    })
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
