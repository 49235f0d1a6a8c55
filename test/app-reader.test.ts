// The reader as one continuous document: movement across section boundaries, find over
// the whole report, history, the overlay rule, marks and goto — at the reducer level.
import { describe, expect, it } from "vitest";
import { charts, paragraphById } from "../data/index";
import { contextOf } from "../source/app/context-of";
import { footerLine, frameLines } from "../source/app/frame";
import { HISTORY_LIMIT } from "../source/app/history";
import { dataLayout, figureRows } from "../source/app/panes/data/model";
import {
  currentDoc,
  docLineOf,
  findMatches,
  maxReportScroll,
  reportLayout,
  sectionIndex,
  toc,
} from "../source/app/panes/report/model";
import { initialState, type State } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { findSection } from "../source/sections/find";
import { width } from "../source/text/width";
import { keys, quits, reduce } from "./helpers/explorer-state";

const start = (columns = 80, rows = 24) => initialState({ columns, rows });
const sectionId = (s: State) => toc[s.report.section]!.id;
const topSection = (s: State) => toc[currentDoc(s.size, s.report).lines[s.report.scroll]!.section]!.id;
const startOf = (s: State, id: string) => currentDoc(s.size, s.report).sectionStart[sectionIndex(id)]!;
const footer = (s: State) => lineText(footerLine(s));
/** The reader with its top line at the start of a section (via goto). */
const at = (id: string, columns = 80, rows = 24) => keys(start(columns, rows), "enter", ":", id, "enter");

