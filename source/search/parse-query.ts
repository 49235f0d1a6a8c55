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

import { HAN, normalizeQuery } from "./query";
import { toneless } from "./readings";

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
export const MEANINGFUL = /[0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;
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
export const termKey = (t: Term): string => `${t.atStart ? "^" : ""}${t.pattern}${t.atEnd ? "$" : ""}`;

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
