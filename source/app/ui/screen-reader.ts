// Screen-reader mode builds every pane as plain lines read top to bottom: no columns side by side, no
// borders, no bars; the selected item first, announced with where it stands ("第3项，共83项").
import { type Figure, figureText } from "../../../data/index";
import { wrap } from "../../text/width";
import { LABELS } from "../theme";
import type { Line } from "./styled";
import { line } from "./styled";

/** "第3项，共83项" for the item at index 2 of 83; `unit` is 项, 条, 节, 张 or 处. */
export const position = (index: number, count: number, unit: string): string =>
  `第${index + 1}${unit}，共${count}${unit}`;

/** Text as whole lines of at most `columns`, no styles (a screen reader reads text, not colours). */
export const plainLines = (text: string, columns: number): Line[] => wrap(text, columns).map((t) => line(t));

/**
 * A list read from its selection: the selected item announced with its position, its own detail
 * lines, then the items after it, one line each.
 */
export function screenReaderList(
  heading: string,
  items: readonly string[],
  selected: number,
  unit: string,
  detail: readonly string[],
  columns: number,
): Line[] {
  if (items.length === 0) return plainLines(`${heading}：没有项目。`, columns);
  const out = plainLines(`${heading}，${position(selected, items.length, unit)}：${items[selected]}`, columns);
  for (const d of detail) out.push(...plainLines(d, columns));
  for (const item of items.slice(selected + 1)) out.push(...plainLines(item, columns).slice(0, 1));
  return out;
}

/** A figure as it is read: "五年受理案件 53833件（2.0.p2）". */
export const figureLine = (m: Figure): string =>
  `${m.label} ${figureText(m)}（${m.paragraphId}）${m.kind === "derived" ? `，${LABELS.derived}` : ""}`;