describe("one continuous reader", () => {
  it("Space reads from 开篇 on into the next sections; the contents selection follows the top line", () => {
    let s = keys(start(), "enter");
    expect(sectionId(s)).toBe("1");
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      s = keys(s, " ");
      expect(sectionId(s)).toBe(topSection(s));
      seen.add(sectionId(s));
    }
    // A whole screen a press: a section shorter than a screen may pass without reaching the top.
    expect([...seen]).toEqual(expect.arrayContaining(["2.0", "2.2"]));
    const order = [...seen].map(sectionIndex);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("every movement key crosses a section boundary, both ways", () => {
    const h = (s: State) => reportLayout(s.size, s.report).readerHeight;
    const s = at("2.3");
    expect(s.report.scroll).toBe(startOf(s, "2.3"));
    expect(sectionId(s)).toBe("2.3");
    // Backwards from the first line of 2.3 lands in 2.2.
    for (const k of ["k", "up", "b", "ctrlB", "ctrlU", "pageUp"] as const) {
      const t = keys(s, k === "pageUp" ? "k" : k);
      expect(sectionId(t), k).toBe("2.2");
      expect(t.report.scroll, k).toBeLessThan(s.report.scroll);
    }
    // Forwards from the last screen of 2.2 lands in 2.3.
    const end21 = keys(s, "k");
    expect(sectionId(keys(end21, "j"))).toBe("2.3");
    expect(sectionId(keys(end21, "down"))).toBe("2.3");
    for (const [k, step] of [
      [" ", h(s)],
      ["ctrlF", h(s)],
      ["ctrlD", Math.floor(h(s) / 2)],
    ] as const) {
      const above = keys(s, "k".repeat(step - 1));
      expect(sectionId(above), k).toBe("2.2");
      expect(sectionId(keys(above, k)), k).toBe("2.3");
    }
    expect(sectionId(keys(s, "G"))).not.toBe("2.3");
    expect(keys(s, "G").report.scroll).toBe(maxReportScroll(s.size, s.report));
    expect(keys(s, "G", "g").report.scroll).toBe(0);
    expect(sectionId(keys(s, "G", "g"))).toBe("1");
  });

  it("C-d and C-u move half a screen, C-f and b a whole screen (as less)", () => {
    const s = at("2.2");
    const h = reportLayout(s.size, s.report).readerHeight;
    expect(keys(s, "ctrlD").report.scroll).toBe(s.report.scroll + Math.floor(h / 2));
    expect(keys(s, "ctrlD", "ctrlU").report.scroll).toBe(s.report.scroll);
    expect(keys(s, "ctrlF").report.scroll).toBe(s.report.scroll + h);
    expect(keys(s, "ctrlF", "b").report.scroll).toBe(s.report.scroll);
  });

  it("[ and ] go to the previous and next section's start, from the contents and the reader", () => {
    let s = at("2.2");
    s = keys(s, "]");
    expect(sectionId(s)).toBe("2.3");
    expect(s.report.scroll).toBe(startOf(s, "2.3"));
    s = keys(s, "[", "[");
    expect(sectionId(s)).toBe("2.1");
    expect(s.report.scroll).toBe(startOf(s, "2.1"));
    // At the end of the report the last section is selected though the last screen shows more.
    const last = keys(start(), "]".repeat(toc.length + 2));
    expect(sectionId(last)).toBe(toc[toc.length - 1]!.id);
    expect(last.report.scroll).toBe(maxReportScroll(last.size, last.report));
    expect(sectionId(keys(last, "["))).toBe(toc[toc.length - 2]!.id);
  });

  it("contents Enter opens the selected section at its start; j/k in the contents move the reader along", () => {
    let s = keys(start(), "j", "j");
    expect(sectionId(s)).toBe("2.0");
    expect(s.report.scroll).toBe(startOf(s, "2.0"));
    s = keys(s, "enter");
    expect(s.report.focus).toBe("reader");
    expect(s.report.scroll).toBe(startOf(s, "2.0"));
  });

  it("the status (in the tab bar) names the section at the top and the position in the whole report", () => {
    const s = at("2.2");
    const status = lineText(frameLines(s)[0]!);
    expect(status).toContain("2.2 二、奋力抓实");
    const doc = currentDoc(s.size, s.report);
    const pct = Math.round(((s.report.scroll + reportLayout(s.size, s.report).readerHeight) / doc.lines.length) * 100);
    expect(status).toContain(`${pct}%`);
    expect(pct).toBeLessThan(60);
  });

  it("every paragraph id is shown in the reader, before its paragraph's first line", () => {
    const doc = currentDoc(start().size, keys(start(), "enter").report);
    const ids = doc.lines.flatMap((l) => (l.lead ? [l.lead] : []));
    expect(ids).toEqual([...paragraphById.keys()]);
    expect(doc.lines.some((l) => l.kind === "heading" && l.text === "附件一")).toBe(true);
  });
});

describe("find over the whole report", () => {
  it("/未成年人 from 开篇, then n through every occurrence in report order, wrapping with a notice", () => {
    const matches = findMatches("未成年人");
    expect(matches.map((m) => m.paragraphId)).toEqual(["2.2.p1", "2.2.p1", "2.2.p1", "3.3.p1"]);
    let s = keys(start(), "enter", "/未成年人", "enter");
    expect(s.report.match).toBe(0);
    expect(sectionId(s)).toBe("2.2");
    const visited = [s.report.match];
    for (let i = 0; i < 3; i++) {
      s = keys(s, "n");
      visited.push(s.report.match);
      const m = matches[s.report.match]!;
      const line = docLineOf(currentDoc(s.size, s.report), m.paragraphId, m.start);
      expect(line).toBeGreaterThanOrEqual(s.report.scroll);
      expect(line).toBeLessThan(s.report.scroll + reportLayout(s.size, s.report).readerHeight);
      expect(s.notice).toBeNull();
    }
    expect(visited).toEqual([0, 1, 2, 3]);
    expect(sectionId(s)).toBe("3.3");
    s = keys(s, "n");
    expect(s.report.match).toBe(0);
    expect(s.notice).toContain("已到末尾");
    expect(footer(s)).toContain("已到末尾");
    // The notice lasts one key.
    expect(keys(s, "n").notice).toBeNull();
    expect(keys(s, "N").report.match).toBe(3);
    expect(keys(s, "N").notice).toContain("已到开头");
  });

  it("the find box counts the matches of the whole report", () => {
    const s = keys(start(), "enter", "/未成年人", "enter", "n");
    const last = lineText(frameLines(s).at(-2)!);
    expect(last).toContain("2/4");
  });

  it("n with no query and a find with no match say so in one line and change nothing", () => {
    const s = keys(start(), "enter", "j", "j");
    const n = keys(s, "n");
    expect(n.report).toEqual(s.report);
    expect(n.notice).toContain("按 /");
    const none = keys(s, "/没有这种词语", "enter");
    expect(none.report.scroll).toBe(s.report.scroll);
    expect(keys(none, "n").notice).toContain("无匹配");
  });

  it("a search result from 5 搜索 leaves its query in the reader: every match highlighted, n continuing", () => {
    let s = keys(start(), "5", "未成年人", "enter");
    expect(s.pane).toBe("report");
    expect(s.report.find.text).toBe("未成年人");
    expect(s.report.match).toBe(0);
    s = keys(s, "n", "n");
    expect(s.report.match).toBe(2);
    // Every match on screen is drawn highlighted: three in 2.2.p1.
    const highlighted = frameLines(s)
      .flat()
      .filter((seg) => seg.style?.backgroundColor !== undefined)
      .map((seg) => seg.text)
      .join("");
    expect(highlighted.split("未成年人").length - 1).toBe(3);
  });

  it("a figure opened from 数据 with a filter leaves the filter as the reader's find", () => {
    const s = keys(start(), "2", "/7747", "enter", "enter");
    expect(s.pane).toBe("report");
    expect(s.report.find.text).toBe("7747");
    expect(findMatches("7747")[s.report.match]!.paragraphId).toBe(s.report.landing!.paragraphId);
  });
});

describe("history", () => {
  it("2 j Enter, then Backspace: back in 数据 with the same row selected; C-r goes forward again", () => {
    const before = keys(start(), "2", "j");
    let s = keys(before, "enter");
    expect(s.pane).toBe("report");
    const reading = s.report;
    s = keys(s, "backspace");
    expect(s.pane).toBe("data");
    expect(s.data).toEqual(before.data);
    s = keys(s, "ctrlR");
    expect(s.pane).toBe("report");
    expect(s.report).toEqual(reading);
    expect(keys(s, "ctrlO").pane).toBe("data");
  });

  it("5, a query, Enter, back: the list has focus and the query is kept", () => {
    const s = keys(start(), "5", "失信", "enter", "backspace");
    expect(s.pane).toBe("search");
    expect(s.search.query).toMatchObject({ text: "失信", focused: false });
    expect(contextOf(s)).toBe("search");
    // j moves the list, nothing is typed.
    expect(keys(s, "j").search.list.selected).toBe(1);
    expect(keys(s, "j").search.query.text).toBe("失信");
  });

  it("a number key back to 用语 or 搜索 keeps the focus where it was", () => {
    const s = keys(start(), "5", "失信", "escape", "1", "5");
    expect(contextOf(s)).toBe("search");
    const g = keys(start(), "4", "sfss", "escape", "2", "4");
    expect(contextOf(g)).toBe("glossary.list");
    // The first visit still starts in the box.
    expect(contextOf(keys(start(), "4"))).toBe("input");
  });

  it("jumps inside the reader are recorded: contents Enter, goto, marks, a find in another section", () => {
    let s = keys(start(), "enter");
    expect(s.history.back).toHaveLength(1);
    expect(contextOf(keys(s, "backspace"))).toBe("report.toc");
    s = keys(s, "j", "j", "j");
    const here = s.report.scroll;
    s = keys(s, ":", "3.3", "enter");
    expect(sectionId(s)).toBe("3.3");
    expect(keys(s, "backspace").report.scroll).toBe(here);
    s = keys(s, "/未成年人", "enter", "n");
    expect(sectionId(s)).toBe("2.2");
    expect(sectionId(keys(s, "backspace"))).toBe("3.3");
  });

  it("back with nothing to go back to says so and changes nothing", () => {
    const s = keys(start(), "2", "j");
    const t = keys(s, "backspace");
    expect(t.notice).toContain("没有可以返回");
    expect(t.data).toEqual(s.data);
    expect(t.pane).toBe("data");
  });

  it("is bounded", () => {
    let s = keys(start(), "enter");
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) s = keys(s, ":", i % 2 ? "2.2" : "3.3", "enter");
    expect(s.history.back.length).toBe(HISTORY_LIMIT);
  });

  it("a place is restored at today's size after a resize", () => {
    let s = keys(start(120, 40), "2", "G", "enter");
    s = reduce(s, { type: "resize", size: { columns: 60, rows: 16 } });
    s = keys(s, "backspace");
    const last = figureRows("", "report").rows.length - 1;
    expect(s.data.list.selected).toBe(last);
    const line = figureRows("", "report").lineOfRow[last]!;
    const { bodyRows } = dataLayout(s.size);
    expect(line).toBeGreaterThanOrEqual(s.data.list.top);
    expect(line).toBeLessThan(s.data.list.top + bodyRows);
  });
});

