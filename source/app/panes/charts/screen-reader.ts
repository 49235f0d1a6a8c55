// 图表 for a screen reader: the selected chart's title and its figures, one per line.
import { chartFigures } from "../../../charts/render";
import type { Size } from "../../../terminal/size";
import { figureLine, screenReaderList } from "../../ui/screen-reader";
import type { Line } from "../../ui/styled";
import { charts } from "./model";
import type { ChartsState } from "./state";

export function chartsScreenReader(c: ChartsState, size: Size): Line[] {
  const chart = charts[c.selected]!;
  const figures = chartFigures(chart).map((f) => figureLine(f.figure));
  const titles = charts.map((ch) => ch.title);
  // The chart's figures come right after its title; the other charts' titles follow.
  return screenReaderList("图表", titles, c.selected, "张", figures, size.columns);
}
