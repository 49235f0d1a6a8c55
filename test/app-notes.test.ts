// Notes in the explorer, at the reducer: `a` in every pane, the comment editor, the 笔记 pane (tags,
// delete and undo, moving, the filter, Enter into the reader), the reader's visual selection and
// margin marks, and how the store's answers come back.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { paragraphById } from "../data/index";
import type { Effect } from "../source/app/effects";
import { frameLines, headerLine } from "../source/app/frame";
import { shownNotes } from "../source/app/panes/notebook/model";
import { initialState, type State } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { update } from "../source/app/update";
import type { Note, NoteOp } from "../source/notes/note";
import { key, paste, send } from "./helpers/explorer-state";

const REPORT = readFileSync(new URL("../data/report.txt", import.meta.url), "utf8");

/** A clock that counts: note ids n1, n2…, times one second apart. */
function start(columns = 80, rows = 24): State {
  let n = 0;
  let t = 0;
  const clock = {
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++)).toISOString(),
    newId: () => `n${++n}`,
  };
  return initialState({ columns, rows }, { clock });
}

const screen = (s: State) => frameLines(s).map(lineText);
const ops = (effects: readonly Effect[]): NoteOp[] => effects.flatMap((e) => (e.type === "note" ? [e.op] : []));
const live = (s: State): Note[] => s.notes.filter((n) => n.deleted === undefined);

/** Every quote is a verbatim run of its paragraph, and of data/report.txt. */
function expectVerbatim(note: Note): void {
  expect(note.quotes.length).toBeGreaterThan(0);
  for (const q of note.quotes) {
    expect(paragraphById.get(q.paragraph)!.text.slice(q.start, q.end)).toBe(q.text);
    expect(REPORT).toContain(q.text);
  }
}

/** `a` after `path`: the one note added, the ops sent, the state. */
function add(...path: (string | ReturnType<typeof key>)[]) {
  const before = send(start(), ...path).state;
  const step = send(before, "a");
  const added = step.state.notes.filter((n) => !before.notes.includes(n));
  expect(added).toHaveLength(1);
  return { note: added[0]!, step, state: step.state };
}

describe("a adds what is under the selection, at once", () => {
  it("in 数据: the selected figure with its verbatim sentence; the add goes to the store first", () => {
    const { note, step, state } = add("2", "/", "zjzx", key("escape"));
    expect(note).toMatchObject({ kind: "figure", ref: "enforcement.closed", tag: null, comment: "" });
    expect(note.quotes).toEqual([expect.objectContaining({ paragraph: "2.2.p4", text: "执结执行案件22502件" })]);
    expectVerbatim(note);
    expect(step.effects[0]).toEqual({ type: "note", op: { op: "add", note } });
    expect(state.notice).toBe("已加入笔记：2.2.p4「执结执行案件22502件」");
    expect(state.editor?.noteId).toBe(note.id);
    expect(state.saving.unsaved).toHaveLength(1);
  });

  it("in 图表: one quote per figure of the chart, in the chart's order", () => {
    const { note } = add("3");
    expect(note.kind).toBe("chart");
    expect(note.quotes.length).toBeGreaterThan(1);
    expectVerbatim(note);
  });

  it("in 用语: the entry's definition, in 附件一", () => {
    const { note } = add("4", "sfss", key("escape"));
    expect(note).toMatchObject({ kind: "entry", label: "示范诉讼" });
    expectVerbatim(note);
  });

  it("in 搜索: the result's paragraph", () => {
    const { note } = add("5", "未成年人", key("escape"));
    expect(note.kind).toBe("result");
    expect(note.quotes[0]!.text).toBe(paragraphById.get(note.quotes[0]!.paragraph)!.text);
    expectVerbatim(note);
  });

  it("in 报告: the paragraph being read, whole; with a figure open, the figure", () => {
    const { note } = add(key("enter"));
    expect(note.kind).toBe("paragraph");
    expect(note.quotes[0]!.text).toBe(paragraphById.get(note.quotes[0]!.paragraph)!.text);
    expectVerbatim(note);
    const open = add(key("enter"), "l", key("enter"));
    expect(["figure", "entry"]).toContain(open.note.kind);
    expectVerbatim(open.note);
  });

  it("in 笔记 nothing is added twice", () => {
    const s = send(start(), "2", "a", key("escape"), "6", "a").state;
    expect(s.notes).toHaveLength(1);
    expect(s.editor).toBeNull();
  });
});

