// Draws the charts of 附件二 (rebuilt in data/charts.ts) as plain text lines no wider than `columns`.
// Every number comes from the metrics by id; derived figures carry a mark and a footnote.
// Bars are ASCII "#": "█" is East Asian ambiguous and turns two columns wide in CJK terminals.
import asciichart from "asciichart";
import type { BarChart, Chart, LineChart, Metric } from "../../data/index";
import { metricById } from "../../data/index";
import { sanitize } from "../text/sanitize";
import { getAmbiWidth, padEnd, padStart, truncate, width, wrap } from "../text/width";

export interface ChartOptions {
  /** Rows of the line-chart plot area; default 8. */
  readonly height?: number;
  /** Colour the line-chart series and their legend (ANSI). Default false: plain text. */
  readonly color?: boolean;
}

/** A figure a chart shows: the chart's label for it and the metric behind it. */
export interface ChartFigure {
  readonly label: string;
  readonly metric: Metric;
}

/** Shown after a derived value; explained by the footnote. */
export const DERIVED_MARK = "*";
const FOOTNOTE = "* 推算值，报告未直接给出：";

const metricOf = (id: string): Metric => {
  const m = metricById.get(id);
  if (!m) throw new Error(`chart refers to unknown metric '${id}'`);
  return m;
};

/** The source figures of a chart in the order it draws them: what goes under it with their quotes. */
export function chartFigures(chart: Chart): ChartFigure[] {
  if (chart.kind === "bar") return chart.bars.map((b) => ({ label: b.label, metric: metricOf(b.metricId) }));
  return chart.series.flatMap((s) =>
    s.metricIds.map((id, i) => ({ label: `${chart.axis[i]} ${s.name}`, metric: metricOf(id) })),
  );
}

/** "23705件*": the value exactly as the data module holds it, its unit, and the derived mark. */
export const valueText = (m: Metric) => `${m.value}${sanitize(m.unit)}${m.kind === "derived" ? DERIVED_MARK : ""}`;

export function renderChart(chart: Chart, columns: number, options: ChartOptions = {}): string[] {
  const cols = Math.max(1, Math.floor(columns));
  const head = [truncate(sanitize(chart.title), cols), ...wrap(sanitize(chart.note), cols)];
  const body = chart.kind === "bar" ? renderBars(chart, cols) : renderLines(chart, cols, options);
  const derived = chartFigures(chart).filter((f) => f.metric.kind === "derived");
  const notes = derived.length === 0 ? [] : wrap(FOOTNOTE + derived.map((f) => formulaText(f.metric)).join("；"), cols);
  return [...head, "", ...body, ...notes];
}

/** Below a chart: each figure with its value, where it stands in the report, and its verbatim quote. */
export function renderChartFigures(chart: Chart, columns: number): string[] {
  const cols = Math.max(1, Math.floor(columns));
  return chartFigures(chart).flatMap(({ label, metric }) => [
    ...wrap(`${sanitize(label)}：${valueText(metric)}（${metric.paragraphId}）`, cols),
    ...indent(`「${sanitize(metric.quote)}」`, cols),
    ...(metric.kind === "derived" ? indent(`推算：${formulaText(metric)}`, cols) : []),
  ]);
}

const formulaText = (m: Metric) =>
  m.kind === "derived" ? `${sanitize(m.label)} = ${sanitize(m.derivation.formula)}` : "";

function indent(text: string, cols: number): string[] {
  return cols > 4 ? wrap(text, cols - 2).map((l) => `  ${l}`) : wrap(text, cols);
}

function renderBars(chart: BarChart, cols: number): string[] {
  const figures = chartFigures(chart);
  const labels = figures.map((f) => sanitize(f.label));
  const values = figures.map((f) => valueText(f.metric));
  const valueW = Math.max(...values.map(width));
  // Labels get what they need up to 40% of the width; the bars get the rest.
  const labelW = Math.min(Math.max(...labels.map(width)), Math.max(2, Math.floor(cols * 0.4)));
  const barW = Math.max(1, cols - labelW - 3 - valueW);
  // Rates are drawn against 100%, so a 96% bar looks nearly full; other charts against their largest figure.
  const percent = figures.every((f) => f.metric.unit === "%");
  const top = Math.max(percent ? 100 : 0, ...figures.map((f) => f.metric.value));
  const length = (v: number) => (top > 0 ? Math.round((v / top) * barW) : 0);
  const bars = figures.map(
    (f, i) => `${padEnd(labels[i]!, labelW)} |${"#".repeat(length(f.metric.value))} ${values[i]}`,
  );
  const units = new Set(figures.map((f) => f.metric.unit));
  const topText = `${top}${units.size === 1 ? sanitize([...units][0]!) : ""}`;
  const gap = " ".repeat(labelW + 1);
  const scale = [`${gap}+${"-".repeat(Math.max(0, barW - 1))}+`, `${gap}0${padStart(topText, Math.max(0, barW - 1))}`];
  return [...bars, ...scale].map((l) => truncate(l, cols));
}

