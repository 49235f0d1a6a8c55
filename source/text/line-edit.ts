// Editing one line of text as a shell does (readline's emacs keys), as pure functions on a value:
// the explorer's query boxes keep a LineValue in their state and apply one of these per key. A
// comment is the same value with line breaks in it: Home/End, C-u and C-k then act on the line the
// cursor is on, Up/Down move between lines, and a box without line breaks edits exactly as before.
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
export const lineValueOf = (text: string): LineValue => {
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
export function insert(v: LineValue, typed: string, lines = false): LineValue {
  const { stops, i } = snapped(v);
  const at = stops[i]!;
  const clean = lines ? manyLines(typed) : oneLine(typed);
  const text = v.text.slice(0, at) + clean + v.text.slice(at);
  // The inserted text may join the cluster before it (a combining mark): land after whatever it became.
  const after = at + clean.length;
  return { text, cursor: snapped({ text, cursor: after }).stops.find((s) => s >= after) ?? text.length };
}

function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/gu, " ").replace(/[\u0000-\u001f\u007f-\u009f]/gu, "");
}

/** Text of several lines: every line break becomes "\n", tabs spaces, other control characters go. */
function manyLines(text: string): string {
  return text
    .replace(/\r\n|\r/gu, "\n")
    .replace(/\t/gu, " ")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/gu, "");
}

/** Start and end of the line the cursor is on (the whole text when it has no line breaks). */
function lineBounds(v: LineValue): { start: number; end: number } {
  const c = Math.max(0, Math.min(v.cursor, v.text.length));
  const next = v.text.indexOf("\n", c);
  return { start: v.text.lastIndexOf("\n", c - 1) + 1, end: next < 0 ? v.text.length : next };
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

/** C-a / Home: the start of the line. */
export const home = (v: LineValue): LineValue => ({ text: v.text, cursor: lineBounds(v).start });

/** C-e / End: the end of the line. */
export const end = (v: LineValue): LineValue => ({ text: v.text, cursor: lineBounds(v).end });

/** Up / Down: the same column of the line above or below, or the text's start or end from its first
 * or last line. */
export function verticalMove(v: LineValue, delta: 1 | -1): LineValue {
  const here = lineBounds(v);
  const column = cursorColumn({ text: v.text.slice(here.start, here.end), cursor: v.cursor - here.start });
  if (delta < 0 && here.start === 0) return { text: v.text, cursor: 0 };
  if (delta > 0 && here.end === v.text.length) return { text: v.text, cursor: v.text.length };
  const there = lineBounds({ text: v.text, cursor: delta < 0 ? here.start - 1 : here.end + 1 });
  let cursor = there.start;
  for (const g of graphemes(v.text.slice(there.start, there.end))) {
    if (width(v.text.slice(there.start, cursor + g.length)) > column) break;
    cursor += g.length;
  }
  return { text: v.text, cursor };
}

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

/** C-u: everything before the cursor on its line. */
export function deleteToStart(v: LineValue): LineValue {
  const { stops, i } = snapped(v);
  const from = lineBounds(v).start;
  return { text: v.text.slice(0, from) + v.text.slice(stops[i]!), cursor: from };
}

/** C-k: everything from the cursor to the end of its line; at the end of a line, the line break (as
 * emacs joins the next line). */
export function deleteToEnd(v: LineValue): LineValue {
  const { stops, i } = snapped(v);
  const at = stops[i]!;
  const to = lineBounds(v).end;
  const cut = to === at && to < v.text.length ? to + 1 : to;
  return { text: v.text.slice(0, at) + v.text.slice(cut), cursor: at };
}

/** The display column of the cursor (0-based): Chinese and other wide characters count two. */
export function cursorColumn(v: LineValue): number {
  const { stops, i } = snapped(v);
  return width(v.text.slice(0, stops[i]!));
}
