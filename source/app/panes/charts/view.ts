// 图表's view: the chart list and the selected chart drawn to the width it gets, its sources below.
import { figureById } from "../../../../data/index";
import { SOURCES_HEADING } from "../../../charts/render";
import type { Size } from "../../../terminal/size";
import { truncate } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import { LABELS, THEME } from "../../theme";
import { besideLines, cutLine, fitLine, highlight, type Line, line, restyle, seg } from "../../ui/styled";
import { listLines } from "../../widgets/list";
import { chartContent, charts, chartsLayout } from "./model";
import type { ChartsState } from "./state";

/** A bar: after the axis "|", a run of the renderer's fill marks (blocks, or ASCII under double ambiwidth). */
const BAR = /\|([#=:\-\u2588-\u258f\u2591\u2592]+)/;

function contentLines(c: ChartsState, size: Size): Line[] {
  const layout = chartsLayout(size);
  const { lines, spots } = chartContent(c.selected, layout.chartWidth);
  const selected = c.focus === "chart" ? spots[c.figure] : undefined;
  const spotOf = (i: number) => spots.find((s) => i >= s.line && i < s.line + s.height);
  const shown = lines.slice(c.scroll, c.scroll + layout.height).map((t, k) => {
    const i = c.scroll + k;
    if (i <= 1 || t === SOURCES_HEADING) return line(t, i === 0 ? THEME.muted : THEME.strong);
    const spot = spotOf(i);
    if (!spot) return line(t);
    const bar = BAR.exec(t);
    const styled = bar
      ? highlight(t, [{ start: bar.index + 1, end: bar.index + bar[0].length, style: THEME.bar }])
      : line(t);
    return spot === selected ? fitLine(restyle(styled, THEME.selected), layout.chartWidth, THEME.selected) : styled;
  });
  if (!selected) return shown;
  // The selected figure's sentence, always in view at the bottom.
  const m = figureById.get(selected.figureId);
  const quote = m ? line(`${m.paragraphId}「${m.quote}」`, THEME.muted) : [];
  return [...shown.slice(0, Math.max(0, layout.height - 1)), cutLine(quote, layout.chartWidth)];
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
