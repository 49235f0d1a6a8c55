// The ranges a pane's update keeps its positions in. Each pane lists its own (Pane.bounds), so the
// fuzz checks every selection, scroll and cursor after every key, and a new pane states its own.
import type { ListState } from "./list";
import type { QueryBox } from "./query-box";

/** A position kept within [0, count): a selection, a scroll's top, a cursor. */
export interface Bound {
  readonly name: string;
  readonly at: number;
  readonly count: number;
  /** Holds only where the frame is laid out: below the smallest size nothing is, and the resize back clamps. */
  readonly laidOut?: true;
}

/** A scroll's top, from 0 to `max` (the largest top that still fills the window). */
export const scrollBound = (name: string, at: number, max: number): Bound => ({ name, at, count: max + 1 });

/** A selection shown within a window of `height` lines whose first is `top` (a list's row, or a
 * table's line where lines are not rows); none for a window that is not shown. */
export const windowBound = (name: string, at: number, top: number, height: number): Bound[] =>
  height > 0 ? [{ name: `${name} in its window`, at: at - top, count: height, laidOut: true }] : [];

/** A list's selection among `count` items, its window's top, and the selection inside the window. */
export const listBounds = (name: string, list: ListState, count: number, height: number): Bound[] => [
  { name: `${name}.selected`, at: list.selected, count },
  { ...scrollBound(`${name}.top`, list.top, Math.max(0, count - height)), laidOut: true },
  ...(count > 0 ? windowBound(`${name}.selected`, list.selected, list.top, height) : []),
];

/** A box's cursor, from before the first character to after the last. */
export const cursorBound = (name: string, input: QueryBox): Bound => ({
  name: `${name}.cursor`,
  at: input.cursor,
  count: input.text.length + 1,
});

/** The bounds that do not hold, as one line each (`laidOut` ones only when the frame is laid out). */
export const brokenBounds = (bounds: readonly Bound[], laidOut: boolean): string[] =>
  bounds
    .filter((b) => laidOut || !b.laidOut)
    .filter((b) => !(Number.isInteger(b.at) && b.at >= 0 && b.at < Math.max(1, b.count)))
    .map((b) => `${b.name} = ${b.at}, outside 0..${Math.max(1, b.count) - 1}`);