describe("the comment editor", () => {
  const opened = () => add("2", "/", "zjzx", key("escape")).state;

  it("takes Chinese, pastes and line breaks; every change is the note's comment at once", () => {
    const step = send(opened(), "执行", paste("到位率\n很高"), key("enter"), "建议");
    const note = step.state.notes[0]!;
    expect(note.comment).toBe("执行到位率\n很高\n建议");
    expect(step.state.editor?.comment.text).toBe(note.comment);
    expect(ops(step.effects).every((op) => op.op === "comment")).toBe(true);
    expect(ops(step.effects).at(-1)).toMatchObject({ op: "comment", comment: "执行到位率\n很高\n建议" });
  });

  it("edits with the query boxes' keys, on the cursor's line; Up/Down move between lines", () => {
    let s = send(opened(), "第一行", key("enter"), "第二行").state;
    s = send(s, key("ctrl-a"), key("ctrl-k")).state;
    expect(s.notes[0]!.comment).toBe("第一行\n");
    s = send(s, key("up"), key("end"), key("backspace"), "句").state;
    expect(s.notes[0]!.comment).toBe("第一句\n");
    s = send(s, key("ctrl-w")).state;
    expect(s.notes[0]!.comment).toBe("\n");
  });

  it("Esc closes it and keeps what was typed; q and digits are text while it is open", () => {
    const step = send(opened(), "q6", key("escape"));
    expect(step.state.editor).toBeNull();
    expect(step.effects.some((e) => e.type === "quit")).toBe(false);
    expect(step.state.notes[0]!.comment).toBe("q6");
    expect(step.state.pane).toBe("data");
  });

  it("says 已保存 only once the store confirmed", () => {
    const s = send(opened(), "好").state;
    expect(screen(s)[1]).toContain("保存中…");
    const saved = update(s, { type: "notesSaved", result: { ok: true, notes: s.notes }, ops: 2 }).state;
    expect(screen(saved)[1]).toContain("已保存");
    expect(saved.saving.unsaved).toEqual([]);
  });

  it("a failed save is said in one line and the notes stay", () => {
    const s = send(opened(), "好").state;
    const failed = update(s, { type: "notesSaved", result: { ok: false, message: "ENOSPC" }, ops: 2 }).state;
    expect(failed.notice).toBe("笔记未能保存：ENOSPC");
    expect(failed.notes[0]!.comment).toBe("好");
    expect(screen(failed)[1]).toContain("未能保存");
  });

  it("changes still on their way are replayed over the store's notes (another explorer's included)", () => {
    const s = send(opened(), "好").state;
    const other: Note = { ...s.notes[0]!, id: "other", rank: 9 };
    const merged = update(s, { type: "notesSaved", result: { ok: true, notes: [s.notes[0]!, other] }, ops: 1 });
    expect(merged.state.notes.map((n) => n.id)).toEqual(["n1", "other"]);
    expect(merged.state.notes[0]!.comment).toBe("好");
  });

  it("C-t steps through the tags", () => {
    const s = send(opened(), key("ctrl-t"), key("ctrl-t")).state;
    expect(s.notes[0]!.tag).toBe("问题");
  });
});

/** Three notes: a figure of 2.2.p4, the glossary's 示范诉讼, a paragraph of the reader. */
function notebook(): State {
  let s = send(start(), "2", "/", "zjzx", key("escape"), "a", "执行很好", key("escape")).state;
  s = send(s, "4", "sfss", key("escape"), "a", key("escape")).state;
  s = send(s, "1", key("enter"), "a", "开篇", key("escape")).state;
  return send(s, "6").state;
}

