// The 图表 pane's model: the chart list and the selected chart drawn to the width it gets, with its
// source figures and their quotes below it.
import { charts } from "../../../../data/index";
import { renderChart, renderChartFigures } from "../../../charts/render";
import { memoize } from "../../../memo";
import type { Size } from "../../../terminal/size";
import { getAmbiWidth, width } from "../../../text/width";
import { bodyHeight, splitColumns } from "../../geometry";
import { LABELS } from "../../theme";

export { charts };

/** Columns the chart list needs to show every title whole. */
const LIST_FIT = Math.max(...charts.map((c, i) => width(`${i + 1}. ${c.title}`))) + 1;

export interface ChartsLayout {
  readonly stacked: boolean;
  /** Width of the chart list (beside), or 0 when the list is one selector line on top. */
  readonly listWidth: number;
  readonly chartWidth: number;
  /** Lines for the chart and its sources. */
  readonly height: number;
}

export function chartsLayout(size: Size): ChartsLayout {
  const cols = splitColumns(size, 0.25, 18, 30, LIST_FIT);
  const body = bodyHeight(size);
  return cols.stacked
    ? { stacked: true, listWidth: 0, chartWidth: size.columns, height: Math.max(1, body - 1) }
    : { stacked: false, listWidth: cols.left, chartWidth: cols.right, height: body };
}

/** The chart, a blank line, then its source figures. */
export function chartContent(index: number, columns: number, height: number): readonly string[] {
  return content(`${index}\0${columns}\0${height}\0${getAmbiWidth()}`);
}

const content = memoize((key): readonly string[] => {
  const [index, columns, height] = key.split("\0").map(Number) as [number, number, number];
  const chart = charts[index]!;
  // Line charts get a plot that leaves room for the title, note, axis and legend on small screens.
  const plot = Math.max(3, Math.min(10, height - 8));
  return [...renderChart(chart, columns, { height: plot }), "", LABELS.sources, ...renderChartFigures(chart, columns)];
}, 200);
