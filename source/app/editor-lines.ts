// The editor as the frame draws it, with whether its note is saved: the store's confirmations are in
// State.saving, which the editor's own view does not see.
import { editorView } from "./editor";
import type { State } from "./state";
import type { Line } from "./ui/styled";

export const SAVED = "已保存";

/** 已保存 only once the store confirmed every change of the note. */
export function saveStatus(state: State, id: string): string {
  if (state.saving.unsaved.some((op) => (op.op === "add" ? op.note.id : op.id) === id)) return "保存中…";
  return state.saving.problem ? "未能保存" : SAVED;
}

/** The editor over the body, as the frame draws it. */
export function editorLines(state: State): Line[] {
  const e = state.editor!;
  return editorView(
    e,
    state.notes.find((n) => n.id === e.noteId),
    saveStatus(state, e.noteId),
    state.size,
  );
}