describe("the 笔记 pane", () => {
  it("lists every note with its tag and counts per tag, in report order", () => {
    const s = notebook();
    const lines = screen(s);
    expect(lines[1]).toContain("笔记3");
    expect(lines[1]).toContain("无标签3");
    expect(shownNotes(s.notebook).map((n) => n.kind)).toEqual(["paragraph", "figure", "entry"]);
    expect(lines.some((l) => l.includes("2.2.p4") && l.includes("执结执行案件22502件") && l.includes("执行很好"))).toBe(
      true,
    );
  });

  it("tags with Shift+1…4 (the digits still switch panes) and 0 for none", () => {
    let s = send(notebook(), "j", "!").state;
    expect(shownNotes(s.notebook)[1]!.tag).toBe("肯定");
    s = send(s, "$").state;
    expect(shownNotes(s.notebook)[1]!.tag).toBe("疑问");
    expect(screen(s)[1]).toContain("疑问1");
    s = send(s, "0").state;
    expect(shownNotes(s.notebook)[1]!.tag).toBeNull();
    expect(send(s, "2").state.pane).toBe("data");
  });

  it("d deletes, u undoes; the ops say so", () => {
    const del = send(notebook(), "d");
    expect(live(del.state)).toHaveLength(2);
    expect(ops(del.effects)).toEqual([expect.objectContaining({ op: "delete" })]);
    const undo = send(del.state, "u");
    expect(live(undo.state)).toHaveLength(3);
    expect(ops(undo.effects)).toEqual([expect.objectContaining({ op: "restore" })]);
    expect(send(undo.state, "u").state.notice).toBe("没有可撤销的删除");
  });

  it("J/K move a note in the user's own order", () => {
    const s = send(notebook(), "s", "s", "s");
    expect(s.state.notebook.order).toBe("own");
    const ids = (st: State) => shownNotes(st.notebook).map((n) => n.id);
    expect(ids(s.state)).toEqual(["n1", "n2", "n3"]);
    const moved = send(s.state, "J");
    expect(ids(moved.state)).toEqual(["n2", "n1", "n3"]);
    expect(shownNotes(moved.state.notebook)[moved.state.notebook.list.selected]!.id).toBe("n1");
    expect(ids(send(moved.state, "K").state)).toEqual(["n1", "n2", "n3"]);
  });

  it("/ filters in the one query language, pinyin too", () => {
    const s = send(notebook(), "/", "shifan").state;
    expect(shownNotes(s.notebook).map((n) => n.label)).toEqual(["示范诉讼"]);
    const t = send(notebook(), "/", "zhixing").state;
    expect(shownNotes(t.notebook).some((n) => n.ref === "enforcement.closed")).toBe(true);
  });

  it("Enter opens the quote's place in 报告, the quote highlighted; Backspace goes back", () => {
    const s = send(notebook(), "j", key("enter")).state;
    expect(s.pane).toBe("report");
    const q = s.notes.find((n) => n.ref === "enforcement.closed")!.quotes[0]!;
    expect(s.report.landing).toEqual({ paragraphId: "2.2.p4", start: q.start, end: q.end });
    expect(s.history.back.at(-1)?.pane).toBe("notebook");
    expect(send(s, key("backspace")).state.pane).toBe("notebook");
  });

  it("e edits the selected note's comment", () => {
    const s = send(notebook(), "j", "e", "！").state;
    expect(s.notes.find((n) => n.ref === "enforcement.closed")!.comment).toBe("执行很好！");
  });

  it("w and c send the live notes as a draft to a file and to the clipboard", () => {
    const s = notebook();
    const file = send(s, "w").effects;
    expect(file).toEqual([{ type: "draft", to: "file", notes: live(s) }]);
    expect(send(s, "c").effects).toEqual([{ type: "draft", to: "clipboard", notes: live(s) }]);
    const done = update(s, { type: "draftDone", message: "草稿已写入 /tmp/x.md（3条笔记）" }).state;
    expect(screen(done).at(-1)).toContain("草稿已写入 /tmp/x.md");
  });
});

describe("notes in the reader", () => {
  it("a noted paragraph is marked beside its id, without colour too; A lists its notes", () => {
    const s = send(notebook(), "1").state;
    const at = send(s, ":", "2.2.p4", key("enter")).state;
    // The mark takes the column between the id and the text, so the text does not move.
    expect(screen(at).some((l) => l.startsWith("2.2.p4*全力破解执行难题"))).toBe(true);
    const unnoted = send(start(), ":", "2.2.p4", key("enter")).state;
    expect(screen(unnoted).some((l) => l.startsWith("2.2.p4 全力破解执行难题"))).toBe(true);
    const listed = send(at, "A").state;
    expect(listed.pane).toBe("notebook");
    expect(listed.notebook.paragraph).toBe("2.2.p4");
    expect(
      shownNotes(listed.notebook).every((n) => n.quotes.some((q) => q.paragraph === listed.notebook.paragraph)),
    ).toBe(true);
    expect(send(listed, key("escape")).state.notebook.paragraph).toBeNull();
  });
});

