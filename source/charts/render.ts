// Draws the charts made from the report's figures (data/charts.ts; not a reconstruction of the empty
// 附件二) as plain text lines no wider than `columns`.
// Every number comes from the figures by id and is written by the data module's figureText; derived
// figures carry a mark and a footnote. Bars are block characters (█ with eighth blocks for the
// remainder) only when ambiguous-width characters are one column; with --ambiwidth=double they are
// ASCII, because "█" is East Asian ambiguous and turns two columns wide in CJK terminals.
import { type BarChart, type Chart, type Figure, figureById, figureText } from "../../data/index";
import { sanitize } from "../text/sanitize";
import { getAmbiWidth, padEnd, padStart, truncate, width, wrap } from "../text/width";

/** A figure a chart shows: the chart's label for it and the figure behind it. */
export interface ChartFigure {
  readonly label: string;
  readonly figure: Figure;
  /** True for the whole that a chart of parts is measured against (drawn as its reference line). */
  readonly whole: boolean;
}

/** Where a figure stands in drawn lines: the explorer selects a bar by these and shows its quote. */
export interface FigureSpot {
  readonly figureId: string;
  readonly label: string;
  /** Index of the figure's first line in `lines`. */
  readonly line: number;
  /** How many lines it takes (a label on its own line above its bar on narrow widths, a wrapped quote). */
  readonly height: number;
}

/** Lines, and which of them each figure occupies, in the order chartFigures gives the figures. */
export interface Drawing {
  readonly lines: readonly string[];
  readonly spots: readonly FigureSpot[];
}

/** Shown after a derived value; explained by the footnote. */
export const DERIVED_MARK = "*";
const FOOTNOTE = "* 推算值，报告未直接给出；括号内是报告四舍五入的百分比所容许的全部数值：";
/** The heading over a chart's figures and their quotes: the one word for "source" (出处) everywhere. */
export const SOURCES_HEADING = "出处（报告原文）";

const figureOf = (id: string): Figure => {
  const m = figureById.get(id);
  if (!m) throw new Error(`chart refers to unknown figure '${id}'`);
  return m;
};

/** The figures of a chart in the order it draws them: the whole first (if any), then every bar. */
export function chartFigures(chart: Chart): ChartFigure[] {
  const whole = chart.whole ? [{ label: chart.whole.label, figure: figureOf(chart.whole.figureId), whole: true }] : [];
  const bars = chart.groups.flatMap((g) =>
    g.bars.map((b) => ({
      label: [g.label, b.label].filter(Boolean).join(" "),
      figure: figureOf(b.figureId),
      whole: false,
    })),
  );
  return [...whole, ...bars];
}

/** "53833件", "约23705件（23700～23709）*": figureText and the derived mark. */
export const valueText = (m: Figure) => sanitize(figureText(m)) + (m.kind === "derived" ? DERIVED_MARK : "");

export const renderChart = (chart: Chart, columns: number): string[] => [...drawChart(chart, columns).lines];

export function drawChart(chart: Chart, columns: number): Drawing {
  const cols = Math.max(1, Math.floor(columns));
  const head = [...wrap(sanitize(chart.title), cols), ...wrap(sanitize(chart.note), cols), ""];
  const body = drawBars(chart, cols);
  const derived = chartFigures(chart).filter((f) => f.figure.kind === "derived");
  const notes = derived.length === 0 ? [] : wrap(FOOTNOTE + derived.map((f) => formulaText(f.figure)).join("；"), cols);
  return {
    lines: [...head, ...body.lines, ...notes],
    spots: body.spots.map((s) => ({ ...s, line: s.line + head.length })),
  };
}

export const renderChartFigures = (chart: Chart, columns: number): string[] => [
  ...drawChartFigures(chart, columns).lines,
];

/** Below a chart: each figure with its value, where it stands in the report, and its verbatim quote. */
export function drawChartFigures(chart: Chart, columns: number): Drawing {
  const cols = Math.max(1, Math.floor(columns));
  const lines: string[] = [];
  const spots: FigureSpot[] = [];
  for (const { label, figure } of chartFigures(chart)) {
    const entry = [
      ...wrap(`${sanitize(label)}：${valueText(figure)}（${figure.paragraphId}）`, cols),
      ...indent(`「${sanitize(figure.quote)}」`, cols),
      ...(figure.kind === "derived" ? indent(`推算：${formulaText(figure)}`, cols) : []),
    ];
    spots.push({ figureId: figure.id, label, line: lines.length, height: entry.length });
    lines.push(...entry);
  }
  return { lines, spots };
}

const formulaText = (m: Figure) =>
  m.kind === "derived" ? `${sanitize(m.label)} = ${sanitize(m.derivation.formula)}` : "";

function indent(text: string, cols: number): string[] {
  return cols > 4 ? wrap(text, cols - 2).map((l) => `  ${l}`) : wrap(text, cols);
}

