// A viewport: lines scrolled under a window of fixed height (the help, an overlay, a chart, a
// definition). Its state is one number, the first line shown.
import type { Action } from "../actions";
import { clamp, moved } from "./scroll";

/** The last scroll position that still fills the window. */
export const maxScroll = (total: number, height: number): number => Math.max(0, total - height);

/** j/k, PgUp/PgDn, g/G over `total` lines in a window of `height`; null for any other action. */
export function scrollView(scroll: number, action: Action, total: number, height: number): number | null {
  const max = maxScroll(total, height);
  // g/G jump to the first and last *position*, not the last line.
  const to = action.type === "jump" ? (action.to === "start" ? 0 : max) : moved(scroll, action, total, height);
  return to === null ? null : clamp(to, 0, max);
}