describe("one rule for overlays", () => {
  const overlays: [string, State][] = [
    ["help", keys(start(), "?")],
    ["figure popup", keys(start(), "enter", "l", "enter")],
    ["term popup", keys(start(), "j", "j", "enter", "/示范", "enter", "enter")],
    ["glossary detail", keys(start(), "4", "sfss", "enter")],
  ];

  it("the overlays are open", () => {
    expect(overlays[0]![1].help).not.toBeNull();
    expect(overlays[1]![1].report.overlay?.kind).toBe("figure");
    expect(overlays[2]![1].report.overlay?.kind).toBe("term");
    expect(overlays[3]![1].glossary.detail).not.toBeNull();
  });

  for (const [name, s] of overlays) {
    it(`${name}: q and Esc close it and do not quit; C-c quits; the footer shows how to close it`, () => {
      for (const k of ["q", "escape"] as const) {
        expect(quits(s, k), k).toBe(false);
        const t = keys(s, k);
        expect(t.help !== null || t.report.overlay !== null || t.glossary.detail !== null, k).toBe(false);
      }
      expect(quits(s, "ctrlC")).toBe(true);
      expect(footer(s)).toMatch(/Esc 关闭/);
      expect(footer(s)).not.toContain("q 退出");
    });
  }

  it("q quits when nothing is open", () => {
    expect(quits(keys(start(), "enter"), "q")).toBe(true);
    expect(quits(keys(start(), "4", "sfss", "enter", "q"), "q")).toBe(true);
  });

  it("the footer always shows the way back, at 40x12 too", () => {
    expect(footer(keys(start(40, 12), "enter"))).toContain("Esc 目录");
    expect(footer(keys(start(40, 12), "4", "sfss", "enter"))).toContain("Esc 关闭");
  });
});