const SERIES_COLORS = [asciichart.cyan, asciichart.magenta, asciichart.yellow, asciichart.green] as string[];
// asciichart's default symbols are box-drawing characters: ambiguous width, two columns in CJK terminals.
const ASCII_SYMBOLS = ["+", "|", "-", "-", "-", "+", "+", "+", "+", "|"];

function renderLines(chart: LineChart, cols: number, options: ChartOptions): string[] {
  const series = chart.series.map((s) => ({ name: sanitize(s.name), metrics: s.metricIds.map(metricOf) }));
  const values = series.flatMap((s) => s.metrics.map((m) => m.value));
  const labelW = Math.max(...[Math.min(...values), Math.max(...values)].map((v) => String(Math.round(v)).length), 3);
  const plotW = Math.max(chart.axis.length, cols - labelW - 2);
  const span = Math.max(1, Math.floor(plotW / chart.axis.length));
  // Step shape: each period holds its one real value across its own span and the line jumps at the
  // border. A slope between the two points would show values in between that the report never gives.
  const data = series.map((s) => s.metrics.flatMap((m) => Array<number>(span).fill(m.value)));
  const colors = options.color ? series.map((_, i) => SERIES_COLORS[i % SERIES_COLORS.length]) : undefined;
  const height = Math.max(2, options.height ?? 8);
  const plot = asciichart
    .plot(data, {
      height,
      offset: 3,
      format: (_, row) => padStart(rowLabel(values, height, row), labelW),
      ...(colors ? { colors } : {}),
      ...(getAmbiWidth() === "double" ? { symbols: ASCII_SYMBOLS } : {}),
    })
    .split("\n")
    .map((l) => l.trimEnd());
  const units = [...new Set(series.flatMap((s) => s.metrics.map((m) => sanitize(m.unit))))];
  const gap = " ".repeat(labelW + 1);
  const xAxis = `${gap}+${"-".repeat(Math.max(0, span * chart.axis.length - 1))}`;
  // One column kept free between period labels so a cut label never runs into the next.
  const xLabels = `${gap} ${chart.axis.map((a) => padEnd(truncate(sanitize(a), span - 1), span)).join("")}`;
  const legend = series.flatMap((s, i) =>
    pack(
      options.color ? `${colors![i]}${s.name}${asciichart.reset}：` : `${s.name}：`,
      s.metrics.map((m, j) => `${sanitize(chart.axis[j]!)} ${valueText(m)}`),
      cols,
    ),
  );
  return [padStart(units.join("/"), labelW), ...plot, xAxis, xLabels.trimEnd(), "", ...legend].map((l) =>
    width(l) > cols ? truncate(l, cols) : l,
  );
}

/**
 * The y-axis label of a plot row: the real value drawn on that row (the nearest to the row's middle
 * when several share it), or nothing. A scale tick such as 38826 would read as a figure of the report.
 * The row of a value is computed as asciichart places it (asciichart.js, plot()).
 */
function rowLabel(values: readonly number[], height: number, row: number): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const ratio = max > min ? height / (max - min) : 1;
  const min2 = Math.round(min * ratio);
  const rows = Math.round(max * ratio) - min2;
  const here = values.filter((v) => rows - (Math.round(v * ratio) - min2) === row);
  if (here.length === 0) return "";
  const middle = max - (row * (max - min)) / Math.max(1, rows);
  return String(here.reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a)));
}

/** Lays `parts` after `prefix`, as many to a line as fit; a part is never split between lines. */
function pack(prefix: string, parts: readonly string[], cols: number): string[] {
  const lines: string[] = [];
  let line = prefix;
  const indentW = Math.min(width(prefix), Math.max(0, cols - 8));
  for (const part of parts) {
    const sep = line === prefix || line.trim() === "" ? "" : "  ";
    if (width(line + sep + part) <= cols) line += sep + part;
    else {
      if (line.trim() !== "") lines.push(line);
      line = " ".repeat(indentW) + part;
    }
  }
  lines.push(line);
  return lines;
}
