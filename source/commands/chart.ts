// court-report chart [<id or title>]: lists the charts of 附件二 (rebuilt from the report's figures),
// or draws one with its source figures and quotes below it.
import { type Chart, chartById, charts } from "../../data/index";
import { chartFigures, renderChart, renderChartFigures } from "../charts/render";
import { foldCase, literalQuery } from "../search/query";
import { sanitize } from "../text/sanitize";
import { padEnd, truncate } from "../text/width";
import type { Command } from "./command";
import { NotFoundError } from "./errors";

export const chartCommand: Command = {
  name: "chart",
  args: "[<id or title>]",
  summary: "list the charts, or draw one with its source figures",
  options: {},
  optionHelp: [],
  examples: ["court-report chart", "court-report chart enforcement-measures", "court-report chart 比率 --width 60"],
  positionals: { min: 0, max: Infinity },
  run(_values, positionals, ctx) {
    const query = positionals.join(" ");
    const { columns, pen } = ctx;
    if (query.trim() === "") {
      const idWidth = Math.max(...charts.map((c) => c.id.length));
      for (const c of charts) ctx.print(truncate(`${padEnd(c.id, idWidth)}  ${sanitize(c.title)}`, columns));
      return 0;
    }
    const chart = findChart(query);
    if (!chart) throw new NotFoundError(`no chart matches '${query}'; charts: ${charts.map((c) => c.id).join(", ")}`);
    const [title, ...rest] = renderChart(chart, columns, { color: pen.color });
    ctx.print(pen.bold(title!), ...rest, "", pen.bold("来源"), ...renderChartFigures(chart, columns));
    return 0;
  },
};

/** By id, then by a piece of the id or title, then by the label of a figure it draws. */
function findChart(raw: string): Chart | undefined {
  const q = literalQuery(raw);
  return (
    chartById.get(q) ??
    charts.find((c) => c.id.includes(q) || foldCase(c.title).includes(q)) ??
    charts.find((c) => chartFigures(c).some((f) => f.label.includes(q) || f.metric.label.includes(q)))
  );
}
