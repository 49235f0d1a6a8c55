// The 图表 pane's model: the chart list and the selected chart drawn to the width it gets, with its
// source figures and their quotes below it.
import { charts } from "../../../data/index";
import { renderChart, renderChartFigures } from "../../charts/render";
import { getAmbiWidth } from "../../text/width";
import { bodyHeight, splitColumns } from "../geometry";
import type { Size } from "../state";
import { memo } from "./memo";

export { charts };

export interface ChartsLayout {
  readonly stacked: boolean;
  /** Width of the chart list (beside), or 0 when the list is one selector line on top. */
  readonly listWidth: number;
  readonly chartWidth: number;
  /** Lines for the chart and its sources. */
  readonly height: number;
}

export function chartsLayout(size: Size): ChartsLayout {
  const cols = splitColumns(size, 0.25, 18, 30);
  const body = bodyHeight(size);
  return cols.stacked
    ? { stacked: true, listWidth: 0, chartWidth: size.columns, height: Math.max(1, body - 1) }
    : { stacked: false, listWidth: cols.left, chartWidth: cols.right, height: body };
}

/** Marks the start of the sources in the content, so the view can style that heading. */
export const SOURCES_HEADING = "数据出处（报告原文）";

/** The chart, a blank line, then its source figures. */
export function chartContent(index: number, columns: number, height: number): readonly string[] {
  return content(`${index}\0${columns}\0${height}\0${getAmbiWidth()}`);
}

const content = memo((key): readonly string[] => {
  const [index, columns] = key.split("\0").map(Number) as [number, number];
  const chart = charts[index]!;
  return [...renderChart(chart, columns), "", SOURCES_HEADING, ...renderChartFigures(chart, columns)];
}, 200);
