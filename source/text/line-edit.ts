// Editing one line of text as a shell does (readline's emacs keys), as pure functions on a value:
// the explorer's query boxes keep a LineValue in their state and apply one of these per key.
// The cursor is a UTF-16 offset that always stands between two grapheme clusters, so a Chinese
// character, an emoji sequence or a letter with its combining marks moves and deletes as one.
import { graphemes, width } from "./width";

export interface LineValue {
  readonly text: string;
  /** UTF-16 offset into text, at a grapheme boundary: 0 before the first character, text.length at the end. */
  readonly cursor: number;
}

export const emptyLine: LineValue = { text: "", cursor: 0 };

/** A line holding `text`, the cursor at its end (where typing continues). */
export const lineOf = (text: string): LineValue => {
  const clean = oneLine(text);
  return { text: clean, cursor: clean.length };
};

/** The offsets between grapheme clusters, 0 and text.length included. */
function boundaries(text: string): number[] {
  const out = [0];
  let at = 0;
  for (const g of graphemes(text)) {
    at += g.length;
    out.push(at);
  }
  return out;
}

/** The boundary at or before `cursor` (a cursor inside a cluster snaps back to its start). */
function snapped(v: LineValue): { stops: number[]; i: number } {
  const stops = boundaries(v.text);
  const c = Math.max(0, Math.min(v.cursor, v.text.length));
  let i = 0;
  while (i + 1 < stops.length && stops[i + 1]! <= c) i++;
  return { stops, i };
}

/**
 * Typed or pasted text at the cursor. Line breaks and tabs become spaces and other control
 * characters are dropped: a query box holds one line of printable text.
 */
export function insert(v: LineValue, typed: string): LineValue {
  const { stops, i } = snapped(v);
  const at = stops[i]!;
  const text = v.text.slice(0, at) + oneLine(typed) + v.text.slice(at);
  // The inserted text may join the cluster before it (a combining mark): land after whatever it became.
  const after = at + oneLine(typed).length;
  return { text, cursor: snapped({ text, cursor: after }).stops.find((s) => s >= after) ?? text.length };
}

function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/gu, " ").replace(/[\u0000-\u001f\u007f-\u009f]/gu, "");
}

/** C-b / Left: one grapheme back. */
export function left(v: LineValue): LineValue {
  const { stops, i } = snapped(v);
  return { text: v.text, cursor: stops[Math.max(0, i - (stops[i] === v.cursor ? 1 : 0))]! };
}

/** C-f / Right: one grapheme forward. */
export function right(v: LineValue): LineValue {
  const { stops, i } = snapped(v);
  return { text: v.text, cursor: stops[Math.min(stops.length - 1, i + 1)]! };
}

/** C-a / Home. */
export const home = (v: LineValue): LineValue => ({ text: v.text, cursor: 0 });

/** C-e / End. */
export const end = (v: LineValue): LineValue => ({ text: v.text, cursor: v.text.length });

/** Backspace: the grapheme before the cursor. */
export function backspace(v: LineValue): LineValue {
  const { stops, i } = snapped(v);
  const at = stops[i]!;
  if (at === 0) return { text: v.text, cursor: 0 };
  const from = stops[i - 1]!;
  return { text: v.text.slice(0, from) + v.text.slice(at), cursor: from };
}

/** Delete (C-d where nothing else claims it): the grapheme after the cursor. */
export function deleteForward(v: LineValue): LineValue {
  const { stops, i } = snapped(v);
  const at = stops[i]!;
  if (i + 1 >= stops.length) return { text: v.text, cursor: at };
  return { text: v.text.slice(0, at) + v.text.slice(stops[i + 1]!), cursor: at };
}

/**
 * C-w: the word before the cursor, as a shell's unix-word-rubout: spaces before the cursor, then
 * everything back to the previous space. (Chinese has no spaces: a run of it goes at once.)
 */
export function deleteWordBack(v: LineValue): LineValue {
  const { stops, i } = snapped(v);
  const at = stops[i]!;
  let j = i;
  const charBefore = (k: number) => v.text.slice(stops[k - 1]!, stops[k]!);
  while (j > 0 && /^\s+$/u.test(charBefore(j))) j--;
  while (j > 0 && !/^\s+$/u.test(charBefore(j))) j--;
  const from = stops[j]!;
  return { text: v.text.slice(0, from) + v.text.slice(at), cursor: from };
}

/** C-u: everything before the cursor. */
export function deleteToStart(v: LineValue): LineValue {
  const { stops, i } = snapped(v);
  return { text: v.text.slice(stops[i]!), cursor: 0 };
}

/** C-k: everything from the cursor on. */
export function deleteToEnd(v: LineValue): LineValue {
  const { stops, i } = snapped(v);
  return { text: v.text.slice(0, stops[i]!), cursor: stops[i]! };
}

/** The display column of the cursor (0-based): Chinese and other wide characters count two. */
export function cursorColumn(v: LineValue): number {
  const { stops, i } = snapped(v);
  return width(v.text.slice(0, stops[i]!));
}