describe("marks and goto", () => {
  it("m<letter> sets a mark, '<letter> returns to it", () => {
    let s = at("2.2");
    s = keys(s, "j", "j", "j", "ma");
    expect(s.notice).toContain("已设标记 a");
    const here = s.report.scroll;
    s = keys(s, "G", "'a");
    expect(s.report.scroll).toBe(here);
    expect(sectionId(s)).toBe("2.2");
    // Marks survive a resize: the same paragraph offset at the top.
    const wide = keys({ ...at("1", 120, 40), marks: s.marks }, "'a");
    const top = currentDoc(wide.size, wide.report).lines[wide.report.scroll]!;
    const mark = s.marks.a!;
    expect(top.paragraphId).toBe(mark.paragraphId);
  });

  it("a mark never set and a key that is no letter: one line, nothing changed", () => {
    const s = at("2.2");
    const t = keys(s, "'z");
    expect(t.notice).toContain("标记 z 未设置");
    expect(t.report).toEqual(s.report);
    const u = keys(s, "m1");
    expect(u.notice).toContain("字母");
    expect(u.marks).toEqual({});
    // Esc cancels a pending m.
    expect(keys(s, "m", "escape", "j").report.scroll).toBe(s.report.scroll + 1);
  });

  it(": takes a section id, a paragraph id, a number path and a percentage", () => {
    expect(sectionId(at("2.2"))).toBe("2.2");
    expect(sectionId(at("2-4"))).toBe("2.4");
    const p = at("2.0.p2");
    const doc = currentDoc(p.size, p.report);
    expect(doc.lines[p.report.scroll]).toMatchObject({ kind: "text", lead: "2.0.p2", start: 0 });
    expect(doc.lines[p.report.scroll + 1]!.paragraphId).toBe("2.0.p2");
    const half = at("50%");
    expect(half.report.scroll).toBe(Math.round(maxReportScroll(half.size, half.report) / 2));
    expect(at("100%").report.scroll).toBe(maxReportScroll(half.size, half.report));
  });

  it("a goto to nothing: one line, the prompt kept, the reader unchanged", () => {
    const s = keys(start(), "enter", "j", "j");
    for (const bad of ["9.9", "2.0.p9", "abc", "150%", ""]) {
      const t = keys(s, ":", bad, "enter");
      expect(t.notice, bad).toContain("没有这个位置");
      expect(t.report.scroll, bad).toBe(s.report.scroll);
      expect(t.report.goto.text, bad).toBe(bad);
      expect(keys(t, "escape").report.goto.focused).toBe(false);
    }
  });
});

