// Scroll arithmetic shared by every list and every scrolled view.
import type { Action } from "../actions";

export const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/** The smallest change to `top` that brings line `index` into a window of `height` lines. */
export function follow(top: number, index: number, height: number): number {
  if (height <= 0) return Math.max(0, top);
  if (index < top) return Math.max(0, index);
  if (index >= top + height) return Math.max(0, index - height + 1);
  return Math.max(0, top);
}

/** A selection moved by `delta` within `count` items (stays put in an empty list). */
export const step = (selected: number, delta: number, count: number): number =>
  count === 0 ? 0 : clamp(selected + delta, 0, count - 1);

/**
 * Where a movement action takes a position among `count` (items or lines) when `page` of them show
 * at once; null for an action that is not a movement. Lists and scrolled views both use it, so j/k,
 * PgUp/PgDn/Space and g/G mean the same everywhere.
 */
export function moved(at: number, action: Action, count: number, page: number): number | null {
  switch (action.type) {
    case "move":
      return at + action.delta;
    case "page":
      return at + action.delta * Math.max(1, page - 1);
    case "jump":
      return action.to === "start" ? 0 : count - 1;
    default:
      return null;
  }
}
