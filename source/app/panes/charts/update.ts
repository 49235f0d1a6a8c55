// 图表's update: pure. j/k pick a chart, paging scrolls the chart and its sources, Enter shows the
// first reported figure of the chart in the report.
import { metricById } from "../../../../data/index";
import type { Size } from "../../../terminal/size";
import type { Action } from "../../actions";
import { clamp, step } from "../../widgets/scroll";
import { scrollView } from "../../widgets/viewport";
import { openFigure } from "../open-figure";
import type { PaneStep } from "../pane";
import { chartContent, charts, chartsLayout } from "./model";
import type { ChartsState } from "./state";

const contentLength = (c: ChartsState, size: Size): number => {
  const layout = chartsLayout(size);
  return chartContent(c.selected, layout.chartWidth, layout.height).length;
};

export function updateCharts(c: ChartsState, action: Action, size: Size): PaneStep<ChartsState> {
  const pick = (i: number): PaneStep<ChartsState> => ({ slice: { selected: step(i, 0, charts.length), scroll: 0 } });
  switch (action.type) {
    case "move":
      return pick(c.selected + action.delta);
    case "jump":
      return pick(action.to === "start" ? 0 : charts.length - 1);
    case "page": {
      const scroll = scrollView(c.scroll, action, contentLength(c, size), chartsLayout(size).height);
      return { slice: scroll === null ? c : { ...c, scroll } };
    }
    case "open": {
      const chart = charts[c.selected]!;
      const ids = chart.kind === "bar" ? chart.bars.map((b) => b.metricId) : chart.series.flatMap((s) => s.metricIds);
      const id = ids.find((i) => metricById.get(i)?.kind === "reported") ?? ids[0];
      const intent = id ? openFigure(id) : undefined;
      return intent ? { slice: c, intent } : { slice: c };
    }
    default:
      return { slice: c };
  }
}

export function resizeCharts(c: ChartsState, _from: Size, to: Size): ChartsState {
  const max = Math.max(0, contentLength(c, to) - chartsLayout(to).height);
  return { ...c, scroll: clamp(c.scroll, 0, max) };
}
