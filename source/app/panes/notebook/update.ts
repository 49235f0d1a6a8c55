// 笔记's update: pure. A finder over the notes; every change to a note goes out as an intent (the
// root stamps it and sends it to the store), so this slice only keeps what the list shows.
import type { Size } from "../../../terminal/size";
import type { Action } from "../../actions";
import { resizeFinder, updateFinder } from "../../widgets/finder";
import { LIST_START } from "../../widgets/list";
import type { Intent, PaneStep } from "../pane";
import { nextTag, notebookListHeight, shownNotes } from "./model";
import { type NotebookState, ORDERS } from "./state";

type Step = PaneStep<NotebookState>;

/** The rank that puts a note one place up (-1) or down (+1) in the user's own order, or null at an end. */
function movedRank(s: NotebookState, id: string, delta: 1 | -1): number | null {
  const own = shownNotes({ ...s, order: "own" });
  const i = own.findIndex((n) => n.id === id);
  const near = own[i + delta];
  if (i < 0 || !near) return null;
  const beyond = own[i + 2 * delta];
  return beyond ? (near.rank + beyond.rank) / 2 : near.rank + delta;
}

function act(s: NotebookState, action: Action, size: Size): Step {
  const note = shownNotes(s)[s.list.selected];
  const intent = (i: Intent): Step => ({ slice: s, intent: i });
  switch (action.type) {
    case "cycleSort": {
      const order = ORDERS[(ORDERS.indexOf(s.order) + 1) % ORDERS.length]!;
      return { slice: { ...s, order, list: LIST_START } };
    }
    case "draft":
      return intent({ type: "draft", to: action.to });
    case "undo": {
      const id = s.deleted.at(-1);
      if (id === undefined) return { slice: s, notice: "没有可撤销的删除" };
      return {
        slice: { ...s, deleted: s.deleted.slice(0, -1) },
        intent: { type: "note", change: { op: "restore", id } },
      };
    }
  }
  if (!note) return { slice: s };
  switch (action.type) {
    case "open": {
      const q = note.quotes[0]!;
      return intent({ type: "openParagraph", paragraphId: q.paragraph, span: { start: q.start, end: q.end } });
    }
    case "editNote":
      return intent({ type: "editNote", id: note.id });
    case "tag":
      return intent({ type: "note", change: { op: "tag", id: note.id, tag: action.tag } });
    case "cycleTag":
      return intent({ type: "note", change: { op: "tag", id: note.id, tag: nextTag(note.tag) } });
    case "deleteNote":
      return {
        slice: { ...s, deleted: [...s.deleted, note.id] },
        intent: { type: "note", change: { op: "delete", id: note.id } },
        notice: `已删除笔记：${note.label}（按 u 撤销）`,
      };
    case "moveNote": {
      const own = { ...s, order: "own" as const };
      const rank = movedRank(own, note.id, action.delta);
      if (rank === null) return { slice: own };
      // The selection stays on the note; once moved, the root's withNotes follows it to its new place.
      const notice = s.order === "own" ? undefined : "已切换到自定顺序（按 s 换顺序）";
      return {
        slice: selectNote(own, note.id, size),
        intent: { type: "note", change: { op: "move", id: note.id, rank } },
        ...(notice ? { notice } : {}),
      };
    }
    default:
      return { slice: s };
  }
}

export function updateNotebook(s: NotebookState, action: Action, size: Size): Step {
  if (action.type === "back" && !s.query.focused && s.query.text === "" && s.paragraph !== null) {
    return { slice: { ...s, paragraph: null, list: LIST_START } };
  }
  const count = (query: string) => shownNotes({ ...s, query: { ...s.query, text: query } }).length;
  const found = updateFinder(s, action, { count, height: notebookListHeight(size), refocusOnClear: false });
  if (found) return { slice: found };
  return act(s, action, size);
}

/** The notes changed (a tag, a save, another explorer's merge): the selection stays on the same
 * note where it is still listed (a retag moves it in 按标签), else within the list. */
export function withNotes(s: NotebookState, notes: NotebookState["notes"], size: Size): NotebookState {
  if (notes === s.notes) return s;
  const selected = shownNotes(s)[s.list.selected]?.id;
  const next = { ...s, notes };
  const shown = shownNotes(next);
  const at = shown.findIndex((n) => n.id === selected);
  const list = at < 0 || at === s.list.selected ? next.list : { ...next.list, selected: at };
  return resizeFinder({ ...next, list }, shown.length, notebookListHeight(size));
}

export const resizeNotebook = (s: NotebookState, _from: Size, to: Size): NotebookState =>
  resizeFinder(s, shownNotes(s).length, notebookListHeight(to));

/** 笔记 with a note selected (the one just added), when it is listed. */
export function selectNote(s: NotebookState, id: string, size: Size): NotebookState {
  const shown = shownNotes(s);
  const at = shown.findIndex((n) => n.id === id);
  if (at < 0) return s;
  return resizeFinder({ ...s, list: { ...s.list, selected: at } }, shown.length, notebookListHeight(size));
}
