// The comment editor `a` opens over any pane (and `e` in 笔记): the note's place and quote on top,
// its comment below, edited with the query boxes' keys plus line breaks and Up/Down between lines.
// Every change is the note's comment at once (the root sends it to the store); Esc closes, keeping it.
import type { Note } from "../notes/note";
import { noteName } from "../notes/note-of";
import type { Size } from "../terminal/size";
import { verticalMove } from "../text/line-edit";
import { padEnd, width, wrap } from "../text/width";
import type { Action } from "./actions";
import { bodyHeight } from "./geometry";
import { tagLabel } from "./panes/notebook/model";
import { THEME } from "./theme";
import { cutLine, fitLine, type Line, line, seg } from "./ui/styled";
import { editQueryBox, type QueryBox, queryBoxOf } from "./widgets/query-box";
import { textAreaLines } from "./widgets/text-area";

export interface EditorState {
  readonly noteId: string;
  readonly comment: QueryBox;
}

export const openEditor = (note: Note): EditorState => ({ noteId: note.id, comment: queryBoxOf(note.comment, true) });

/** The editor after an action: the same value when the action does nothing here, null when it closes. */
export function updateEditor(e: EditorState, action: Action): EditorState | null {
  if (action.type === "back") return null;
  if (action.type === "move" && (action.delta === 1 || action.delta === -1)) {
    return { ...e, comment: { ...verticalMove(e.comment, action.delta), focused: true } };
  }
  const edited = editQueryBox(e.comment, action, true);
  return edited && edited !== e.comment ? { ...e, comment: edited } : e;
}

/** The editor over the body: a title bar (place, tag, whether saved), the quote, then the comment. */
export function editorView(e: EditorState, note: Note | undefined, status: string, size: Size): Line[] {
  const cols = size.columns;
  const h = bodyHeight(size);
  if (!note) return [line("这条笔记已不在笔记本中。按 Esc 关闭。", THEME.muted)];
  const title = `笔记 ${noteName(note)} [${tagLabel(note.tag)}]`;
  const bar = fitLine(
    [seg(padEnd(title, Math.max(0, cols - width(status) - 1)), THEME.active), seg(" "), seg(status, THEME.active)],
    cols,
    THEME.active,
  );
  const quote = note.quotes.map((q) => q.text).join(" ");
  const room = Math.max(1, Math.floor((h - 2) / 3));
  const wrapped = wrap(quote, cols);
  const quoteLines = wrapped
    .slice(0, room)
    .map((t, i) => line(i === room - 1 && wrapped.length > room ? `${t.slice(0, -1)}…` : t, THEME.muted));
  const rule = line("评论：", THEME.strong);
  const area = textAreaLines(
    e.comment,
    cols,
    Math.max(1, h - 2 - quoteLines.length),
    "写下你的意见（可多行；Esc 完成）",
  );
  return [bar, ...quoteLines, rule, ...area].slice(0, h).map((l) => cutLine(l, cols));
}
