// 图表: the chart list and the selected chart drawn to the width it gets, its sources below.
import { truncate } from "../../text/width";
import { Lines } from "../components/Lines";
import { listLines } from "../components/list";
import { besideLines, fitLine, highlight, type Line, line, seg } from "../components/styled";
import { bodyHeight } from "../geometry";
import { chartContent, charts, chartsLayout, SOURCES_HEADING } from "../models/charts";
import type { State } from "../state";

function contentLines(state: State): Line[] {
  const c = state.charts;
  const layout = chartsLayout(state.size);
  const content = chartContent(c.selected, layout.chartWidth, layout.height);
  return content.slice(c.scroll, c.scroll + layout.height).map((t, i) => {
    if (c.scroll + i === 0 || t === SOURCES_HEADING) return line(t, { bold: true });
    // Bars are runs of "#": colour them, leave every character where the renderer put it.
    const spans = [...t.matchAll(/#+/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      style: { color: "green" },
    }));
    return highlight(t, spans);
  });
}

export function chartsView(state: State): Line[] {
  const c = state.charts;
  const layout = chartsLayout(state.size);
  const h = bodyHeight(state.size);
  const content = contentLines(state);
  if (layout.stacked) {
    const chart = charts[c.selected]!;
    const selector = fitLine(
      [
        seg("< ", { dim: true }),
        seg(`${c.selected + 1}/${charts.length} `, { dim: true }),
        seg(truncate(chart.title, state.size.columns - 10), { bold: true, inverse: true }),
        seg(" >", { dim: true }),
      ],
      state.size.columns,
    );
    return [selector, ...content].slice(0, h);
  }
  const items = charts.map((ch, i) => line(`${i + 1}. ${ch.title}`));
  const list = listLines(items, c.selected, Math.max(0, c.selected - h + 1), h, layout.listWidth, true);
  return besideLines(list, layout.listWidth, [seg(" | ", { dim: true })], content).slice(0, h);
}

export function ChartsPane({ state }: { state: State }) {
  return <Lines lines={chartsView(state)} />;
}
