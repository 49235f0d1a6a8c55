// The 图表 pane's model: the chart list and the selected chart drawn to the width it gets, with its
// source figures and their quotes below it.
import { ABOUT_CHARTS, chartNumber, charts } from "../../../../data/index";
import { drawChart, type FigureSpot, renderChartFigures, SOURCES_HEADING } from "../../../charts/render";
import { memoize } from "../../../memo";
import type { Size } from "../../../terminal/size";
import { type AmbiWidth, getAmbiWidth, width, wrap } from "../../../text/width";
import { bodyHeight, splitColumns } from "../../geometry";

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

export interface ChartContent {
  /** Its number and id, the chart, a blank line, its source figures with their quotes, then what the charts are. */
  readonly lines: readonly string[];
  /** Where each figure is drawn in `lines` (chartFigures order): j/k select these. */
  readonly spots: readonly FigureSpot[];
}

/** Lines before the chart itself: its number and id (what `court-report chart N` takes). */
const HEAD = 1;

export function chartContent(index: number, columns: number): ChartContent {
  return content(index, columns, getAmbiWidth());
}

const content = memoize((index: number, columns: number, _ambiWidth: AmbiWidth): ChartContent => {
  const chart = charts[index]!;
  const drawing = drawChart(chart, columns);
  const head = `图${chartNumber(chart.id)}/${charts.length}  ${chart.id}`;
  return {
    lines: [
      head,
      ...drawing.lines,
      "",
      SOURCES_HEADING,
      ...renderChartFigures(chart, columns),
      "",
      ...wrap(ABOUT_CHARTS, columns),
    ],
    spots: drawing.spots.map((s) => ({ ...s, line: s.line + HEAD })),
  };
}, 200);
