// 数据's update: pure. The selection indexes the filtered, sorted figures; the window scrolls over
// the table's lines, which also hold the category headings.
import type { Size } from "../../../terminal/size";
import type { Action } from "../../actions";
import { editQueryBox, emptyQueryBox, focusQueryBox } from "../../widgets/query-box";
import { clamp, follow, moved, step } from "../../widgets/scroll";
import { openFigure } from "../open-figure";
import type { PaneStep } from "../pane";
import { dataLayout, figureRows, nextSort, reverseSort } from "./model";
import type { DataState } from "./state";

/** The figure at `index` selected and the table scrolled to show it. */
function selectRow(d: DataState, index: number, size: Size): DataState {
  const view = figureRows(d.filter.text, d.sort);
  const { bodyRows } = dataLayout(size);
  const selected = step(index, 0, view.rows.length);
  const line = view.lineOfRow[selected] ?? 0;
  let top = follow(d.list.top, line, bodyRows);
  // Keep a category's heading in view above its first row.
  if (top === line && view.body[line - 1]?.kind === "group") top--;
  top = clamp(top, 0, Math.max(0, view.body.length - bodyRows));
  return { ...d, list: { selected, top } };
}

export function updateData(d: DataState, action: Action, size: Size): PaneStep<DataState> {
  const view = figureRows(d.filter.text, d.sort);
  const edited = d.filter.focused ? editQueryBox(d.filter, action) : null;
  if (edited) return { slice: selectRow({ ...d, filter: edited, list: { selected: 0, top: 0 } }, 0, size) };
  const to = moved(d.list.selected, action, view.rows.length, dataLayout(size).bodyRows);
  if (to !== null) return { slice: selectRow(d, to, size) };
  switch (action.type) {
    case "focusQueryBox":
      return { slice: { ...d, filter: focusQueryBox(d.filter, true) } };
    case "cycleSort":
    case "reverseSort": {
      const sort = action.type === "cycleSort" ? nextSort(d.sort) : reverseSort(d.sort);
      const current = view.rows[d.list.selected];
      const next = figureRows(d.filter.text, sort);
      return { slice: selectRow({ ...d, sort }, current ? next.rows.indexOf(current) : 0, size) };
    }
    case "open": {
      // From the filter box too, as fzf does: the box closes and the selected figure opens.
      const left = d.filter.focused ? { ...d, filter: focusQueryBox(d.filter, false) } : d;
      const m = view.rows[d.list.selected];
      const intent = m ? openFigure(m.id, d.filter.text) : undefined;
      return intent ? { slice: left, intent } : { slice: left };
    }
    case "back":
      if (d.filter.focused) return { slice: { ...d, filter: focusQueryBox(d.filter, false) } };
      if (d.filter.text === "") return { slice: d };
      return { slice: selectRow({ ...d, filter: emptyQueryBox(false), list: { selected: 0, top: 0 } }, 0, size) };
    default:
      return { slice: d };
  }
}

export const resizeData = (d: DataState, _from: Size, to: Size): DataState => selectRow(d, d.list.selected, to);
