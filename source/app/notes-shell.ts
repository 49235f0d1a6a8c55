// The explorer's side of the notebook: changes queue up and are saved after the key's frame
// (setImmediate), in order, a run of comment edits of one note saved as its last; the store's answer
// goes back into the update as a `notesSaved` action. At the end `flush` saves what is left before
// the process goes. Drafts are written to a new file (never over an existing one) or copied.
import { join } from "node:path";
import { writeDraft } from "../notes/draft-file";
import { draftMarkdown } from "../notes/export";
import type { Note, NoteOp } from "../notes/note";
import { type Notebook, openNotebook, saveOp } from "../notes/notebook";
import { CLIP_LIMIT, utf8Length } from "../output/osc52";
import type { Action } from "./actions";

export interface NotesShell {
  /** Reads the notebook and sends it in as `notesOpened` (after the first frame). */
  open(): void;
  saveNote(op: NoteOp): void;
  draft(to: "file" | "clipboard", notes: readonly Note[]): void;
  /** Saves every queued change now (at the end). */
  flush(): void;
}

export interface NotesShellOptions {
  readonly path: string | null;
  readonly dispatch: (action: Action) => void;
  readonly copy: (text: string) => void;
  /** Where drafts are written: the current directory, else the notebook's. */
  readonly draftDirs: readonly string[];
  readonly today: () => string;
}

/** A run of comment edits of one note is one save: the last text is all that counts. */
function coalesced(ops: readonly NoteOp[]): NoteOp[] {
  const out: NoteOp[] = [];
  for (const op of ops) {
    const prev = out.at(-1);
    if (prev?.op === "comment" && op.op === "comment" && prev.id === op.id) out[out.length - 1] = op;
    else out.push(op);
  }
  return out;
}

export function notesShell({ path, dispatch, copy, draftDirs, today }: NotesShellOptions): NotesShell {
  let notebook: Notebook | null = null;
  let queue: NoteOp[] = [];
  let scheduled = false;
  const book = (): Notebook => {
    notebook ??= openNotebook(path);
    return notebook;
  };
  const drain = (answer: boolean) => {
    scheduled = false;
    const ops = queue;
    queue = [];
    if (ops.length === 0) return;
    let result: ReturnType<typeof saveOp> = { ok: true, notes: book().notes };
    for (const op of coalesced(ops)) {
      const r = saveOp(book(), op);
      if (!r.ok) result = r;
      else if (result.ok) result = r;
    }
    if (answer) dispatch({ type: "notesSaved", result, ops: ops.length });
  };
  return {
    open: () => {
      const b = book();
      dispatch({ type: "notesOpened", notes: b.notes, problem: b.problem });
    },
    saveNote: (op) => {
      queue.push(op);
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => drain(true));
      }
    },
    draft: (to, notes) => {
      const text = draftMarkdown(notes, "tag");
      if (to === "clipboard") {
        if (utf8Length(text) > CLIP_LIMIT) {
          dispatch({ type: "draftDone", message: "草稿超过 100 KB，终端不接受，未复制（按 w 写入文件）" });
          return;
        }
        copy(text);
        dispatch({ type: "draftDone", message: `草稿已发送到剪贴板（终端需支持 OSC 52）：${notes.length}条笔记` });
        return;
      }
      // 审议意见草稿-DATE.md, or -2, -3… beside it: never over a file that is there (writeDraft).
      let last = "";
      for (const dir of draftDirs) {
        const written = writeDraft(join(dir, `审议意见草稿-${today()}.md`), text);
        if (written.ok) {
          dispatch({ type: "draftDone", message: `草稿已写入 ${written.path}（${notes.length}条笔记）` });
          return;
        }
        last = written.message;
      }
      dispatch({ type: "draftDone", message: last });
    },
    flush: () => drain(false),
  };
}
