// 数据: every metric in one table grouped by category, filtered as you type, with the selected
// figure's source sentence under the table.
import { padEnd, wrap } from "../../text/width";
import { Lines } from "../components/Lines";
import { queryLine } from "../components/query";
import { fitLine, highlight, type Line, line, seg } from "../components/styled";
import { bodyHeight } from "../geometry";
import { dataLayout, dataTable, metricIndex, metricRows, SORT_LABELS } from "../models/data";
import type { State } from "../state";

/** The table's lines: rules, header, the visible part of the body; every line the table's width. */
export function tableLines(state: State): Line[] {
  const d = state.data;
  const view = metricRows(d.filter.text, d.sort);
  const table = dataTable(state.size.columns);
  const { bodyRows } = dataLayout(state.size);
  const { rule, header } = table;
  const out: Line[] = [
    line(rule.text, { dim: true }),
    line(header.text, { bold: true }),
    line(rule.text, { dim: true }),
  ];
  for (const b of view.body.slice(d.top, d.top + bodyRows)) {
    if (b.kind === "group") {
      out.push([
        seg("|"),
        seg(padEnd(` ${b.category}（${b.count}）`, table.layout.width - 2), { bold: true, color: "cyan" }),
        seg("|"),
      ]);
      continue;
    }
    const row = table.rows[metricIndex.get(b.metric.id)!]!;
    const value = row.cells.find((c) => c.column === "value")!;
    // Cell offsets are in columns; map them to string offsets on the ASCII-bordered row text.
    const at = row.text.indexOf(value.text, row.cells[0]!.text.length + 1);
    const styled = highlight(
      row.text,
      at < 0 ? [] : [{ start: at, end: at + value.text.length, style: { color: "yellow" } }],
    );
    out.push(b.index === d.selected ? styled.map((s) => seg(s.text, { ...s.style, inverse: true })) : styled);
  }
  out.push(line(rule.text, { dim: true }));
  return out;
}

export function dataView(state: State): Line[] {
  const d = state.data;
  const view = metricRows(d.filter.text, d.sort);
  const cols = state.size.columns;
  const h = bodyHeight(state.size);
  const { detail } = dataLayout(state.size);
  const note = `排序：${SORT_LABELS[d.sort]}  ${view.rows.length}项`;
  const top = queryLine("筛选> ", d.filter, cols, note);
  const table = tableLines(state);
  const m = view.rows[d.selected];
  const source = m
    ? wrap(`${m.paragraphId}「${m.quote}」${m.kind === "derived" ? ` 推算：${m.derivation.formula}` : ""}`, cols)
    : [d.filter.text === "" ? "" : "没有符合筛选的数字（Esc 清除筛选）"];
  const detailLines = source
    .slice(0, detail)
    .map((t, i) => fitLine(line(i === detail - 1 && source.length > detail ? `${t}…` : t, { dim: true }), cols));
  return [top, ...table, ...detailLines].slice(0, h);
}

export function DataPane({ state }: { state: State }) {
  return <Lines lines={dataView(state)} />;
}
