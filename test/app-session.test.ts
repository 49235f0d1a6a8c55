// The session put back: saved from one state (through JSON, as the file holds it) and resumed at
// another terminal size, the reader opens at the same paragraph, with the marks, the history, the
// pane and each box's earlier queries; whatever a file holds, resuming never fails. And the recall
// of earlier queries with Up / Down in every box.
import { describe, expect, it } from "vitest";
import { contextOf } from "../source/app/context-of";
import { frameLines } from "../source/app/frame";
import { currentDoc } from "../source/app/panes/report/model";
import { RECALL_LIMIT } from "../source/app/recall";
import { resumeSession, sessionOf } from "../source/app/session";
import { initialState, type State } from "../source/app/state";
import { keys } from "./helpers/explorer-state";

const start = (columns = 80, rows = 24) => initialState({ columns, rows });
/** Saved as the file holds it, resumed at `size`. */
const resumed = (s: State, columns = 80, rows = 24): State =>
  resumeSession(start(columns, rows), JSON.parse(JSON.stringify(sessionOf(s))));

function topParagraph(s: State): string | undefined {
  const doc = currentDoc(s.size, s.report);
  const l = doc.lines[s.report.scroll]!;
  return l.paragraphId ?? doc.lines[s.report.scroll + 1]?.paragraphId;
}

describe("a session resumed", () => {
  it("opens at the same paragraph at any size, and says so with the key back to the start", () => {
    const s = keys(start(), ":", "2.2.p4", "enter", "j", "j");
    for (const [columns, rows] of [
      [80, 24],
      [40, 12],
      [200, 50],
    ] as const) {
      const r = resumed(s, columns, rows);
      expect(r.pane).toBe("report");
      expect(contextOf(r)).toBe("report.reader");
      expect(topParagraph(r)).toBe("2.2.p4");
      expect(r.notice).toMatch(/^回到上次的位置：2\.2\.p\d+（按 g 回到开头）$/);
      // g goes to the start, as the line says.
      expect(keys(r, "g").report.scroll).toBe(0);
    }
  });

  it("keeps the marks, the history (back works), the active pane and its slice", () => {
    let s = keys(start(), ":", "2.2.p4", "enter", "m", "a", ":", "3.3", "enter", "2", "j", "j");
    const r = resumed(s, 60, 20);
    expect(r.pane).toBe("data");
    expect(r.data.list.selected).toBe(2);
    expect(r.notice).toMatch(/^回到上次的位置：数据，报告在 3\.3（按 1 再按 g 回到报告开头）$/);
    expect(r.marks).toEqual(s.marks);
    s = keys(r, "1", "'", "a");
    expect(topParagraph(s)).toBe("2.2.p4");
    // Back through the history saved: before the mark jump (3.3), before the goto to 3.3 (2.2.p4).
    const back = keys(s, "backspace");
    expect(back.report.section).toBe(keys(start(), ":", "3.3", "enter").report.section);
    expect(topParagraph(keys(back, "backspace"))).toBe("2.2.p4");
  });

  it("keeps each box's queries: Up recalls them, n finds the last find again", () => {
    const s = keys(start(), "/", "执行", "enter", "escape", "/", "wcnr", "enter", "escape", "5", "失信", "escape");
    const r = keys(resumed(s), "1");
    expect(r.report.find.text).toBe("");
    const n = keys(r, "n");
    expect(n.report.find.text).toBe("wcnr");
    expect(n.notice).toBe("再次查找上次的：wcnr");
    const up = keys(r, "/", "up");
    expect(up.report.find.text).toBe("wcnr");
    expect(keys(up, "up").report.find.text).toBe("执行");
    expect(keys(resumed(s), "5").search.query.text).toBe("失信");
  });

  it("a file holding anything at all resumes without failing, and draws", () => {
    const junk: unknown[] = [
      {},
      { pane: "nope", reader: 5, marks: [1], history: "x", queries: { find: [1, null, "ok"] } },
      { reader: { anchor: { section: 999, paragraphId: "9.9.p9", start: "x" }, focus: "list" } },
      {
        panes: { data: { filter: { text: 5, cursor: -3 }, sort: "weird", list: { selected: -1 } }, charts: null },
        history: {
          back: [
            { pane: "report", size: { columns: 0, rows: 1 } },
            { pane: "glossary", slice: { detail: { entry: 9999 } }, size: { columns: 80, rows: 24 } },
          ],
        },
      },
      { pane: "search", panes: { search: { query: { text: "\u001b[31m执行", cursor: 99, focused: "yes" } } } },
    ];
    for (const saved of junk) {
      const r = resumeSession(start(), saved as Record<string, unknown>);
      expect(() => frameLines(r)).not.toThrow();
      expect(() => keys(r, "backspace", "1", "backspace", "2", "3", "4", "5")).not.toThrow();
    }
    const search = resumeSession(start(), junk[4] as Record<string, unknown>);
    expect(search.search.query.text).not.toContain("\u001b");
    expect(search.search.query.cursor).toBeLessThanOrEqual(search.search.query.text.length);
    expect(resumeSession(start(), junk[1] as Record<string, unknown>).recall.queries.find).toEqual(["ok"]);
  });
});

