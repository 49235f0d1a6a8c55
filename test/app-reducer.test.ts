import { describe, expect, it } from "vitest";
import { figureById, paragraphById } from "../data/index";
import { contextOf } from "../source/app/context-of";
import { footerLine, frameLines } from "../source/app/frame";
import { dataLayout, figureRows } from "../source/app/panes/data/model";
import {
  currentDoc,
  docLineOf,
  findMatches,
  maxReportScroll,
  reportLayout,
  sectionMentions,
  toc,
} from "../source/app/panes/report/model";
import { overlayMaxScroll } from "../source/app/panes/report/overlay";
import { searchResults } from "../source/app/panes/search/model";
import { initialState } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { keys, press, quits, reduce } from "./helpers/explorer-state";

const start = (columns = 80, rows = 24) => initialState({ columns, rows });

describe("panes and focus", () => {
  it("1…6 switch panes, Tab and Shift-Tab cycle and wrap around", () => {
    const s = start();
    expect(keys(s, "2").pane).toBe("data");
    expect(keys(s, "3").pane).toBe("charts");
    expect(keys(s, "5").pane).toBe("search");
    expect(keys(s, "tab").pane).toBe("data");
    expect(keys(s, "6").pane).toBe("notebook");
    expect(keys(s, "backtab").pane).toBe("notebook");
    // Tab works from inside a focused query box too.
    expect(keys(s, "4", "tab").pane).toBe("search");
    expect(keys(s, "5", "tab").pane).toBe("notebook");
    expect(keys(s, "6", "tab").pane).toBe("report");
  });

  it("q quits where no text box has focus", () => {
    expect(quits(start(), "q")).toBe(true);
    expect(quits(start(), "2", "q")).toBe(true);
  });

  it("q, digits and ? are typed into a focused query box; Esc leaves the box, then q quits", () => {
    const s = keys(start(), "4", "q");
    expect(quits(start(), "4", "q")).toBe(false);
    expect(s.glossary.query.text).toBe("q");
    const t = keys(start(), "5", "2022?");
    expect(t.pane).toBe("search");
    expect(t.search.query.text).toBe("2022?");
    expect(t.help).toBeNull();
    const u = keys(s, "escape");
    expect(contextOf(u)).toBe("glossary.list");
    expect(quits(u, "q")).toBe(true);
  });

  it("Ctrl-C quits even while typing", () => {
    expect(quits(start(), "4", "abc", "ctrlC")).toBe(true);
  });

  it("C-z asks to stop from every context, a text box and the help included, and types nothing", () => {
    for (const path of [
      [],
      ["enter"],
      ["2"],
      ["2", "/执行"],
      ["3"],
      ["4", "sfss"],
      ["4", "escape"],
      ["5", "法院"],
      ["?"],
    ] as const) {
      const before = keys(start(), ...path);
      const after = press(before, "ctrlZ");
      expect(after.effects, path.join(" ")).toEqual([{ type: "suspend" }]);
      expect(after.state, path.join(" ")).toEqual(before);
    }
  });

  it("opening 用语 or 搜索 focuses its query box; / focuses the filter of 数据", () => {
    expect(contextOf(keys(start(), "4"))).toBe("input");
    expect(contextOf(keys(start(), "5"))).toBe("input");
    expect(contextOf(keys(start(), "2"))).toBe("data");
    const s = keys(start(), "2", "/执行");
    expect(s.data.filter).toMatchObject({ text: "执行", focused: true });
  });

  it("text typed into a box is sanitised: control sequences never reach the state", () => {
    const s = reduce(keys(start(), "5"), { type: "type", text: "执\x1b[2J行\x07\u202e" });
    expect(s.search.query.text).toBe("执行");
  });

  it("Backspace deletes one character (a whole grapheme), C-u clears", () => {
    const s = keys(start(), "4", "示范诉讼", "backspace");
    expect(s.glossary.query.text).toBe("示范诉");
    expect(reduce(s, { type: "edit", op: "deleteToStart" }).glossary.query.text).toBe("");
  });

  it("? opens the help over any pane and Esc closes it", () => {
    const s = keys(start(), "2", "?");
    expect(s.help).not.toBeNull();
    expect(contextOf(s)).toBe("help");
    expect(keys(s, "escape").help).toBeNull();
    expect(quits(s, "q")).toBe(false);
  });
});

