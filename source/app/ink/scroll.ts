// A one-line scroll of the reader changes every row of the frame, and Ink's incremental renderer
// rewrites every changed row: a screenful per `j`. Terminals can move rows themselves (less, vim and
// tmux do): this layer finds the block of rows that moved between two frames, moves it with delete
// line / insert line, and tells Ink's renderer what the screen then holds, so Ink writes only the
// rows that are still different (the new row, the status line).
//
// Ink's renderer (node_modules/ink/build/log-update.js) asks the stream it writes to through a
// build-time patch (scripts/log-update-patch.mjs): `stream.scrollLines(previous, next)` just before
// it compares the frames row by row, with the cursor on the frame's first row. Without the patch, or
// on a stream without the hook, Ink repaints as before.
//
// Why DL/IL and not a scroll region (DECSTBM + SU/SD): both are relative to the cursor, as every
// other move of Ink's renderer is, so they need no absolute row; DECSTBM takes absolute rows, homes
// the cursor, and a region left set (a crash mid-write) breaks the shell's screen afterwards.
// Deleting first and inserting second keeps every row outside the block: rows below the block move
// up and come back down, and what falls off the bottom of the screen is the blank rows the delete
// made. A row moves whole, so the block must be whole rows of the frame — beside the contents column
// nothing matches shifted and the ordinary repaint stays. test/ink-scroll.test.ts checks on a fake
// VT100 screen that random frame sequences leave exactly the screen a full repaint leaves.

const CSI = "\x1b[";
const down = (n: number) => (n > 0 ? `${CSI}${n}B` : "");
const up = (n: number) => (n > 0 ? `${CSI}${n}A` : "");
const deleteLines = (n: number) => `${CSI}${n}M`;
const insertLines = (n: number) => `${CSI}${n}L`;

/** What to write first, and the rows the screen then shows (undefined: a blank row Ink must draw). */
export interface ScrollPlan {
  readonly bytes: string;
  readonly lines: readonly (string | undefined)[];
}

/** Bytes Ink writes for a changed row (move to column 0, the text, erase to the end, newline) beyond
 * what an unchanged row costs (next line). */
const rowCost = (row: string) => Buffer.byteLength(row) + 4;

/**
 * The one block move that saves the most bytes from `previous` (the rows on screen) to `next` (the
 * rows to show), or null when none saves any. Rows are compared as Ink compares them (===). `shift`
 * > 0: the block's content moves up by `shift` rows (scrolling forward), < 0: down.
 */
export function planScroll(previous: readonly string[], next: readonly string[]): ScrollPlan | null {
  const rows = Math.min(previous.length, next.length);
  let best: { gain: number; top: number; bottom: number; shift: number } | null = null;
  for (let shift = -(rows - 1); shift < rows; shift++) {
    if (shift === 0) continue;
    // Runs of rows i with next[i] === previous[i + shift].
    let runStart = -1;
    let saved = 0;
    for (let i = 0; i <= rows; i++) {
      const j = i + shift;
      const moved = i < rows && j >= 0 && j < rows && next[i] === previous[j];
      if (moved) {
        if (runStart < 0) [runStart, saved] = [i, 0];
        if (next[i] !== previous[i]) saved += rowCost(next[i]!);
        continue;
      }
      if (runStart < 0) continue;
      const [top, bottom] = shift > 0 ? [runStart, i - 1 + shift] : [runStart + shift, i - 1];
      const gain = saved - lost(previous, next, top, bottom, shift) - opCost(top, bottom, shift);
      if (gain > 0 && (!best || gain > best.gain)) best = { gain, top, bottom, shift };
      runStart = -1;
    }
  }
  return best && move(previous, best.top, best.bottom, best.shift);
}

/** Bytes lost to the rows the move blanks that were already right. */
function lost(
  previous: readonly string[],
  next: readonly string[],
  top: number,
  bottom: number,
  shift: number,
): number {
  const n = Math.abs(shift);
  const [from, to] = shift > 0 ? [bottom - n + 1, bottom] : [top, top + n - 1];
  let bytes = 0;
  for (let i = from; i <= to; i++) if (next[i] === previous[i]) bytes += rowCost(next[i]!);
  return bytes;
}

const opCost = (top: number, bottom: number, shift: number) => moveBytes(top, bottom, shift).length;

/** Rows [top, bottom] moved by `shift`, from and back to the frame's first row. */
function moveBytes(top: number, bottom: number, shift: number): string {
  const n = Math.abs(shift);
  if (shift > 0) {
    // Delete n rows at the top (what is below moves up), insert n blank rows where the block now ends
    // (what is below the block moves back down).
    const end = bottom - n + 1;
    return down(top) + deleteLines(n) + down(end - top) + insertLines(n) + up(end);
  }
  // Delete the block's last n rows, then insert n blank rows at its top.
  const cut = bottom - n + 1;
  return down(cut) + deleteLines(n) + up(cut - top) + insertLines(n) + up(top);
}

function move(previous: readonly string[], top: number, bottom: number, shift: number): ScrollPlan {
  const lines: (string | undefined)[] = [...previous];
  for (let i = top; i <= bottom; i++) {
    const j = i + shift;
    lines[i] = j >= top && j <= bottom ? previous[j] : undefined;
  }
  return { bytes: moveBytes(top, bottom, shift), lines };
}

/** The hook Ink's patched renderer looks for on its stream. */
export interface ScrollingStream {
  scrollLines(previous: readonly string[], next: readonly string[]): ScrollPlan | null;
}

/**
 * The stream to give Ink: the same stream, offering to move rows. It declines (Ink repaints) when the
 * frames differ in height or do not both end with a newline (the shapes whose cursor Ink and the cursor
 * fix agree on), when the frame is taller than the screen, and on the first frame after a resize: the
 * terminal may have moved the old rows itself.
 */
export function withScrolling<T extends NodeJS.WriteStream>(stdout: T): T & ScrollingStream {
  const out = stdout.write as (...args: unknown[]) => boolean;
  let size = `${stdout.columns}x${stdout.rows}`;
  const write = (...args: unknown[]): boolean => {
    size = `${stdout.columns}x${stdout.rows}`;
    return out.apply(stdout, args);
  };
  const scrollLines = (previous: readonly string[], next: readonly string[]): ScrollPlan | null => {
    const rows = next.length - 1;
    if (size !== `${stdout.columns}x${stdout.rows}`) return null;
    if (previous.length !== next.length || previous.at(-1) !== "" || next.at(-1) !== "") return null;
    if (rows > (stdout.rows ?? 0)) return null;
    const plan = planScroll(previous.slice(0, rows), next.slice(0, rows));
    return plan && { bytes: plan.bytes, lines: [...plan.lines, ""] };
  };
  return new Proxy(stdout, {
    get(target, property) {
      if (property === "write") return write;
      if (property === "scrollLines") return scrollLines;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as T & ScrollingStream;
}
