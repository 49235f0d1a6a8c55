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
import { LIMIT_OPTIONS, limitHelp, limitOf } from "./listing";

export const chartCommand: Command = {
  name: "chart",
  args: "[<编号、id 或标题>]",
  summary: "列出图表，或画出一张（按列表里的编号、id 或标题），下面附上它的数字和原句",
  options: { ...LIMIT_OPTIONS },
  optionHelp: limitHelp("张", "图表", "全部"),
  examples: ["court-report chart", "court-report chart 3", "court-report chart sentencing --width 60"],
  positionals: { min: 0, max: Infinity },
  run(values, positionals, ctx) {
    const query = positionals.join(" ");
    const { columns, pen } = ctx;
    if (query.trim() === "") {
      ctx.print(
        ...chartList()
          .slice(0, limitOf(values, Number.POSITIVE_INFINITY))
          .map((l) => truncate(l, columns)),
      );
      ctx.note("", ...wrap(ABOUT_CHARTS, columns));
      return 0;
    }
    if (values.limit !== undefined || values.all) throw new UsageError("--limit 和 --all 只用于图表列表");
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

const listing = () => charts.map((c) => `${chartNumber(c.id)} ${c.id}`).join("、");

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
      throw new UsageError(`图表编号是 1 到 ${charts.length} 的整数，不是“${raw}”`);
    }
    const chart = charts[n - 1];
    // The number as typed: Number("99999999999999999999999") would print as 1e+23.
    if (!chart) throw new NotFoundError(`没有第 ${raw.trim()} 张图表；图表有：${listing()}`);
    return chart;
  }
  const found =
    chartById.get(q) ??
    charts.find((c) => c.id.includes(q) || foldCase(c.title).includes(q)) ??
    charts.find((c) => chartFigures(c).some((f) => f.label.includes(q) || f.figure.label.includes(q)));
  if (!found) throw new NotFoundError(`没有与“${raw}”相符的图表；图表有：${listing()}`);
  return found;
}
