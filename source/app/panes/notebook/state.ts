// 笔记's state: the notes (the root keeps them in step with State.notes), the filter box, the
// selection, the order, a filter to one paragraph (from the reader), and the deletes `u` can undo.
import type { Note } from "../../../notes/note";
import { LIST_START, type ListState } from "../../widgets/list";
import { emptyQueryBox, type QueryBox } from "../../widgets/query-box";

/** 报告顺序, 按标签, 按时间, and the user's own order (J/K move a note in it). */
export const ORDERS = ["report", "tag", "time", "own"] as const;
export type NoteOrder = (typeof ORDERS)[number];

export interface NotebookState {
  /** Every note, deleted ones included (undo and a merge restore them); views show the live ones. */
  readonly notes: readonly Note[];
  readonly query: QueryBox;
  readonly list: ListState;
  readonly order: NoteOrder;
  /** Only the notes of this paragraph (the reader's `A`), or all. */
  readonly paragraph: string | null;
  /** Ids of the notes deleted here, the last one last: `u` restores it. */
  readonly deleted: readonly string[];
}

export const NOTEBOOK_START: NotebookState = {
  notes: [],
  query: emptyQueryBox(false),
  list: LIST_START,
  order: "report",
  paragraph: null,
  deleted: [],
};
