import { afterEach, describe, expect, it } from "vitest";
import { charts, figureById, paragraphById } from "../data/index";
import { frameLines } from "../source/app/frame";
import { keysText } from "../source/app/help";
import { KEYMAP } from "../source/app/keymap";
import { reportView } from "../source/app/panes/report/view";
import { initialState, type State } from "../source/app/state";
import { THEME } from "../source/app/theme";
import { type Line, lineText, lineWidth } from "../source/app/ui/styled";
import { chartFigures, SOURCES_HEADING } from "../source/charts/render";
import { setAmbiWidth, width } from "../source/text/width";
import { keys, reduce } from "./helpers/explorer-state";
import { renderApp } from "./helpers/ink";

afterEach(() => setAmbiWidth("single"));

/** States worth drawing: every pane, focused and not, with overlays, details, searches and scrolls. */
function tour(columns: number, rows: number): [string, State][] {
  const s = initialState({ columns, rows });
  return [
    ["报告 contents", s],
    ["报告 reader 2.2 scrolled", keys(s, "j", "j", "j", "j", "enter", "j", "j", "j")],
    ["报告 reader end", keys(s, "j", "j", "j", "j", "enter", "G")],
    ["报告 find", keys(s, "j", "j", "j", "j", "/执行")],
    ["报告 find, no match", keys(s, "j", "j", "j", "j", "/zzz")],
    ["报告 term definition", keys(s, "4", "sfss", "enter", "enter", "enter")],
    ["报告 figure details", keys(s, "2", "enter", "enter")],
    ["报告 glossary section", keys(s, "G", "k", "enter")],
    ["报告 empty appendix", keys(s, "G")],
    ["数据", keys(s, "2")],
    ["数据 scrolled", keys(s, "2", "G")],
    ["数据 filtered", keys(s, "2", "/执行")],
    ["数据 filter, nothing", keys(s, "2", "/zzzz")],
    ["数据 sorted by value", keys(s, "2", "s", "j")],
    ...charts.map((c, i): [string, State] => [`图表 ${c.id}`, keys(s, "3", ..."j".repeat(i))]),
    ["图表 paged", keys(s, "3", " ", " ")],
    ["用语", keys(s, "4")],
    ["用语 sfss", keys(s, "4", "sfss")],
    ["用语 nothing", keys(s, "4", "xyzxyz")],
    ["用语 detail", keys(s, "4", "财产", "enter")],
    ["搜索 blank", keys(s, "5")],
    ["搜索 执行", keys(s, "5", "执行", "down", "down")],
    ["搜索 long query", keys(s, "5", "执行".repeat(60))],
    ["help", keys(s, "?")],
    ["help end", keys(s, "?", "G")],
  ];
}

describe("every frame fits the terminal", () => {
  for (const mode of ["single", "double"] as const) {
    for (const [columns, rows] of [
      [40, 12],
      [80, 24],
      [120, 40],
      [41, 13],
      [73, 19],
    ] as const) {
      it(`${columns}x${rows}, ambiwidth ${mode}: no line wider than the terminal, at most rows lines`, () => {
        setAmbiWidth(mode);
        for (const [name, state] of tour(columns, rows)) {
          const lines = frameLines(state);
          expect(lines.length, name).toBeLessThanOrEqual(rows);
          for (const l of lines) expect(lineWidth(l), `${name}: ${lineText(l)}`).toBeLessThanOrEqual(columns);
        }
      });
    }
  }

  it("below 40x12 shows one line saying what size it needs", () => {
    for (const [columns, rows] of [
      [39, 12],
      [40, 11],
      [10, 3],
      [1, 1],
    ] as const) {
      const lines = frameLines(initialState({ columns, rows }));
      expect(lines).toHaveLength(1);
      expect(lineWidth(lines[0]!)).toBeLessThanOrEqual(columns);
    }
    expect(lineText(frameLines(initialState({ columns: 39, rows: 20 }))[0]!)).toContain("40x12");
  });

  it("the rendered Ink frame fits too, and re-lays out live on resize", async () => {
    const h = renderApp({ columns: 80, rows: 24 });
    const check = (columns: number, rows: number) => {
      const lines = h.lines();
      expect(lines.length).toBeLessThanOrEqual(rows);
      for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(columns);
    };
    check(80, 24);
    await h.press("2");
    check(80, 24);
    await h.resize({ columns: 40, rows: 12 });
    check(40, 12);
    expect(h.text()).toContain("数值");
    await h.resize({ columns: 30, rows: 10 });
    expect(h.lines()).toHaveLength(1);
    expect(h.text()).toContain("40x12");
    await h.resize({ columns: 120, rows: 40 });
    check(120, 40);
    expect(h.text()).toContain("三门县人民法院工作报告");
    h.unmount();
  });
});