describe("the reader's visual selection (v)", () => {
  /** The reader at 2.2.p4, the selection started at its first character. */
  const visual = () => send(start(), ":", "2.2.p4", key("enter"), "v").state;
  const text = paragraphById.get("2.2.p4")!.text;
  const selected = (s: State) =>
    text.slice(
      Math.min(s.report.visual!.anchor, s.report.visual!.head),
      Math.max(s.report.visual!.anchor, s.report.visual!.head) + 1,
    );

  it("starts at the paragraph being read and moves by character", () => {
    const s = visual();
    expect(s.report.visual).toEqual({ paragraphId: "2.2.p4", anchor: 0, head: 0 });
    expect(selected(send(s, "l", "l").state)).toBe(text.slice(0, 3));
    expect(selected(send(s, "l", "l", "h").state)).toBe(text.slice(0, 2));
  });

  it("by word (w/b), sentence (。！？；), line (j/k) and paragraph (})", () => {
    const s = visual();
    const word = selected(send(s, "w").state);
    expect(text.startsWith(word)).toBe(true);
    expect(word.length).toBeGreaterThan(1);
    const sentence = selected(send(s, ")").state);
    expect(sentence).toMatch(/[。！？；]$/);
    expect(sentence.slice(0, -1)).not.toMatch(/[。！？；]/);
    const down = send(s, "j").state;
    expect(down.report.visual!.head).toBeGreaterThan(0);
    expect(send(down, "k").state.report.visual!.head).toBe(0);
    expect(selected(send(s, "}").state)).toBe(text);
    expect(send(s, "}", "l").state.report.visual!.head).toBe(text.length - 1);
  });

  it("a adds the run as a note of kind selection, y copies it, Esc cancels", () => {
    const s = send(visual(), ")");
    const copy = send(s.state, "y");
    expect(copy.effects).toEqual([{ type: "copy", text: `${selected(s.state)}（2.2.p4）` }]);
    const added = send(s.state, "a").state;
    expect(added.notes[0]).toMatchObject({ kind: "selection" });
    expect(added.notes[0]!.quotes[0]!.text).toBe(selected(s.state));
    expectVerbatim(added.notes[0]!);
    expect(added.report.visual).toBeNull();
    expect(send(visual(), key("escape")).state.report.visual).toBeNull();
  });

  it("starts at the find's current match", () => {
    const s = send(start(), key("enter"), "/", "22502", key("enter"), "v").state;
    const v = s.report.visual!;
    expect(paragraphById.get(v.paragraphId)!.text.slice(v.anchor, v.anchor + 5)).toBe("22502");
  });
});

describe("the tab bar", () => {
  it("shows all six tabs at 40 columns and wider", () => {
    for (const columns of [40, 41, 54, 80, 200]) {
      const text = lineText(headerLine(start(columns, 12)));
      for (const label of ["1报告", "2数据", "3图表", "4用语", "5搜索", "6笔记"]) {
        expect(text.replace(/ (\d) /g, "$1")).toContain(label);
      }
    }
  });
});

describe("笔记 for a screen reader", () => {
  it("reads the counts, then the selected note with its quote and comment, then the others", () => {
    let s: State = { ...notebook(), screenReader: true };
    s = send(s, "j").state;
    const lines = screen(s);
    expect(lines[0]).toBe("court-report：笔记，第6个窗格，共6个");
    expect(lines[1]).toContain("笔记3");
    const at = lines.findIndex((l) => l.startsWith("笔记，第2条，共3条："));
    expect(at).toBeGreaterThan(0);
    expect(lines[at]).toContain("执结执行案件22502件");
    expect(lines.slice(at + 1).join("")).toContain("「执结执行案件22502件」（2.2.p4）");
    expect(lines.slice(at + 1).join("")).toContain("评论：执行很好");
  });
});

describe("the selection in 笔记 follows its note", () => {
  it("a retag in 按标签 keeps the same note selected where it moved", () => {
    let s = send(notebook(), "s").state;
    expect(s.notebook.order).toBe("tag");
    s = send(s, "G").state;
    const id = shownNotes(s.notebook)[s.notebook.list.selected]!.id;
    s = send(s, "!").state;
    expect(shownNotes(s.notebook)[0]!.id).toBe(id);
    expect(shownNotes(s.notebook)[s.notebook.list.selected]!.id).toBe(id);
  });
});