describe("Up / Down recall earlier queries, like a shell", () => {
  const withFinds = keys(start(), "/", "执行", "enter", "/", "调解", "enter", "/", "wcnr", "enter");

  it("in the find box: Up goes back, Down forward, past the newest to the text being typed", () => {
    let s = keys(withFinds, "/", "未成");
    expect(s.report.find.text).toBe("未成");
    s = keys(s, "up");
    expect(s.report.find.text).toBe("wcnr");
    s = keys(s, "up", "up");
    expect(s.report.find.text).toBe("执行");
    expect(keys(s, "up").report.find.text, "the oldest stays").toBe("执行");
    s = keys(s, "down");
    expect(s.report.find.text).toBe("调解");
    s = keys(s, "down", "down");
    expect(s.report.find.text, "the unfinished text comes back").toBe("未成");
    expect(s.recall.browsing).toBeNull();
  });

  it("a query is kept once, the newest last, at most RECALL_LIMIT", () => {
    expect(keys(withFinds, "/", "执行", "enter").recall.queries.find).toEqual(["调解", "wcnr", "执行"]);
    let s = start();
    for (let i = 0; i < RECALL_LIMIT + 5; i++) s = keys(s, ":", `${(i % 90) + 1}%`, "enter");
    expect(s.recall.queries.goto).toHaveLength(RECALL_LIMIT);
  });

  it("the goto prompt and the help filter recall too", () => {
    const s = keys(start(), ":", "2.2", "enter", ":", "up");
    expect(s.report.goto.text).toBe("2.2");
    expect(keys(s, "enter").report.section).toBe(keys(start(), ":", "2.2", "enter").report.section);
    const h = keys(start(), "?", "/", "复制", "escape", "escape", "?", "/", "up");
    expect(h.help?.filter.text).toBe("复制");
  });

  it("above a result list, Down still moves the results; Up on the first result recalls", () => {
    // 搜索 is opened again with its box as it was left; clear it and type a new query.
    const box = keys(start(), "5", "失信", "enter", "5", "/", "ctrlU", "未成年人");
    let t = keys(box, "down");
    expect(t.search.list.selected).toBe(1);
    expect(t.search.query.text).toBe("未成年人");
    t = keys(t, "up");
    expect(t.search.list.selected).toBe(0);
    expect(t.search.query.text).toBe("未成年人");
    t = keys(t, "up");
    expect(t.search.query.text).toBe("失信");
    t = keys(t, "down");
    expect(t.search.query.text).toBe("未成年人");
    expect(keys(t, "down").search.list.selected, "Down moves the results again").toBe(1);
  });
});
