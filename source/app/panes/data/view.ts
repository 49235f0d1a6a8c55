// 数据's view: every figure in one table grouped by category, filtered as you type, with the
// selected figure's source sentence under the table.
import type { Size } from "../../../terminal/size";
import { padEnd, wrap } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import { LABELS, THEME } from "../../theme";
import { fitLine, highlight, type Line, line, restyle, seg } from "../../ui/styled";
import { queryBoxLine } from "../../widgets/query-box";
import { dataLayout, dataTable, figureIndex, figureRows, sortLabel } from "./model";
import type { DataState } from "./state";

/** The table's lines: rules, header, the visible part of the body; every line the table's width. */
export function tableLines(d: DataState, size: Size): Line[] {
  const view = figureRows(d.filter.text, d.sort);
  const table = dataTable(size.columns);
  const { bodyRows, rules } = dataLayout(size);
  const { rule, header } = table;
  const ruled = (l: Line): Line[] => (rules ? [l] : []);
  const out: Line[] = [...ruled(line(rule.text, THEME.muted)), line(header.text, THEME.strong)];
  out.push(...ruled(line(rule.text, THEME.muted)));
  for (const b of view.body.slice(d.list.top, d.list.top + bodyRows)) {
    if (b.kind === "group") {
      out.push([seg("|"), seg(padEnd(` ${b.title}（${b.count}）`, table.layout.width - 2), THEME.group), seg("|")]);
      continue;
    }
    const row = table.rows[figureIndex.get(b.figure.id)!]!;
    const value = row.cells.find((c) => c.column === "value")!;
    // Cell offsets are in columns; map them to string offsets on the ASCII-bordered row text.
    const at = row.text.indexOf(value.text, row.cells[0]!.text.length + 1);
    const styled = highlight(row.text, at < 0 ? [] : [{ start: at, end: at + value.text.length, style: THEME.figure }]);
    out.push(b.index === d.list.selected ? restyle(styled, THEME.selected) : styled);
  }
  out.push(...ruled(line(rule.text, THEME.muted)));
  return out;
}

export function dataView(d: DataState, size: Size): Line[] {
  const view = figureRows(d.filter.text, d.sort);
  const cols = size.columns;
  const { detail } = dataLayout(size);
  const note = `排序：${sortLabel(d.sort)}  ${view.rows.length}项`;
  const m = view.rows[d.list.selected];
  const source = m
    ? wrap(
        `${m.paragraphId}「${m.quote}」${m.kind === "derived" ? ` ${LABELS.derived}：${m.derivation.formula}` : ""}`,
        cols,
      )
    : [d.filter.text === "" ? "" : "没有符合筛选的数字（Esc 清除筛选）"];
  const detailLines = source
    .slice(0, detail)
    .map((t, i) => fitLine(line(i === detail - 1 && source.length > detail ? `${t}…` : t, THEME.muted), cols));
  return [queryBoxLine("筛选> ", d.filter, cols, note), ...tableLines(d, size), ...detailLines].slice(
    0,
    bodyHeight(size),
  );
}
