// A one-line window of a long text around its first match, for result lists.
import { getAmbiWidth, graphemes, simpleWidths, width } from "../text/width";
import type { Range } from "./query";

/** How much of the window goes to the text before the match, so the match is seen in its sentence. */
const LEAD = 1 / 4;

/**
 * The part of `text` around the first of `ranges` that fits `columns` display columns, with "…" where
 * it was cut ("~" when "…" is two columns wide, as truncate() does) and the ranges re-based onto it.
 * Text that fits is returned whole.
 */
export function snippet(text: string, ranges: readonly Range[], columns: number): { text: string; ranges: Range[] } {
  if (columns <= 0) return { text: "", ranges: [] };
  const cells = layout(text);
  if (cells.reduce((sum, c) => sum + c.w, 0) <= columns) return { text, ranges: clip(ranges, 0, text.length, 0) };
  const ellipsis = getAmbiWidth() === "single" ? "…" : "~";
  const n = cells.length;
  const anchor = ranges.length > 0 ? Math.min(...ranges.map((r) => r[0])) : 0;
  // Too narrow for "…" on both sides of anything: show the start.
  let a =
    columns < 3
      ? 0
      : Math.max(
          0,
          cells.findIndex((c) => c.end > anchor),
        );

  // Some context before the match…
  let lead = 0;
  while (a > 0 && lead + cells[a - 1]!.w <= columns * LEAD) lead += cells[--a]!.w;
  // …then as much after it as fits, keeping a column for each "…".
  const room = () => columns - (a > 0 ? 1 : 0);
  let b = a;
  let used = 0;
  while (b < n && used + cells[b]!.w <= room()) used += cells[b++]!.w;
  if (b < n) {
    while (b > a && used + 1 > room()) used -= cells[--b]!.w;
  } else {
    // The end of the text is in view: spend what is left on more text before.
    while (a > 0 && used + cells[a - 1]!.w <= columns - (a - 1 > 0 ? 1 : 0)) used += cells[--a]!.w;
  }

  const from = a < n ? cells[a]!.start : text.length;
  const to = b < n ? cells[b]!.start : text.length;
  const head = a > 0 ? ellipsis : "";
  const tail = b < n ? ellipsis : "";
  return { text: head + text.slice(from, to) + tail, ranges: clip(ranges, from, to, head.length) };
}

interface Cell {
  start: number;
  end: number;
  w: number;
}

// Layouts of texts seen so far, per ambiwidth mode: a result list snips the same report paragraphs on
// every keystroke and resize, and segmenting and measuring one costs a few hundred microseconds.
const layouts = { single: new Map<string, Cell[]>(), double: new Map<string, Cell[]>() };
const MAX_LAYOUTS = 512;

function layout(text: string): Cell[] {
  const known = layouts[getAmbiWidth()];
  const cached = known.get(text);
  if (cached) return cached;
  const simple = simpleWidths(text);
  const cells: Cell[] = simple ? simple.map((w, i) => ({ start: i, end: i + 1, w })) : [];
  if (!simple) {
    let at = 0;
    for (const g of graphemes(text)) {
      cells.push({ start: at, end: at + g.length, w: width(g) });
      at += g.length;
    }
  }
  if (known.size >= MAX_LAYOUTS) known.clear();
  known.set(text, cells);
  return cells;
}

/** Ranges cut to [from, to) and moved to start at `offset`. */
function clip(ranges: readonly Range[], from: number, to: number, offset: number): Range[] {
  const out: Range[] = [];
  for (const [s, e] of ranges) {
    const cs = Math.max(s, from);
    const ce = Math.min(e, to);
    if (ce > cs) out.push([cs - from + offset, ce - from + offset]);
  }
  return out;
}
