// The terminal's size in columns and rows. A real terminal reports it; otherwise COLUMNS/LINES are
// used when they hold a sensible whole number; anything else (unset, 0, -5, 99999, "abc") falls back to 80x24.
export interface Size {
  columns: number;
  rows: number;
}

export const FALLBACK: Size = { columns: 80, rows: 24 };
const MAX = 10_000; // no terminal is wider; larger values are garbage, not a screen

function sensible(value: unknown): number | undefined {
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= MAX ? n : undefined;
}

export function terminalSize(
  stdout: { columns?: number; rows?: number } = process.stdout,
  env: Record<string, string | undefined> = process.env,
): Size {
  return {
    columns: sensible(stdout.columns) ?? sensible(env.COLUMNS) ?? FALLBACK.columns,
    rows: sensible(stdout.rows) ?? sensible(env.LINES) ?? FALLBACK.rows,
  };
}

/** What refreshSize needs of a terminal stream: Node's tty.WriteStream has all of it. */
export interface Resizable {
  /** Node's own re-read of the window size (what its SIGWINCH handler calls): it updates columns
   * and rows and emits "resize" when they changed. */
  _refreshSize?(): void;
}

/**
 * Reads the terminal's size again. A resize is signalled (SIGWINCH) to the terminal's foreground job
 * only: a job stopped or in the background meanwhile still believes the old size when it comes back.
 */
export function refreshSize(stream: Resizable): void {
  stream._refreshSize?.();
}
