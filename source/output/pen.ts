// Colour for terminal output: on only for a terminal, never when piped, with NO_COLOR set, or with
// TERM=dumb; --color / --no-color decide over all of that. Only SGR sequences are ever written.
import type { Range } from "../search/query";
import { wrap } from "../text/width";

export interface Pen {
  readonly color: boolean;
  bold(text: string): string;
  dim(text: string): string;
  /** A match of the user's query. */
  mark(text: string): string;
  /** `text` with mark() applied to the [start, end) UTF-16 ranges. */
  marked(text: string, ranges: readonly Range[]): string;
}

export function wantColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

const sgr = (on: string, off: string) => (text: string) => (text === "" ? "" : `\x1b[${on}m${text}\x1b[${off}m`);

export function makePen(color: boolean): Pen {
  const plain = (text: string) => text;
  const mark = color ? sgr("1;33", "22;39") : plain;
  return {
    color,
    bold: color ? sgr("1", "22") : plain,
    dim: color ? sgr("2", "22") : plain,
    mark,
    marked(text, ranges) {
      if (!color || ranges.length === 0) return text;
      let out = "";
      let at = 0;
      for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
        const s = Math.max(start, at);
        if (end <= s) continue;
        out += text.slice(at, s) + mark(text.slice(s, end));
        at = end;
      }
      return out + text.slice(at);
    },
  };
}

/** wrap() with the ranges carried onto each line (wrap drops nothing, so offsets map straight through). */
export function wrapRanges(
  text: string,
  ranges: readonly Range[],
  columns: number,
): { text: string; ranges: Range[] }[] {
  let offset = 0;
  return wrap(text, columns).map((line) => {
    const start = offset;
    offset += line.length;
    const end = offset;
    const inLine = ranges
      .filter(([s, e]) => s < end && e > start)
      .map(([s, e]): Range => [Math.max(s, start) - start, Math.min(e, end) - start]);
    return { text: line, ranges: inLine };
  });
}
