// Where things go at a terminal size. Shared by the updates (scroll bounds, page sizes) and the
// views, so both agree on how many lines each part has.
import type { Size } from "../terminal/size";

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 12;

export const tooSmall = (size: Size): boolean => size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;

/** Lines for the active pane: the frame uses every row of the terminal (drawn incrementally down to
 * the last: scripts/ink-full-height-patch.mjs), minus the header and the footer. */
export const bodyHeight = (size: Size): number => Math.max(1, size.rows - 2);

/** Two columns side by side from this width; stacked below it. */
export const SIDE_BY_SIDE = 72;

export interface Columns {
  readonly stacked: boolean;
  /** Width of the left (or top) part: contents, chart list. */
  readonly left: number;
  /** Width of the right (or bottom) part. */
  readonly right: number;
}

/** " | " between the two columns. */
export const GAP = 3;

/** The right part keeps at least this many columns when the left grows to fit its items. */
const RIGHT_AT_LEAST = 60;

/**
 * The two parts at a width: the left takes `share` of it (between `min` and `max`); on a wide
 * terminal it grows up to `fit`, the width its items need, as long as the right keeps RIGHT_AT_LEAST.
 */
export function splitColumns(size: Size, share = 0.28, min = 20, max = 34, fit = max): Columns {
  if (size.columns < SIDE_BY_SIDE) return { stacked: true, left: size.columns, right: size.columns };
  const base = Math.min(max, Math.max(min, Math.floor(size.columns * share)));
  const left = Math.max(base, Math.min(fit, size.columns - GAP - RIGHT_AT_LEAST));
  return { stacked: false, left, right: size.columns - left - GAP };
}
