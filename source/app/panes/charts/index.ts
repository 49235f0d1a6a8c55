// 图表: the charts the report's appendix promised, drawn from its figures.
import type { Pane } from "../pane";
import { chartsLinear } from "./linear";
import { charts } from "./model";
import type { ChartsState } from "./state";
import { resizeCharts, updateCharts } from "./update";
import { chartsView } from "./view";

export const chartsPane: Pane<ChartsState> = {
  context: (c) => (c.focus === "chart" ? "charts.chart" : "charts"),
  update: updateCharts,
  view: chartsView,
  linear: chartsLinear,
  resize: resizeCharts,
  enter: (c) => c,
  selection: (c) => {
    const chart = charts[c.selected];
    return chart ? { kind: "chart", id: chart.id } : null;
  },
};
