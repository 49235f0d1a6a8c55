// 图表's state: the selected chart, whether the keys pick charts or the figures of the chart, the
// selected figure, and how far the chart and its sources are scrolled.
export interface ChartsState {
  readonly selected: number;
  readonly focus: "list" | "chart";
  /** Index into the chart's figures (chartFigures order), while the chart has focus. */
  readonly figure: number;
  /** First line of the chart body shown. */
  readonly scroll: number;
}

export const CHARTS_START: ChartsState = { selected: 0, focus: "list", figure: 0, scroll: 0 };
