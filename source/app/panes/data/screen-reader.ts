// 数据 for a screen reader: the filter, the selected figure with its quote, then the figures after it.
import type { Size } from "../../../terminal/size";
import { LABELS } from "../../theme";
import { figureLine, plainLines, screenReaderList } from "../../ui/screen-reader";
import type { Line } from "../../ui/styled";
import { figureRows, sortLabel } from "./model";
import type { DataState } from "./state";

export function dataScreenReader(d: DataState, size: Size): Line[] {
  const { rows } = figureRows(d.filter.text, d.sort);
  const filter = d.filter.focused || d.filter.text !== "" ? `筛选：${d.filter.text}，` : "";
  const head = plainLines(`${filter}排序：${sortLabel(d.sort)}，${rows.length}项`, size.columns);
  const m = rows[d.list.selected];
  const detail = m
    ? [`原文：「${m.quote}」`, ...(m.kind === "derived" ? [`${LABELS.derived}：${m.derivation.formula}`] : [])]
    : [];
  return [...head, ...screenReaderList("数据", rows.map(figureLine), d.list.selected, "项", detail, size.columns)];
}
