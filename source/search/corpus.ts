// The texts a query is matched against, made ready once: folded into one string, with the pinyin
// of its Han characters worked out only where a query needs it.

import { foldCase, type Range } from "./query";
import { charsWithPrefix, readingsAt, readingsOfCharAt } from "./readings";

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

/** A term's matches in one text. */
export interface InText {
  ranges: Range[];
  quality: number;
  whole: number;
  count: number;
  matched: number;
  first: number;
}

/** The pinyin of the corpus, worked out where a query needs it (a one-shot lookup reads a few places, not all). */
export interface PinyinIndex {
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
export interface Places {
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

export function pinyinOf(c: Corpus): PinyinIndex {
  c.pinyin ??= { folded: c.folded, readingCache: new Map(), atPrefix: new Map(), atChar: new Map(), uses: 0 };
  const py = c.pinyin;
  if (++py.uses === 2) py.all = readingsAt(py.folded);
  return py;
}

/** The readings at offset p, the one it has there first; undefined where there is no Han character. */
export function readingAt(py: PinyinIndex, p: number): readonly string[] | undefined {
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
export function placesOf(prefix: string, c: PinyinIndex): Places {
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
export function offsetsOf(places: Places, c: PinyinIndex): readonly number[] {
  if (!places.list) {
    const list: number[] = [];
    for (const code of places.codes) list.push(...offsetsOfChar(code, c));
    places.list = places.codes.size > 1 ? list.sort((a, b) => a - b) : list;
  }
  return places.list;
}
