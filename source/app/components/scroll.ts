// Scroll arithmetic shared by every list and text view.

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

/** A list's selection put at `selected` (kept within `count`) and its window scrolled to show it. */
export function select(
  top: number,
  selected: number,
  count: number,
  height: number,
): { selected: number; top: number } {
  const sel = step(selected, 0, count);
  return { selected: sel, top: clamp(follow(top, sel, height), 0, Math.max(0, count - height)) };
}
