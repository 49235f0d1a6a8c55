// The explorer's side of the notebook: changes saved after the key (never during it), in order, a
// run of comment edits saved as its last text; the store's answer dispatched back; everything left
// saved by flush at the end; drafts to new files only.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paragraphById } from "../data/index";
import type { Action } from "../source/app/actions";
import { notesShell } from "../source/app/notes-shell";
import type { Note, NoteOp } from "../source/notes/note";
import { openNotebook } from "../source/notes/notebook";

const QUOTE = "执结执行案件22502件";
const AT = paragraphById.get("2.2.p4")!.text.indexOf(QUOTE);
const NOTE: Note = {
  id: "n1",
  kind: "figure",
  ref: "enforcement.closed",
  label: "执结执行案件22502件",
  quotes: [{ paragraph: "2.2.p4", start: AT, end: AT + QUOTE.length, text: QUOTE }],
  tag: null,
  comment: "",
  created: "2026-01-01T00:00:00.000Z",
  updated: "2026-01-01T00:00:00.000Z",
  rank: 1,
};
const comment = (text: string, at: number): NoteOp => ({
  op: "comment",
  id: "n1",
  comment: text,
  at: `2026-01-01T00:00:0${at}.000Z`,
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "court-report-notes-"));
  const path = join(dir, "notes.json");
  const actions: Action[] = [];
  const copied: string[] = [];
  const shell = notesShell({
    path,
    dispatch: (a) => void actions.push(a),
    copy: (t) => void copied.push(t),
    draftDirs: [dir],
    today: () => "2026-01-01",
  });
  return { dir, path, actions, copied, shell };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("the notes shell", () => {
  it("saves nothing during the key, then every change in order, and says how many it covered", async () => {
    const { path, actions, shell } = setup();
    shell.saveNote({ op: "add", note: NOTE });
    shell.saveNote(comment("执", 1));
    shell.saveNote(comment("执行", 2));
    expect(actions).toEqual([]);
    expect(openNotebook(path).notes).toEqual([]);
    await nextTurn();
    expect(actions).toHaveLength(1);
    const saved = actions[0]!;
    expect(saved.type === "notesSaved" && saved.ops).toBe(3);
    expect(saved.type === "notesSaved" && saved.result.ok && saved.result.notes[0]!.comment).toBe("执行");
    expect(openNotebook(path).notes[0]!.comment).toBe("执行");
  });

  it("flush saves what is still queued, at once (the end of the explorer)", () => {
    const { path, shell } = setup();
    shell.saveNote({ op: "add", note: NOTE });
    shell.saveNote(comment("最后一句", 3));
    shell.flush();
    expect(openNotebook(path).notes[0]!.comment).toBe("最后一句");
  });

  it("open sends the notebook in", () => {
    const { actions, shell } = setup();
    shell.open();
    expect(actions).toEqual([{ type: "notesOpened", notes: [], problem: null }]);
  });

  it("a draft goes to a new file, never over an existing one, and the path is said", () => {
    const { dir, actions, shell } = setup();
    writeFileSync(join(dir, "审议意见草稿-2026-01-01.md"), "mine");
    shell.draft("file", [NOTE]);
    expect(readFileSync(join(dir, "审议意见草稿-2026-01-01.md"), "utf8")).toBe("mine");
    const written = join(dir, "审议意见草稿-2026-01-01-2.md");
    expect(readFileSync(written, "utf8")).toContain(QUOTE);
    expect(actions.at(-1)).toEqual({ type: "draftDone", message: `草稿已写入 ${written}（1条笔记）` });
    shell.draft("file", [NOTE]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".md"))).toHaveLength(3);
  });

  it("a draft to the clipboard is copied and counted", () => {
    const { actions, copied, shell } = setup();
    shell.draft("clipboard", [NOTE]);
    expect(copied).toHaveLength(1);
    expect(actions.at(-1)).toMatchObject({ type: "draftDone", message: expect.stringContaining("1条笔记") });
  });
});
