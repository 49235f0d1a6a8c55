// 数据: every figure of the report in one table.

import { cursorBound, scrollBound, windowBound } from "../../widgets/bounds";
import type { Pane } from "../pane";
import { dataLayout, figureRows } from "./model";
import { dataScreenReader } from "./screen-reader";
import type { DataState } from "./state";
import { resizeData, updateData } from "./update";
import { dataView } from "./view";

export const dataPane: Pane<DataState> = {
  context: (d) => (d.filter.focused ? "input" : "data"),
  update: updateData,
  view: dataView,
  screenReader: dataScreenReader,
  resize: resizeData,
  enter: (d) => d,
  selection: (d) => {
    const m = figureRows(d.filter.text, d.sort).rows[d.list.selected];
    return m ? { kind: "figure", id: m.id } : null;
  },
  bounds: (d, size) => {
    // The window scrolls over the table's lines (rows and category headings), not over the rows.
    const view = figureRows(d.filter.text, d.sort);
    const { bodyRows } = dataLayout(size);
    const line = view.lineOfRow[d.list.selected] ?? 0;
    return [
      { name: "data.selected", at: d.list.selected, count: view.rows.length },
      scrollBound("data.top", d.list.top, Math.max(0, view.body.length - bodyRows)),
      ...(view.rows.length > 0 ? windowBound("data.selected's line", line, d.list.top, bodyRows) : []),
      cursorBound("data.filter", d.filter),
    ];
  },
};
