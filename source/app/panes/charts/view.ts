// 图表's view: the chart list and the selected chart drawn to the width it gets, its sources below.
import type { Size } from "../../../terminal/size";
import { truncate } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import { LABELS, THEME } from "../../theme";
import { besideLines, fitLine, highlight, type Line, line, seg } from "../../ui/styled";
import { listLines } from "../../widgets/list";
import { chartContent, charts, chartsLayout } from "./model";
import type { ChartsState } from "./state";

function contentLines(c: ChartsState, size: Size): Line[] {
  const layout = chartsLayout(size);
  const content = chartContent(c.selected, layout.chartWidth, layout.height);
  return content.slice(c.scroll, c.scroll + layout.height).map((t, i) => {
    if (c.scroll + i === 0 || t === LABELS.sources) return line(t, THEME.strong);
    // Bars are runs of "#": colour them, leave every character where the renderer put it.
    const spans = [...t.matchAll(/#+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, style: THEME.bar }));
    return highlight(t, spans);
  });
}

export function chartsView(c: ChartsState, size: Size): Line[] {
  const layout = chartsLayout(size);
  const h = bodyHeight(size);
  const content = contentLines(c, size);
  if (layout.stacked) {
    const chart = charts[c.selected]!;
    const selector = fitLine(
      [
        seg("< ", THEME.muted),
        seg(`${c.selected + 1}/${charts.length} `, THEME.muted),
        seg(truncate(chart.title, size.columns - 10), THEME.active),
        seg(" >", THEME.muted),
      ],
      size.columns,
    );
    return [selector, ...content].slice(0, h);
  }
  const items = charts.map((ch, i) => line(`${i + 1}. ${ch.title}`));
  const list = listLines(
    items,
    { selected: c.selected, top: Math.max(0, c.selected - h + 1) },
    h,
    layout.listWidth,
    true,
  );
  return besideLines(list, layout.listWidth, [seg(LABELS.gap, THEME.muted)], content).slice(0, h);
}
