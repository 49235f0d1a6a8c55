// 笔记: the notes collected with `a`, to review, tag, comment, order and export as a draft.

import { cursorBound, listBounds } from "../../widgets/bounds";
import type { Pane } from "../pane";
import { notebookListHeight, shownNotes } from "./model";
import { notebookScreenReader } from "./screen-reader";
import type { NotebookState } from "./state";
import { resizeNotebook, updateNotebook } from "./update";
import { notebookView } from "./view";

export const notebookPane: Pane<NotebookState> = {
  context: (s) => (s.query.focused ? "input" : "notebook"),
  update: updateNotebook,
  view: notebookView,
  screenReader: notebookScreenReader,
  resize: resizeNotebook,
  enter: (s) => s,
  // y copies the selected note's first quote, with its place.
  selection: (s) => {
    const q = shownNotes(s)[s.list.selected]?.quotes[0];
    return q ? { kind: "selection", id: q.paragraph, start: q.start, end: q.end } : null;
  },
  bounds: (s, size) => [
    ...listBounds("notebook", s.list, shownNotes(s).length, notebookListHeight(size)),
    cursorBound("notebook.query", s.query),
  ],
};