describe("wide terminals", () => {
  it("the contents grow until every title fits; the text keeps its measure, the rest is margin", () => {
    const s = keys(start(200, 50), "j", "j", "j");
    const frame = frameLines(s).map(lineText);
    const tocTitles = toc.map((t) => t.title);
    for (const title of tocTitles)
      expect(
        frame.some((l) => l.includes(title)),
        title,
      ).toBe(true);
    expect(frame.join("\n")).not.toContain("…");
    const layout = reportLayout(s.size, s.report);
    expect(layout.textWidth).toBe(80);
    const doc = currentDoc(s.size, s.report);
    expect(Math.max(...doc.lines.map((l) => width(l.text)))).toBeLessThanOrEqual(80);
  });

  it("--measure sets the reader's widest line; a narrow reader keeps its own width", () => {
    const narrow = initialState({ columns: 200, rows: 50 }, { measure: 40 });
    expect(reportLayout(narrow.size, narrow.report).textWidth).toBe(40);
    const small = start(40, 12);
    expect(reportLayout(small.size, small.report).textWidth).toBe(40);
    const mid = start(100, 30);
    expect(reportLayout(mid.size, mid.report).textWidth).toBe(reportLayout(mid.size, mid.report).readerWidth);
  });

  it("the chart list grows with the width until its titles fit", () => {
    const s = keys(start(200, 50), "3");
    const frame = frameLines(s).map(lineText).join("\n");
    for (const c of charts) expect(frame).toContain(c.title);
  });
});

describe("the : prompt takes what read takes", () => {
  const top = (s: State) => currentDoc(s.size, s.report).lines[s.report.scroll + 1]?.paragraphId;
  it("附件一, 2.2p4, 2 4 and 2-4 go where read would", () => {
    expect(sectionId(keys(start(), "enter", ":", "附件一", "enter"))).toBe(findSection("附件一").section!.id);
    expect(top(keys(start(), "enter", ":", "2.2p4", "enter"))).toBe("2.2.p4");
    expect(sectionId(keys(start(), "enter", ":", "2 4", "enter"))).toBe("2.4");
    expect(sectionId(keys(start(), "enter", ":", "2-4", "enter"))).toBe("2.4");
  });

  it("a word to look for and a paragraph that is not there are no place", () => {
    for (const t of ["执行", "2.2p99"])
      expect(keys(start(), "enter", ":", t, "enter").report.goto.focused, t).toBe(true);
  });

  it("the prompt's footer offers no result keys: Down and Up do nothing there", () => {
    const s = keys(start(), "enter", ":");
    expect(contextOf(s)).toBe("goto");
    expect(footer(s)).not.toContain("结果");
    expect(footer(s)).toContain("Enter 跳到");
    expect(keys(s, "down")).toEqual(s);
  });
});
