// court-report chart [<number, id or title>]: lists the charts drawn from the report's figures (not a
// reconstruction of the empty 附件二) with their numbers and ids, or draws one with its source figures and quotes below it.
// A chart's number is its place in the list, the same number the explorer shows.
import { ABOUT_CHARTS, type Chart, chartById, chartNumber, charts } from "../../data/index";
import { chartFigures, renderChart, renderChartFigures, SOURCES_HEADING } from "../charts/render";
import { foldCase, literalQuery } from "../search/query";
import { sanitize } from "../text/sanitize";
import { padEnd, padStart, truncate, wrap } from "../text/width";
import type { Command } from "./command";
import { NotFoundError, UsageError } from "./errors";

export const chartCommand: Command = {
  name: "chart",
  args: "[<number, id or title>]",
  summary: "list the charts, or draw one (by its number in the list, id or title) with its source figures",
  options: {},
  optionHelp: [],
  examples: ["court-report chart", "court-report chart 3", "court-report chart sentencing --width 60"],
  positionals: { min: 0, max: Infinity },
  run(_values, positionals, ctx) {
    const query = positionals.join(" ");
    const { columns, pen } = ctx;
    if (query.trim() === "") {
      ctx.print(...chartList().map((l) => truncate(l, columns)), "", ...wrap(ABOUT_CHARTS, columns));
      return 0;
    }
    const chart = findChart(query);
    const [title, ...rest] = renderChart(chart, columns);
    ctx.print(
      pen.bold(title!),
      ...rest,
      "",
      pen.bold(SOURCES_HEADING),
      ...renderChartFigures(chart, columns),
      "",
      ...wrap(ABOUT_CHARTS, columns),
    );
    return 0;
  },
};

/** "3  enforcement-person-times  执行：…": number, id and title of every chart. */
function chartList(): string[] {
  const numberW = String(charts.length).length;
  const idW = Math.max(...charts.map((c) => c.id.length));
  return charts.map(
    (c) => `${padStart(String(chartNumber(c.id)), numberW)}  ${padEnd(c.id, idW)}  ${sanitize(c.title)}`,
  );
}

const listing = () => charts.map((c) => `${chartNumber(c.id)} ${c.id}`).join(", ");

/**
 * A number is a place in the list and nothing else (a title holds digits too: "2021年"): 0 or past
 * the end is not found (exit 1), a negative or fractional number is a usage error (exit 2);
 * otherwise by id, then by a piece of the id or title, then by the label of a figure it draws.
 */
function findChart(raw: string): Chart {
  const q = literalQuery(raw);
  if (/^[+-]?\d*[.,]?\d+$/.test(q.trim())) {
    const n = Number(q.replace(",", "."));
    if (!Number.isInteger(n) || n < 0) {
      throw new UsageError(`a chart number is a whole number from 1 to ${charts.length}, not '${raw}'`);
    }
    const chart = charts[n - 1];
    if (!chart) throw new NotFoundError(`there is no chart ${n}; charts: ${listing()}`);
    return chart;
  }
  const found =
    chartById.get(q) ??
    charts.find((c) => c.id.includes(q) || foldCase(c.title).includes(q)) ??
    charts.find((c) => chartFigures(c).some((f) => f.label.includes(q) || f.metric.label.includes(q)));
  if (!found) throw new NotFoundError(`no chart matches '${raw}'; charts: ${listing()}`);
  return found;
}
