// 笔记 for a screen reader: the counts, the filter, the selected note with its quote and comment,
// then the notes after it.
import type { Size } from "../../../terminal/size";
import { plainLines, screenReaderList } from "../../ui/screen-reader";
import type { Line } from "../../ui/styled";
import { shownNotes, tagLabel } from "./model";
import type { NotebookState } from "./state";
import { countsText } from "./view";

export function notebookScreenReader(s: NotebookState, size: Size): Line[] {
  const cols = size.columns;
  const shown = shownNotes(s);
  const head = plainLines(`${countsText(s)}${s.query.text === "" ? "" : `，筛选：${s.query.text}`}`, cols);
  const items = shown.map((n) => `${tagLabel(n.tag)} ${n.quotes[0]?.paragraph ?? ""} ${n.label}`);
  const n = shown[s.list.selected];
  const detail = n
    ? [
        ...n.quotes.map((q) => `「${q.text}」（${q.paragraph}）`),
        n.comment === "" ? "（没有评论）" : `评论：${n.comment}`,
      ]
    : [];
  return [...head, ...screenReaderList("笔记", items, s.list.selected, "条", detail, cols)];
}
