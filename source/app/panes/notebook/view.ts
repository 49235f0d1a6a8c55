// 笔记's view: a line of counts per tag and the order, the filter box, and one line per note — its
// tag, where it stands, the start of its quote and of its comment.
import type { Note } from "../../../notes/note";
import { sectionTitleOf, shortText } from "../../../notes/note-of";
import type { Size } from "../../../terminal/size";
import { wrap } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import { THEME } from "../../theme";
import { cutLine, type Line, line, seg } from "../../ui/styled";
import { listLines } from "../../widgets/list";
import { queryBoxLine } from "../../widgets/query-box";
import { notebookDetailHeight, notebookListHeight, ORDER_LABELS, shownNotes, tagCounts } from "./model";
import type { NotebookState } from "./state";

/** The counts line: 笔记5  肯定2 问题1 建议0 疑问0 无标签2  报告顺序. */
export function countsText(s: NotebookState): string {
  const counts = tagCounts(s.notes)
    .map((c) => `${c.label}${c.count}`)
    .join(" ");
  const total = shownNotes({ ...s, query: { ...s.query, text: "" }, paragraph: null }).length;
  const where = s.paragraph === null ? "" : `  段落${s.paragraph}`;
  return `笔记${total}  ${counts}  ${ORDER_LABELS[s.order]}${where}`;
}

/** One note on one line: [肯定] 2.2.p4 执结执行案件22502件｜评论的开头. */
export function noteLine(n: Note, columns: number): Line {
  const quote = n.quotes[0];
  const comment = n.comment === "" ? [] : [seg("｜", THEME.muted), seg(shortText(n.comment, columns))];
  return cutLine(
    [
      seg(n.tag === null ? "[    ] " : `[${n.tag}] `, n.tag === null ? THEME.muted : THEME.strong),
      seg(`${quote?.paragraph ?? ""} `, THEME.muted),
      seg(
        shortText(
          n.kind === "figure" || n.kind === "entry" || n.kind === "chart" ? n.label : (quote?.text ?? ""),
          columns,
        ),
      ),
      ...comment,
    ],
    columns,
  );
}

export function notebookView(s: NotebookState, size: Size): Line[] {
  const cols = size.columns;
  const shown = shownNotes(s);
  const note = s.query.text === "" ? "" : shown.length === 0 ? "无结果" : `${s.list.selected + 1}/${shown.length}`;
  const out: Line[] = [line(countsText(s), THEME.strong), queryBoxLine("笔记> ", s.query, cols, note)];
  if (shown.length === 0) {
    const empty =
      s.notes.length === 0 || s.query.text === ""
        ? "还没有笔记。在任何窗格按 a，把所选内容加入笔记。"
        : "没有符合筛选的笔记（Esc 清除筛选）。";
    out.push(line(empty, THEME.muted));
  }
  out.push(
    ...listLines(
      shown.map((n) => noteLine(n, cols)),
      s.list,
      notebookListHeight(size),
      cols,
      !s.query.focused,
    ),
  );
  const detail = notebookDetailHeight(size);
  const selected = shown[s.list.selected];
  if (detail > 0 && selected) {
    while (out.length < bodyHeight(size) - detail - 1) out.push([]);
    out.push(line("-".repeat(cols), THEME.muted), ...detailLines(selected, cols).slice(0, detail));
  }
  return out.slice(0, bodyHeight(size)).map((l) => cutLine(l, cols));
}

/** The selected note whole: where it stands (section and paragraph), its quotes, its comment. */
function detailLines(n: Note, columns: number): Line[] {
  const q = n.quotes[0];
  const where = q
    ? `${sectionTitleOf(q.paragraph)} · ${q.paragraph}${n.quotes.length > 1 ? ` 等${n.quotes.length}处` : ""}`
    : "";
  return [
    line(where, THEME.muted),
    ...wrap(n.quotes.map((x) => `「${x.text}」`).join(""), columns).map((t) => line(t)),
    ...(n.comment === ""
      ? [line("（还没有评论：按 e 写）", THEME.muted)]
      : wrap(`评论：${n.comment}`, columns).map((t) => line(t, THEME.strong))),
  ];
}