describe("scrolling bounds", () => {
  it("the contents selection stays within the sections", () => {
    expect(keys(start(), "k", "k").report.section).toBe(0);
    expect(keys(start(), "G").report.section).toBe(toc.length - 1);
    expect(keys(start(), "G", "j", "j").report.section).toBe(toc.length - 1);
    expect(keys(start(), "G", "g").report.section).toBe(0);
  });

  it("the reader scrolls between 0 and the last screen of the whole report, at every size", () => {
    for (const [columns, rows] of [
      [40, 12],
      [80, 24],
      [120, 40],
    ] as const) {
      let s = keys(start(columns, rows), "j", "j", "j", "j", "enter");
      expect(toc[s.report.section]!.id).toBe("2.2");
      expect(keys(s, "g", "k", "k").report.scroll).toBe(0);
      const max = maxReportScroll(s.size, s.report);
      expect(max).toBeGreaterThan(0);
      expect(keys(s, "G").report.scroll).toBe(max);
      expect(keys(s, "G", "j", "pageDown").report.scroll).toBe(max);
      const top = s.report.scroll;
      s = keys(s, "pageDown");
      // By whole screens, as less pages.
      expect(s.report.scroll).toBe(Math.min(max, top + reportLayout(s.size, s.report).readerHeight));
    }
  });

  it("closing the find box (one more reader line) keeps the scroll within the new bounds", () => {
    for (const [columns, rows] of [
      [40, 12],
      [80, 24],
    ] as const) {
      const s = keys(start(columns, rows), "j", "j", "j", "j", "/执行", "enter", "G", "escape");
      expect(s.report.find.text).toBe("");
      expect(s.report.scroll).toBe(maxReportScroll(s.size, s.report));
    }
  });

  it("a result list never selects past its ends", () => {
    const s = keys(start(), "4", "up", "up");
    expect(s.glossary.list.selected).toBe(0);
    const t = keys(start(), "4", "escape", "G", "j", "j");
    expect(t.glossary.list.selected).toBe(12);
    const d = keys(start(), "2", "G", "j");
    expect(d.data.list.selected).toBe(figureRows("", "report").rows.length - 1);
  });

  it("the data table scrolls to keep the selection (and its category heading) in view", () => {
    let s = keys(start(40, 12), "2");
    const { bodyRows } = dataLayout(s.size);
    for (let i = 0; i < 40; i++) {
      s = keys(s, "j");
      const line = figureRows("", "report").lineOfRow[s.data.list.selected]!;
      expect(line).toBeGreaterThanOrEqual(s.data.list.top);
      expect(line).toBeLessThan(s.data.list.top + bodyRows);
    }
  });
});

describe("jumps between panes", () => {
  it("Enter on a figure in 数据 opens 报告 at its paragraph with the quote highlighted and on screen", () => {
    let s = keys(start(), "2", "/7747", "enter");
    expect(s.data.filter.focused).toBe(false);
    const figure = figureRows(s.data.filter.text, s.data.sort).rows[s.data.list.selected]!;
    expect(figure.id).toBe("service.enterprise-disputes");
    s = keys(s, "enter");
    expect(s.pane).toBe("report");
    expect(s.report.focus).toBe("reader");
    const landing = s.report.landing!;
    expect(landing.paragraphId).toBe(figure.paragraphId);
    expect(paragraphById.get(landing.paragraphId)!.text.slice(landing.start, landing.end)).toBe(figure.quote);
    const line = docLineOf(currentDoc(s.size, s.report), landing.paragraphId, landing.start);
    expect(line).toBeGreaterThanOrEqual(s.report.scroll);
    expect(line).toBeLessThan(s.report.scroll + reportLayout(s.size, s.report).readerHeight);
  });

  it("every figure jumps to its own quote", () => {
    for (const id of figureById.keys()) {
      const m = figureById.get(id)!;
      let s = keys(start(), "2");
      const rows = figureRows("", "report").rows;
      s = { ...s, data: { ...s.data, list: { ...s.data.list, selected: rows.indexOf(m) } } };
      s = keys(s, "enter");
      const f = s.report.landing!;
      expect(paragraphById.get(f.paragraphId)!.text.slice(f.start, f.end), id).toBe(m.quote);
    }
  });

  it("用语: sfss selects 示范诉讼; Enter shows it; Enter on an occurrence opens it in 报告", () => {
    let s = keys(start(), "4", "sfss", "enter");
    expect(s.glossary.detail?.entry).toBe(1);
    expect(s.glossary.detail?.occurrence, "none picked yet").toBe(-1);
    expect(keys(s, "enter").report.landing!.paragraphId, "Enter opens the first").toBe("2.0.p2");
    const marked = (x: typeof s) =>
      frameLines(x)
        .map(lineText)
        .filter((t) => t.includes("> "));
    expect(marked(s), "place 1 is shown selected before any j").toEqual([expect.stringContaining("2.0")]);
    expect(marked(keys(s, "j")), "the first j selects place 2").toEqual([expect.stringContaining("2.2")]);
    expect(keys(s, "k").glossary.detail?.occurrence, "k stays on place 1").toBe(0);
    s = keys(s, "j", "enter");
    expect(s.pane).toBe("report");
    const f = s.report.landing!;
    expect(f.paragraphId).toBe("2.2.p2");
    expect(paragraphById.get(f.paragraphId)!.text.slice(f.start, f.end)).toBe("示范诉讼");
    // The term stays the reader's find; Esc clears it, then the highlight, then goes back to the contents.
    expect(s.report.find.text).toBe("示范诉讼");
    expect(keys(s, "escape").report.find.text).toBe("");
    expect(keys(s, "escape", "escape").report.landing).toBeNull();
    expect(keys(s, "escape", "escape", "escape").report.focus).toBe("toc");
  });

  it("数据: Enter in the filter box opens the selected figure, as its footer says", () => {
    const s = keys(start(), "2", "/", "zx");
    expect(lineText(footerLine(s))).toContain("Enter 打开");
    const t = keys(s, "enter");
    expect(t.pane).toBe("report");
    expect(t.report.landing!.paragraphId).toBe(figureRows("zx", s.data.sort).rows[0]!.paragraphId);
    expect(keys(t, "backspace").data.filter.focused, "back in 数据, the box is closed").toBe(false);
  });

  it("搜索: Enter on a result opens 报告 with the match highlighted", () => {
    const s = keys(start(), "5", "失信", "enter");
    expect(s.pane).toBe("report");
    const f = s.report.landing!;
    expect(paragraphById.get(f.paragraphId)!.text.slice(f.start, f.end)).toContain("失信");
  });
});

