// What a key press means, independent of the key: the keymap produces these, the reducer applies
// them. Movement actions are relative to whatever has focus; the reducer decides what moves.
import type { Note, Tag } from "../notes/note";
import type { Size } from "../terminal/size";
import type { PaneId } from "./tabs";

/** Backspace, Delete, C-w, C-u, C-k; Left/Right (C-b/C-f), Home/End (C-a/C-e). */
export type EditOp =
  | "backspace"
  | "deleteForward"
  | "deleteWordBack"
  | "deleteToStart"
  | "deleteToEnd"
  | "left"
  | "right"
  | "home"
  | "end";

export type Action =
  | { readonly type: "resize"; readonly size: Size }
  | { readonly type: "pane"; readonly pane: PaneId }
  | { readonly type: "cyclePane"; readonly delta: 1 | -1 }
  /** j/k, arrows: one step. */
  | { readonly type: "move"; readonly delta: number }
  /** PgUp/PgDn/Space: one screen. */
  | { readonly type: "page"; readonly delta: 1 | -1 }
  /** C-d/C-u: half a screen. */
  | { readonly type: "halfPage"; readonly delta: 1 | -1 }
  /** g/G, Home/End. */
  | { readonly type: "jump"; readonly to: "start" | "end" }
  /** Enter. */
  | { readonly type: "open" }
  /** Esc. */
  | { readonly type: "back" }
  /** h/l, Left/Right: between the contents and the reader, or between a text's terms and figures. */
  | { readonly type: "side"; readonly delta: 1 | -1 }
  /** `/`: focus the active pane's text box. */
  | { readonly type: "focusQueryBox" }
  | { readonly type: "type"; readonly text: string }
  /** A text box's editing keys, as a shell line has them. */
  | { readonly type: "edit"; readonly op: EditOp }
  /** n/N: next or previous match of the reader's find, across the whole report. */
  | { readonly type: "findNext"; readonly delta: 1 | -1 }
  /** s: 数据's next sort key; S: the same key the other way round. */
  | { readonly type: "cycleSort" }
  | { readonly type: "reverseSort" }
  /** [ and ]: the previous or next section of the report. */
  | { readonly type: "section"; readonly delta: 1 | -1 }
  /** `z`: the reader alone, the whole width (or the contents beside it again). */
  | { readonly type: "wide" }
  /** `:`: the goto prompt of the reader. */
  | { readonly type: "openGoto" }
  /** `m` and `'`: the next key names a mark to set or to return to. */
  | { readonly type: "pending"; readonly kind: "setMark" | "toMark" }
  /** Backspace, C-o / C-r: back to the place before the last jump, or forward again. */
  | { readonly type: "history"; readonly delta: 1 | -1 }
  | { readonly type: "help" }
  /** y / Y: copy what is selected, as plain text or as Markdown. */
  | { readonly type: "copy"; readonly format: "plain" | "markdown" }
  | { readonly type: "quit" }
  /** C-z: give the terminal back to the shell until `fg` (the App raises SIGTSTP). */
  | { readonly type: "suspend" }
  /** `a`: add what is selected to the notebook and open its comment editor. */
  | { readonly type: "addNote" }
  /** The notebook as opened at start (after the first frame), and why it cannot be saved to, if so. */
  | { readonly type: "notesOpened"; readonly notes: readonly Note[]; readonly problem: string | null }
  /** The store carried out the next `ops` changes sent to it (their result), off the key path. */
  | { readonly type: "notesSaved"; readonly result: SaveResult; readonly ops: number }
  /** What became of a draft sent to a file or the clipboard: one line for the status line. */
  | { readonly type: "draftDone"; readonly message: string }
  /** Tag the note being edited or selected (`null`: no tag); `cycleTag` steps through them. */
  | { readonly type: "tag"; readonly tag: Tag | null }
  | { readonly type: "cycleTag" }
  /** In 笔记: edit the selected note's comment, delete it, undo a delete, move it among the notes. */
  | { readonly type: "editNote" }
  | { readonly type: "deleteNote" }
  | { readonly type: "undo" }
  | { readonly type: "moveNote"; readonly delta: 1 | -1 }
  /** In 笔记: the draft (Markdown) to a new file, or to the clipboard. */
  | { readonly type: "draft"; readonly to: "file" | "clipboard" }
  /** In the reader: the notes of the paragraph being read, in 笔记. */
  | { readonly type: "notesHere" }
  /** `v`: start (or end) a selection in the reader; then move its end by a unit. */
  | { readonly type: "visual" }
  | { readonly type: "visualMove"; readonly unit: VisualUnit; readonly delta: 1 | -1 };

/** What a visual selection's end moves by. */
export type VisualUnit = "char" | "word" | "sentence" | "line" | "paragraph";

/** What the notebook's store answers for a change: the notes after it (another explorer's merged
 * in), or why it could not save. */
export type SaveResult =
  | { readonly ok: true; readonly notes: readonly Note[] }
  | { readonly ok: false; readonly message: string };
