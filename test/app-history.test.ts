// Every way back lands exactly where you were: for each kind of jump, Backspace (and C-o) puts back
// the pane, its slice (paragraph and line, focus) and no prompt; '' toggles between the last two
// places; a resize right after any jump keeps the paragraph at the top.
import { describe, expect, it } from "vitest";
import { contextOf } from "../source/app/context-of";
import { currentDoc, toc } from "../source/app/panes/report/model";
import { initialState, type State } from "../source/app/state";
import { type KEY, keys, reduce } from "./helpers/explorer-state";

type Keys = (string | keyof typeof KEY)[];
const start = (columns = 80, rows = 24) => initialState({ columns, rows });

/** Each jump: the keys to the place before it, then the keys of the jump. */
const JUMPS: readonly { name: string; before: Keys; jump: Keys }[] = [
  { name: "contents Enter", before: ["j", "j"], jump: ["enter"] },
  { name: "find in another section", before: ["enter", " "], jump: ["/", "wcnr", "enter"] },
  { name: "find from the contents", before: ["j"], jump: ["/", "wcnr", "escape"] },
  { name: "goto", before: ["enter", "j"], jump: [":", "4", "enter"] },
  { name: "goto from the contents", before: ["j", "j"], jump: [":", "2.2.p4", "enter"] },
  { name: "mark", before: ["enter", "m", "a", "]", "]", "j"], jump: ["'", "a"] },
  { name: "search result", before: ["5", "未成年人", "down", "down"], jump: ["enter"] },
  { name: "figure", before: ["2", "j", "j"], jump: ["enter"] },
  { name: "chart figure", before: ["3", "enter", "j"], jump: ["enter"] },
  { name: "glossary place", before: ["4", "示范诉讼", "enter", "j"], jump: ["enter"] },
  { name: "find match in another section", before: ["/", "未成年人", "enter", "n", "n"], jump: ["n"] },
];

/** A pane's box the jump was made from comes back without the focus, so the next Backspace goes on
 * back instead of editing it (搜索 opens its result from the box). */
const unfocused = (s: State): State =>
  s.pane === "search" ? { ...s, search: { ...s.search, query: { ...s.search.query, focused: false } } } : s;

/** The paragraph at the top of the reader, or below the heading there. */
function topParagraph(s: State): string {
  const doc = currentDoc(s.size, s.report);
  // The first text line from the top: a heading or a label above it belongs to it.
  const l = doc.lines.slice(s.report.scroll).find((line) => line.kind === "text");
  return l?.paragraphId ?? "none";
}

describe("back returns to the exact place and focus", () => {
  for (const { name, before, jump } of JUMPS) {
    for (const back of ["backspace", "ctrlO"] as const) {
      it(`${name}, then ${back}`, () => {
        const from = keys(start(), ...before);
        const jumped = keys(from, ...jump);
        expect(jumped.history.back.length, "the jump is recorded").toBe(from.history.back.length + 1);
        const s = keys(jumped, back);
        expect(s.pane).toBe(from.pane);
        expect(s[s.pane]).toEqual(unfocused(from)[from.pane]);
        expect(contextOf(s)).toBe(contextOf(unfocused(from)));
        expect(contextOf(s)).not.toBe("input");
        // Forward again lands where the jump did.
        expect(keys(s, "ctrlR")[jumped.pane]).toEqual(jumped[jumped.pane]);
      });
    }
  }

  it("Enter Space, /wcnr Enter: back to 2.0 in the reader, then to 开篇 in the contents, then nothing", () => {
    const reading = keys(start(), "enter", " ");
    expect(toc[reading.report.section]!.id).toBe("2.0");
    let s = keys(reading, "/", "wcnr", "enter");
    expect(s.report.section).not.toBe(reading.report.section);
    s = keys(s, "backspace");
    expect(s.report).toEqual(reading.report);
    expect(contextOf(s)).toBe("report.reader");
    s = keys(s, "backspace");
    expect(contextOf(s)).toBe("report.toc");
    expect(s.report.scroll).toBe(0);
    expect(keys(s, "backspace").notice).toBe("没有可以返回的位置");
  });

  it(":4 Enter, back: no prompt reopened, and the next Backspace goes back again", () => {
    let s = keys(start(), "enter", "j", ":", "4", "enter");
    s = keys(s, "backspace");
    expect(s.report.goto.focused).toBe(false);
    expect(s.report.goto.text).toBe("");
    expect(contextOf(s)).toBe("report.reader");
    expect(contextOf(keys(s, "backspace"))).toBe("report.toc");
  });

  it("'' toggles between the last two places, as in less", () => {
    const from = keys(start(), "enter", "j", "j");
    const there = keys(from, ":", "3.3", "enter");
    let s = keys(there, "'", "'");
    expect(s.report).toEqual(from.report);
    s = keys(s, "'", "'");
    expect(s.report).toEqual(there.report);
    s = keys(s, "'", "'");
    expect(s.report).toEqual(from.report);
    expect(keys(start(), "enter").history.back).toHaveLength(1);
    expect(keys(start(), "/", "escape", "'", "'").notice).toMatch(/^没有上一个位置/);
  });
});

describe("a resize right after a jump keeps the paragraph at the top", () => {
  const sizes = [
    { columns: 40, rows: 12 },
    { columns: 200, rows: 50 },
    { columns: 63, rows: 17 },
  ];
  for (const { name, before, jump } of JUMPS) {
    it(name, () => {
      const jumped = keys(start(), ...before, ...jump);
      if (jumped.pane !== "report") return;
      const top = topParagraph(jumped);
      for (const size of sizes) {
        const resized = reduce(jumped, { type: "resize", size });
        expect(topParagraph(resized), `${size.columns}x${size.rows}`).toBe(top);
        expect(topParagraph(reduce(resized, { type: "resize", size: jumped.size }))).toBe(top);
      }
    });
  }

  it("a prompt opened, a resize, then its jump: back lands where the prompt opened, laid out for the new size", () => {
    // 杭州亚运会 is only in 3.2: the find leaves the section, a jump like the goto.
    for (const prompt of [
      ["/", "亚运会"],
      [":", "4"],
    ]) {
      const opened = keys(start(40, 12), "enter", " ", " ", " ", ...prompt.slice(0, 1));
      const top = topParagraph(opened);
      const resized = reduce(opened, { type: "resize", size: { columns: 120, rows: 40 } });
      const jumped = keys(resized, ...prompt.slice(1), "enter");
      expect(jumped.history.back.length, "the jump is recorded").toBe(opened.history.back.length + 1);
      const s = keys(jumped, "backspace");
      expect(s.pane).toBe("report");
      expect(topParagraph(s), prompt.join("")).toBe(top);
      const doc = currentDoc(s.size, s.report);
      expect(s.report.scroll).toBeLessThan(doc.lines.length);
    }
  });

  it(":2.2.p4 Enter, then a resize: 2.2.p4's first line stays at the top", () => {
    const s = keys(start(), ":", "2.2.p4", "enter");
    for (const size of [
      { columns: 40, rows: 12 },
      { columns: 120, rows: 30 },
    ]) {
      const r = reduce(s, { type: "resize", size });
      const doc = currentDoc(r.size, r.report);
      expect(r.report.scroll).toBe(doc.paragraphLine.get("2.2.p4"));
    }
  });
});