describe("panes, rendered by Ink", () => {
  it("用语: typing sfss lists 示范诉讼 first", async () => {
    const r = renderApp({ columns: 100, rows: 30 });
    await r.press("4");
    for (const ch of "sfss") await r.press(ch);
    const lines = r.lines();
    expect(lines[1]).toContain("用语> sfss");
    expect(lines[2]!.startsWith("示范诉讼")).toBe(true);
    r.unmount();
  });

  it("用语: Chinese with a wrong character (示范诉松) still finds 示范诉讼, and Enter shows where it occurs", async () => {
    const r = renderApp({ columns: 100, rows: 30 });
    await r.press("4");
    await r.press("示范诉松");
    expect(r.lines()[2]!.startsWith("示范诉讼")).toBe(true);
    await r.press("\r");
    const frame = r.text();
    expect(frame).toContain("见报告第1页第13行");
    expect(frame).toContain("在报告中出现 2 处");
    expect(frame).toContain("2.0 ");
    expect(frame).toContain("2.2 ");
    r.unmount();
  });

  it("用语 on a 40x12 screen: the definition opens at its start; j then brings place 2 into view", async () => {
    const r = renderApp({ columns: 40, rows: 12 });
    await r.press("4");
    await r.press("sfss");
    await r.press("\r");
    let lines = r.lines();
    expect(lines[1]!.startsWith("示范诉讼")).toBe(true);
    expect(lines[2]!.startsWith("是指对涉及群体性诉讼")).toBe(true);
    expect(r.text()).not.toContain("> 2.0");
    await r.press("j");
    lines = r.lines();
    expect(lines.some((l) => l.startsWith("> 2.2 "))).toBe(true);
    r.unmount();
  });

  it("数据: Enter on a figure lands on its quote in 报告, highlighted", async () => {
    const r = renderApp({ columns: 100, rows: 30 });
    await r.press("2");
    expect(r.text()).toContain("| 五年共受理");
    for (let i = 0; i < 10; i++) {
      await r.press("j");
    }
    await r.press("\r");
    const frame = r.text();
    const figure = figureById.get("service.enterprise-disputes")!;
    expect(frame.split("\n")[0]).toMatch(/1 报告/);
    expect(frame).toContain("2.1 一、聚焦服务中心大局");
    // The reader is right of the contents; its lines joined hold the quote (it may wrap).
    const reader = frame
      .split("\n")
      .map((l) => l.split(" | ")[1] ?? "")
      .join("");
    expect(reader).toContain(figure.quote);
    r.unmount();
    // The same state drawn as lines: the quote is exactly the highlighted text.
    const state = keys(initialState({ columns: 100, rows: 30 }), "2", ..."j".repeat(10), "enter");
    const flashed = reportView(state.report, state.size).flatMap((l: Line) =>
      l.filter((s) => s.style?.backgroundColor === THEME.landed.backgroundColor).map((s) => s.text),
    );
    expect(flashed.join("")).toBe(figure.quote);
    expect(paragraphById.get(figure.paragraphId)!.text).toContain(figure.quote);
  });

  it("数据: filter as you type, s cycles the sort", async () => {
    const r = renderApp({ columns: 100, rows: 30 });
    await r.press("2");
    await r.press("/");
    await r.press("执结");
    let frame = r.text();
    expect(frame).toContain("筛选> 执结");
    const rows = frame.split("\n").filter((l) => /^\| \S/.test(l) && !l.includes("指标"));
    expect(rows.length).toBeGreaterThan(1);
    await r.press("\x1b");
    await r.press("s");
    frame = r.text();
    expect(frame).toContain("排序：类别内数值降序");
    r.unmount();
  });

  it("? lists every key of the keymap with its description", async () => {
    const r = renderApp({ columns: 100, rows: 300 });
    await r.press("?");
    const frame = r.text();
    for (const group of KEYMAP) {
      expect(frame).toContain(group.title);
      for (const b of group.bindings) {
        expect(frame, keysText(b)).toContain(keysText(b));
        expect(frame).toContain(b.help);
      }
    }
    r.unmount();
  });

  it("报告: Enter on a highlighted term opens its definition; Esc closes it", async () => {
    const h = renderApp({ columns: 100, rows: 30 });
    // 2.0 引言: its first term is 示范诉讼, after the figures.
    await h.press("jj");
    await h.press("enter");
    for (let i = 0; i < 12 && !h.text().includes("附件一第1条"); i++) {
      await h.press("l");
      await h.press("enter");
      if (!h.text().includes("附件一第1条")) await h.press("escape");
    }
    const frame = h.text();
    expect(frame).toContain("示范诉讼  shi fan su song  sfss");
    expect(frame).toContain("是指对涉及群体性诉讼的同类批量案件");
    await h.press("escape");
    expect(h.text()).not.toContain("附件一第1条");
    h.unmount();
  });

  it("图表: the selected chart with its source figures and quotes", async () => {
    const r = renderApp({ columns: 100, rows: 60 });
    await r.press("3");
    await r.press("j");
    const frame = r.text();
    const chart = charts[1]!;
    expect(frame).toContain(chart.title);
    expect(frame).toContain(SOURCES_HEADING);
    for (const f of chartFigures(chart)) expect(frame).toContain(f.figure.quote);
    r.unmount();
  });

  it("搜索: results show where they are and a snippet; Enter jumps there", async () => {
    const h = renderApp({ columns: 100, rows: 30 });
    await h.press("5");
    await h.press("诚信履行");
    expect(h.text()).toMatch(/\[(正文|用语|数据)\]/);
    expect(h.text()).toContain("诚信履行");
    await h.press("enter");
    expect(h.lines()[1]).toContain(" | ");
    expect(h.text()).toContain("诚信履行");
    h.unmount();
  });

  it("q quits the app; q in a query box does not", async () => {
    const h = renderApp({ columns: 80, rows: 24 });
    await h.press("4");
    await h.press("q");
    expect(h.exited()).toBe(false);
    expect(h.text()).toContain("用语> q");
    await h.press("escape");
    await h.press("q");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(h.exited()).toBe(true);
  });

  it("a paste of hostile text shows as plain text in the box", async () => {
    const h = renderApp({ columns: 80, rows: 24 });
    await h.press("5");
    await h.press("执行\x07\u202eabc");
    const line = h.lines()[1]!;
    expect(line).toContain("执行abc");
    expect(line).not.toMatch(/[\x00-\x08\x0b-\x1a\x1c-\x1f\u202e]/);
    h.unmount();
  });
});

describe("state shared by keys and views", () => {
  it("a reducer step on the same state always gives the same frame", () => {
    const s = keys(initialState({ columns: 80, rows: 24 }), "5", "执行");
    const a = frameLines(reduce(s, { type: "move", delta: 1 }));
    const b = frameLines(reduce(s, { type: "move", delta: 1 }));
    expect(a).toEqual(b);
  });
});
