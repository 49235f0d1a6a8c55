// 图表's state: the selected chart and how far its body is scrolled.
export interface ChartsState {
  readonly selected: number;
  /** First line of the chart body shown. */
  readonly scroll: number;
}

export const CHARTS_START: ChartsState = { selected: 0, scroll: 0 };
