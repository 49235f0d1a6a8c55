// A list: a selection and the window of items shown, and its lines (the selected item as a bar,
// inverse when the list has focus, marked otherwise).
import type { Action } from "../actions";
import { THEME } from "../theme";
import { fitLine, type Line, restyle } from "../ui/styled";
import { clamp, follow, moved, step } from "./scroll";

export interface ListState {
  readonly selected: number;
  /** First item shown. */
  readonly top: number;
}

export const LIST_START: ListState = { selected: 0, top: 0 };

/** The list with item `index` selected (kept within `count`) and its window scrolled to show it. */
export function selectItem(list: ListState, index: number, count: number, height: number): ListState {
  const selected = step(index, 0, count);
  const top = clamp(follow(list.top, selected, height), 0, Math.max(0, count - height));
  return selected === list.selected && top === list.top ? list : { selected, top };
}

/** j/k, PgUp/PgDn, g/G over the list; null for any other action. */
export function moveList(list: ListState, action: Action, count: number, height: number): ListState | null {
  const to = moved(list.selected, action, count, height);
  return to === null ? null : selectItem(list, to, count, height);
}

export function listLines(
  items: readonly Line[],
  list: ListState,
  height: number,
  columns: number,
  focused: boolean,
): Line[] {
  const out: Line[] = [];
  for (let i = list.top; i < Math.min(items.length, list.top + height); i++) {
    const item = items[i]!;
    if (i !== list.selected) out.push(fitLine(item, columns));
    else if (focused) out.push(fitLine(restyle(item, THEME.selected), columns, THEME.selected));
    else out.push(fitLine(restyle(item, THEME.selectedIdle), columns));
  }
  return out;
}
