// 图表's update: pure. In the list j/k pick a chart; Enter goes into it, where j/k pick one of
// its figures (the view shows its quote) and Enter shows that figure's sentence in the report; Esc
// goes back to the list. Paging scrolls the chart and its sources.
import type { Size } from "../../../terminal/size";
import type { Action } from "../../actions";
import { clamp, follow, step } from "../../widgets/scroll";
import { scrollView } from "../../widgets/viewport";
import { openFigure } from "../open-figure";
import type { PaneStep } from "../pane";
import { chartContent, charts, chartsLayout } from "./model";
import type { ChartsState } from "./state";

const contentOf = (c: ChartsState, size: Size) => chartContent(c.selected, chartsLayout(size).chartWidth);

/** The figure at `index` selected, the chart scrolled to show its bar. */
function pickFigure(c: ChartsState, index: number, size: Size): ChartsState {
  const { lines, spots } = contentOf(c, size);
  const figure = step(index, 0, spots.length);
  const spot = spots[figure];
  const height = chartsLayout(size).height;
  if (!spot) return { ...c, figure };
  const bottom = follow(c.scroll, spot.line + spot.height - 1, height);
  const scroll = clamp(follow(bottom, spot.line, height), 0, Math.max(0, lines.length - height));
  return { ...c, figure, scroll };
}

function chartUpdate(c: ChartsState, action: Action, size: Size): PaneStep<ChartsState> {
  switch (action.type) {
    case "move":
      return { slice: pickFigure(c, c.figure + action.delta, size) };
    case "jump":
      return { slice: pickFigure(c, action.to === "start" ? 0 : Number.MAX_SAFE_INTEGER, size) };
    case "open": {
      const spot = contentOf(c, size).spots[c.figure];
      const intent = spot ? openFigure(spot.figureId) : undefined;
      return intent ? { slice: c, intent } : { slice: c };
    }
    case "back":
      return { slice: { ...c, focus: "list" } };
    default:
      return { slice: c };
  }
}

export function updateCharts(c: ChartsState, action: Action, size: Size): PaneStep<ChartsState> {
  if (action.type === "page") {
    const scroll = scrollView(c.scroll, action, contentOf(c, size).lines.length, chartsLayout(size).height);
    return { slice: scroll === null ? c : { ...c, scroll } };
  }
  if (c.focus === "chart") return chartUpdate(c, action, size);
  const pick = (i: number): PaneStep<ChartsState> => ({
    slice: { ...c, selected: step(i, 0, charts.length), figure: 0, scroll: 0 },
  });
  switch (action.type) {
    case "move":
      return pick(c.selected + action.delta);
    case "jump":
      return pick(action.to === "start" ? 0 : charts.length - 1);
    case "open":
      return { slice: pickFigure({ ...c, focus: "chart" }, 0, size) };
    default:
      return { slice: c };
  }
}

export function resizeCharts(c: ChartsState, _from: Size, to: Size): ChartsState {
  const max = Math.max(0, contentOf(c, to).lines.length - chartsLayout(to).height);
  return c.focus === "chart" ? pickFigure(c, c.figure, to) : { ...c, scroll: clamp(c.scroll, 0, max) };
}