/** How a bar is filled: whole cells, and the marks for a remainder (the first is also the minimum mark). */
interface Fill {
  readonly full: string;
  readonly partial: readonly string[];
}
const SOLID: Fill = { full: "█", partial: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"] };
const SHADED: Fill = { full: "▒", partial: ["░"] };
const ASCII_SOLID: Fill = { full: "#", partial: [":"] };
const ASCII_SHADED: Fill = { full: "=", partial: ["-"] };

/** The fill of the i-th of n series: the last (the latest period) solid, earlier ones shaded. */
function fillOf(i: number, n: number): Fill {
  const blocks = getAmbiWidth() === "single";
  if (i === n - 1) return blocks ? SOLID : ASCII_SOLID;
  return blocks ? SHADED : ASCII_SHADED;
}

/**
 * `cells` (fractional) cells of bar: whole cells, then the partial mark the remainder reaches. A
 * value above zero that rounds to nothing still gets the smallest mark, so no figure looks like zero.
 */
function barText(cells: number, positive: boolean, fill: Fill): string {
  const whole = Math.floor(cells);
  const step = Math.floor((cells - whole) * (fill.partial.length + 1));
  const partial = step > 0 ? fill.partial[step - 1]! : "";
  const text = fill.full.repeat(whole) + partial;
  return text === "" && positive ? fill.partial[0]! : text;
}

/**
 * The part of a chart's whole that the report does not break down: the whole less its stated parts,
 * written "2521人（差额）" so it is never read as a figure of the report.
 */
export function remainderOf(chart: Chart): { label: string; value: number; text: string } | null {
  if (!chart.whole || chart.remainder === undefined) return null;
  const whole = figureOf(chart.whole.figureId).value;
  const parts = chart.groups.flatMap((g) => g.bars).reduce((n, b) => n + figureOf(b.figureId).value, 0);
  const value = whole - parts;
  return { label: chart.remainder, value, text: `${value}${sanitize(chart.unit)}（差额）` };
}

/** Fewer columns than this for the bar itself and the label goes on a line of its own. */
const MIN_BAR = 8;

function drawBars(chart: BarChart, cols: number): Drawing {
  const figures = chartFigures(chart);
  const whole = figures.find((f) => f.whole);
  const bars = figures.filter((f) => !f.whole);
  const series = chart.series ?? [];
  // In a group, the group's name stands on its first bar only: the bars below it are visibly its own.
  const labels = chart.groups.flatMap((g) =>
    g.bars.map((b, i) => {
      const group = i === 0 ? sanitize(g.label) : " ".repeat(width(sanitize(g.label)));
      return [group, sanitize(b.label)].filter(Boolean).join(" ");
    }),
  );
  const rest = remainderOf(chart);
  if (rest) labels.push(sanitize(rest.label));
  const values = [...bars.map((f) => valueText(f.figure)), ...(rest ? [rest.text] : [])];
  const valueW = Math.max(...values.map(width));
  const naturalLabelW = Math.max(...labels.map(width));
  // Beside the bars when a bar of MIN_BAR still fits; otherwise each label above its bar.
  const stacked = naturalLabelW + 2 + MIN_BAR + 1 + valueW > cols;
  const labelW = stacked ? 0 : naturalLabelW;
  const gap = stacked ? "" : " ".repeat(labelW + 1);
  // Beside: "label |bar value". Stacked: the label and value above a bar of the full width.
  const barW = Math.max(1, stacked ? cols - 1 : cols - gap.length - 1 - 1 - valueW);
  // Parts are measured against their whole; other charts against their largest figure.
  const top = whole?.figure.value ?? Math.max(...bars.map((f) => f.figure.value));
  const perGroup = Math.max(1, series.length);
  const lines: string[] = [];
  const spots: FigureSpot[] = [];
  if (whole) {
    const text = `${sanitize(whole.label)} ${valueText(whole.figure)} = 全长`;
    spots.push({ figureId: whole.figure.id, label: whole.label, line: 0, height: 1 });
    lines.push(truncate(text, cols));
  }
  const drawBar = (i: number, value: number, fill: Fill) => {
    const bar = barText(top > 0 ? (value / top) * barW : 0, value > 0, fill);
    if (!stacked) lines.push(`${padEnd(labels[i]!, labelW)} |${bar} ${values[i]}`);
    else {
      const both = `${labels[i]!} ${values[i]}`;
      lines.push(
        ...(width(both) <= cols ? [both] : [truncate(labels[i]!, cols), ...valueLines(values[i]!, cols)]),
        `|${bar}`,
      );
    }
  };
  bars.forEach((f, i) => {
    const at = lines.length;
    drawBar(i, f.figure.value, fillOf(series.length > 0 ? i % perGroup : 0, perGroup));
    spots.push({ figureId: f.figure.id, label: f.label, line: at, height: lines.length - at });
  });
  // Not a figure of the report (so no spot to select): the difference, shaded.
  if (rest) drawBar(bars.length, rest.value, fillOf(0, 2));
  const topText = whole ? valueText(whole.figure) : `${top}${sanitize(chart.unit)}`;
  const scale = [
    `${gap}+${"-".repeat(Math.max(0, barW - 1))}+`,
    truncate(`${gap}0${padStart(topText, Math.max(width(topText), barW))}`, cols),
  ];
  const legend = pack(
    series.map((s, i) => `${fillOf(i, perGroup).full} ${sanitize(s)}`),
    "图例：",
    cols,
  );
  return { lines: [...lines, ...scale, ...legend], spots };
}

/**
 * A value on as many lines as it needs: never cut, and broken only before its interval
 * (约23705件 / （23700～23709）*), so no number is split.
 */
function valueLines(text: string, cols: number): string[] {
  const at = text.indexOf("（");
  if (width(text) <= cols || at <= 0) return [text];
  return [text.slice(0, at), text.slice(at)];
}

// Block marks are drawn only where ambiguous characters are one column, so they measure as "#": this
// keeps string-width (loaded for characters outside the report's own set) off the chart command's path.
const blockWidth = (text: string) => width(text.replace(/[\u2580-\u259f]/gu, "#"));

/** `items` after `prefix`, as many to a line as fit; an item is split only when it is wider than a line. */
function pack(items: readonly string[], prefix: string, cols: number): string[] {
  const wrapped = (line: string) => (blockWidth(line) <= cols ? [line] : wrap(line, cols));
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    const next = line === "" ? prefix + item : `${line}  ${item}`;
    if (blockWidth(next) <= cols || line === "") line = next;
    else {
      lines.push(...wrapped(line));
      line = item;
    }
  }
  return line === "" ? lines : [...lines, ...wrapped(line)];
}
