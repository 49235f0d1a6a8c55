// Works around a bug of Ink 6.8's incremental renderer (fixed upstream in vadimdemedes/ink#910, after
// 6.8): a frame that ends with a newline leaves the cursor on the line below it, but the next update
// moves up one line too few, so every update draws one line too low and the screen fills with stale
// copies. Moving the cursor back up onto the frame's last line after each frame write puts it where
// that renderer expects it. Full redraws start by erasing lines upwards; at the top of the alternate
// screen the extra line up is a no-op, so they are unaffected.
//
// Measured in tmux with a three-line frame "a b0 c" updated to "a b1 c": without this the screen
// shows "a b0 b1"; with it, "a b1 c".

const CURSOR_UP = "\x1b[1A";
const NEXT_LINE = "\x1b[E";

/** Ends a frame write: the last line's newline, or "next line" past an unchanged last line. */
const endsFrame = (chunk: unknown): boolean =>
  typeof chunk === "string" && (chunk.endsWith("\n") || chunk.endsWith(NEXT_LINE));

/** The stream to give Ink: the same stream, with the cursor put back after each frame. */
export function withCursorFix<T extends NodeJS.WriteStream>(stdout: T): T {
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const ok = (stdout.write as (...args: unknown[]) => boolean)(chunk, ...rest);
    if (endsFrame(chunk)) stdout.write(CURSOR_UP);
    return ok;
  };
  return new Proxy(stdout, {
    get(target, property) {
      if (property === "write") return write;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
