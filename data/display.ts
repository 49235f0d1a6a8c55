// How a figure is written for display: the one function every command and pane uses, so a
// qualifier or an interval is never dropped by one view and kept by another (docs: figure display).
import type { Figure } from "./types";

const BEFORE = new Set(["约", "近", "逾"]);

/**
 * "53833件", "1000余名" (the qualifier where the report puts it), and for a derived figure
 * "约23705件（23700～23709）": the rounded value, then every value its rounded inputs allow.
 */
export function figureText(m: Figure): string {
  if (m.kind === "derived") return `约${m.value}${m.unit}（${m.interval[0]}～${m.interval[1]}）`;
  const q = m.qualifier ?? "";
  return BEFORE.has(q) ? `${q}${m.value}${m.unit}` : `${m.value}${q}${m.unit}`;
}
