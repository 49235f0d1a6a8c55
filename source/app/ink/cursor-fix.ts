// Works around a bug of Ink 6.8's incremental renderer (fixed upstream in vadimdemedes/ink#910, after
// 6.8): a frame that ends with a newline leaves the cursor on the line below it, but the next update
// moves up one line too few, so every update draws one line too low and the screen fills with stale
// copies. Ending each frame write on the frame's last line puts the cursor where that update expects
// it: the frame's final newline (or the "next line" past an unchanged last line) becomes a carriage
// return. That also lets a frame use the terminal's last row, where a newline would scroll the
// screen by one (scripts/ink-full-height-patch.mjs keeps such a frame incremental).
//
// Ink's other ways of starting a write — erasing lines upwards before a shorter frame, a full
// redraw, clear() — do expect the cursor below the frame: erasing from one line higher would wipe
// the new frame's last line, and a shorter frame leaves that line alone when it has not changed
// (5 lines "a b0 c d e" → "a b1 c" drew "a b1" and lost "c"). Such a write starts by erasing the
// (blank) line below the frame and moving up onto the frame's last line, where the cursor already
// is: that first step is dropped. Moving down instead would not work on the terminal's last row.
//
// Ink 6.8 itself raises the cursor in one more case: after a frame that filled the screen it clears
// the screen and writes the next frame without its final newline, yet records the frame as ending
// with one when it is shorter than the screen (8 rows: 8 lines → 2 → 1 left a blank screen). The
// cursor is then one line above where Ink believes, as after our own move up, and is treated so.
// test/ink-cursor-fix.test.ts checks all of this on a fake terminal over random frame sequences.

const CURSOR_UP = "\x1b[1A";
const CURSOR_DOWN = "\x1b[1B";
const NEXT_LINE = "\x1b[E";
const ERASE_LINE = "\x1b[2K";
const CLEAR_SCREEN = "\x1b[2J";
/** Writes that only switch modes (cursor shown or hidden, synchronized output): the cursor stays. */
const MODES_ONLY = /^(?:\x1b\[\?[0-9;]*[hl])+$/;

/** How a frame write ends: the last line's newline, or "next line" past an unchanged last line ("" for
 * a write that does not end a frame). */
const frameEnd = (chunk: string): string => (chunk.endsWith("\n") ? "\n" : chunk.endsWith(NEXT_LINE) ? NEXT_LINE : "");

/** A redraw after a full-screen frame that leaves the cursor on a shorter frame's last line. */
const redrawsShort = (chunk: string, rows: number | undefined): boolean =>
  chunk.startsWith(CLEAR_SCREEN) && !chunk.endsWith("\n") && chunk.split("\n").length < (rows ?? 0);

/** The stream to give Ink: the same stream, with the cursor put back after each frame. */
export function withCursorFix<T extends NodeJS.WriteStream>(stdout: T): T {
  const out = stdout.write as (...args: unknown[]) => boolean;
  // Whether the cursor is one line above where Ink believes it is.
  let raised = false;
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    if (typeof chunk !== "string") return out.call(stdout, chunk, ...rest);
    let bytes = chunk;
    if (raised && chunk.startsWith(ERASE_LINE + CURSOR_UP)) bytes = chunk.slice(ERASE_LINE.length + CURSOR_UP.length);
    else if (raised && chunk.startsWith(ERASE_LINE)) bytes = CURSOR_DOWN + chunk;
    if (raised && !MODES_ONLY.test(chunk)) raised = false;
    const end = frameEnd(chunk);
    if (end) {
      bytes = `${bytes.slice(0, -end.length)}\r`;
      raised = true;
    } else if (redrawsShort(chunk, stdout.rows)) raised = true;
    return out.call(stdout, bytes, ...rest);
  };
  return new Proxy(stdout, {
    get(target, property) {
      if (property === "write") return write;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
