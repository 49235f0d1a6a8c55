// 图表 for a screen reader: the selected chart's title and its figures, one per line.
import { metricById } from "../../../../data/index";
import type { Size } from "../../../terminal/size";
import { linearList } from "../../ui/linear";
import type { Line } from "../../ui/styled";
import { figureText } from "../data/linear";
import { charts } from "./model";
import type { ChartsState } from "./state";

export function chartsLinear(c: ChartsState, size: Size): Line[] {
  const chart = charts[c.selected]!;
  const ids = chart.kind === "bar" ? chart.bars.map((b) => b.metricId) : chart.series.flatMap((s) => s.metricIds);
  const figures = ids.flatMap((id) => {
    const m = metricById.get(id);
    return m ? [figureText(m)] : [];
  });
  const titles = charts.map((ch) => ch.title);
  // The chart's figures come right after its title; the other charts' titles follow.
  return linearList("图表", titles, c.selected, "张", figures, size.columns);
}
