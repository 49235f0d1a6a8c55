// 图表: the charts the report's appendix promised, drawn from its figures.

import { listBounds, scrollBound } from "../../widgets/bounds";
import type { Pane } from "../pane";
import { chartContent, charts, chartsLayout } from "./model";
import { chartsScreenReader } from "./screen-reader";
import type { ChartsState } from "./state";
import { resizeCharts, updateCharts } from "./update";
import { chartsView } from "./view";

export const chartsPane: Pane<ChartsState> = {
  context: (c) => (c.focus === "chart" ? "charts.chart" : "charts"),
  update: updateCharts,
  view: chartsView,
  screenReader: chartsScreenReader,
  resize: resizeCharts,
  enter: (c) => c,
  selection: (c) => {
    const chart = charts[c.selected];
    return chart ? { kind: "chart", id: chart.id } : null;
  },
  bounds: (c, size) => {
    const { chartWidth, height } = chartsLayout(size);
    const { lines, spots } = chartContent(c.selected, chartWidth);
    return [
      ...listBounds("charts", { selected: c.selected, top: 0 }, charts.length, charts.length),
      { name: "charts.figure", at: c.figure, count: spots.length },
      scrollBound("charts.scroll", c.scroll, Math.max(0, lines.length - height)),
    ];
  },
};
