// The help overlay, generated from the keymap: every group, every binding, nothing typed twice.
import { padEnd, width, wrap } from "../../text/width";
import { bodyHeight } from "../geometry";
import { type Binding, KEYMAP, keyLabel } from "../keymap";
import type { Size } from "../state";
import { cutLine, type Line, line, seg } from "./styled";

export const keysText = (b: Binding): string => b.keys.map(keyLabel).join(" ");

const KEY_COLUMN = Math.max(...KEYMAP.flatMap((g) => g.bindings.map((b) => width(keysText(b)))));

const cache = new Map<number, readonly Line[]>();

/** Every binding as lines of at most `columns`, grouped by where it applies. */
export function helpLines(columns: number): readonly Line[] {
  let lines = cache.get(columns);
  if (lines) return lines;
  const keyCol = Math.min(KEY_COLUMN, Math.max(6, Math.floor(columns / 3)));
  const descCol = Math.max(1, columns - keyCol - 3);
  const out: Line[] = [];
  for (const group of KEYMAP) {
    if (out.length > 0) out.push([]);
    out.push(line(group.title, { bold: true, color: "cyan" }));
    for (const b of group.bindings) {
      const desc = wrap(b.help, descCol);
      desc.forEach((d, i) => {
        const key = i === 0 ? padEnd(keysText(b), keyCol) : " ".repeat(keyCol);
        out.push(cutLine([seg(`  ${key}`, { bold: true }), seg(` ${d}`)], columns));
      });
    }
  }
  lines = out;
  cache.set(columns, lines);
  return lines;
}

/** Lines of bindings shown at once (the overlay's first line is its title). */
export const helpHeight = (size: Size): number => Math.max(1, bodyHeight(size) - 1);
