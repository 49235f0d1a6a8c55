// 数据: every figure of the report in one table.
import type { Pane } from "../pane";
import { dataLinear } from "./linear";
import { metricRows } from "./model";
import type { DataState } from "./state";
import { resizeData, updateData } from "./update";
import { dataView } from "./view";

export const dataPane: Pane<DataState> = {
  context: (d) => (d.filter.focused ? "input" : "data"),
  update: updateData,
  view: dataView,
  linear: dataLinear,
  resize: resizeData,
  enter: (d) => d,
  selection: (d) => {
    const m = metricRows(d.filter.text, d.sort).rows[d.list.selected];
    return m ? { kind: "figure", id: m.id } : null;
  },
};
