// A query matched against a corpus and ranked: every term in the same entry, none excluded, scored
// by how well and how much it matched; and the same over plain texts, for a text at a time.

import { type Corpus, corpusOf, type InText } from "./corpus";
import { byText, KIND_OF_TIER, type MatchKind } from "./match-term";
import type { Query, Term } from "./parse-query";
import { mergeRanges, type Range } from "./query";

/** How a query matched an entry. */
export interface Match {
  /** Higher is better; only comparable between matches of the same query. */
  readonly score: number;
  readonly kind: MatchKind;
  /** Per field of the entry, the merged ranges that matched (offsets into that field, for highlighting). */
  readonly ranges: readonly Range[][];
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