describe("报告 reader", () => {
  it("/ searches from the top of the reader on; n and N move through the matches and wrap", () => {
    let s = keys(start(), "j", "j", "j", "j", "/执行", "enter");
    const matches = findMatches("执行");
    const first = matches.findIndex((m) => m.paragraphId.startsWith("2.2."));
    expect(matches.length).toBeGreaterThan(first + 2);
    expect(s.report.match).toBe(first);
    s = keys(s, "n", "n");
    expect(s.report.match).toBe(first + 2);
    expect(keys(s, "g", "/执行", "enter", "N").report.match).toBe(matches.length - 1);
    const m = matches[first + 2]!;
    const line = docLineOf(currentDoc(s.size, s.report), m.paragraphId, m.start);
    expect(line).toBeGreaterThanOrEqual(s.report.scroll);
    expect(line).toBeLessThan(s.report.scroll + reportLayout(s.size, s.report).readerHeight);
  });

  it("l moves to the next term or figure; Enter opens a term's definition, Esc closes it", () => {
    // 2.0 引言 mentions 示范诉讼 and “双打”行动 among its figures.
    let s = keys(start(), "j", "j", "enter");
    expect(toc[s.report.section]!.id).toBe("2.0");
    const marks = sectionMentions("2.0");
    const seen: string[] = [];
    while (marks[s.report.mention]?.kind !== "term") {
      seen.push(marks[s.report.mention]!.kind);
      s = keys(s, "l");
    }
    // Figures come first in this section (53833 …), then the first term.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((k) => k === "figure")).toBe(true);
    s = keys(s, "enter");
    expect(s.report.overlay).toEqual({ kind: "term", number: 1 });
    s = keys(s, "escape");
    expect(s.report.overlay).toBeNull();
  });

  it("after a search inside the section, Enter opens the term that was found", () => {
    const s = keys(start(), "j", "j", "enter", "/示范", "enter", "enter");
    expect(s.report.overlay).toEqual({ kind: "term", number: 1 });
  });

  it("a definition longer than a small screen scrolls inside its box, within bounds", () => {
    const s = keys(start(40, 12), "j", "j", "enter", "/示范", "enter", "enter");
    expect(s.report.overlay).toEqual({ kind: "term", number: 1 });
    const max = overlayMaxScroll(s.report.overlay!, s.size);
    expect(max).toBeGreaterThan(0);
    expect(keys(s, "k").report.overlayScroll).toBe(0);
    expect(keys(s, "G").report.overlayScroll).toBe(max);
    expect(keys(s, "G", "j", "j").report.overlayScroll).toBe(max);
    expect(keys(s, "j", "escape").report.overlay).toBeNull();
  });

  it("keeps the paragraph at the top of the reader through a resize", () => {
    let s = keys(start(120, 40), "j", "j", "j", "j", "enter", "j", "j", "j", "j", "j", "j");
    const before = currentDoc(s.size, s.report).lines[s.report.scroll]!;
    s = reduce(s, { type: "resize", size: { columns: 50, rows: 20 } });
    const after = currentDoc(s.size, s.report).lines[s.report.scroll]!;
    expect(after.paragraphId).toBe(before.paragraphId);
    expect(after.start).toBeLessThanOrEqual(before.start);
    expect(after.start + after.text.length).toBeGreaterThan(before.start);
  });
});

describe("a glossary miss", () => {
  it("says the whole report has it and Enter looks it up in 搜索 (司法救助 is in 2.3.p1), Backspace returns", () => {
    const s = keys(start(), "4", "司法救助");
    const frame = frameLines(s)
      .map((l) => l.map((g) => g.text).join(""))
      .join("\n");
    expect(frame).toMatch(/没有相符的用语。全文有 \d+ 处相符：Enter 到 5 搜索 查看。/);
    const t = keys(s, "enter");
    expect(t.pane).toBe("search");
    expect(t.search.query).toMatchObject({ text: "司法救助", focused: false });
    expect(searchResults("司法救助").some((h) => h.paragraphId === "2.3.p1")).toBe(true);
    const back = keys(t, "backspace");
    expect(back.pane).toBe("glossary");
    expect(back.glossary.query.text).toBe("司法救助");
  });
});
