// The footer at every context and size: how to quit, how to leave the box or overlay, `?`, and n/N
// and y when they do something, kept by the keymap's ranks as the room runs out.
import { describe, expect, it } from "vitest";
import { type Context, isBox } from "../source/app/context";
import { contextOf } from "../source/app/context-of";
import { footerItems, footerLine } from "../source/app/frame";
import { KEYMAP } from "../source/app/keymap";
import { initialState, type State } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { width } from "../source/text/width";
import { CONTEXT_KEYS, keys } from "./helpers/explorer-state";

/** Contexts whose Esc leaves something (a box, an overlay, the reader for the contents). */
const LEAVES: Context[] = [
  "help",
  "input",
  "goto",
  "report.reader",
  "report.overlay",
  "report.pending",
  "charts.chart",
  "glossary.detail",
];
const SIZES = [
  { columns: 40, rows: 12 },
  { columns: 80, rows: 24 },
  { columns: 200, rows: 50 },
];
const footer = (s: State) => lineText(footerLine(s));

describe("the footer keeps what matters", () => {
  it("the table covers every context of the keymap", () => {
    const contexts = KEYMAP.map((g) => g.context).filter((c) => c !== "global");
    expect(Object.keys(CONTEXT_KEYS).sort()).toEqual([...contexts].sort());
  });

  for (const size of SIZES) {
    for (const [context, path] of Object.entries(CONTEXT_KEYS) as [Context, string[]][]) {
      it(`${size.columns}x${size.rows} ${context}: quit, the way out, ? outside a box; no wider than the terminal`, () => {
        const s = keys(initialState(size), ...path);
        expect(contextOf(s)).toBe(context);
        const f = footer(s);
        expect(f).toMatch(/(^| )(q|C-c) 退出/);
        if (LEAVES.includes(context)) expect(f).toMatch(/(^| )Esc \S/);
        // In a box ? is typed; everywhere else the way to every other key shows.
        if (!isBox(context) && context !== "editor" && context !== "report.pending" && context !== "help")
          expect(f).toMatch(/(^| )\? 帮助/);
        if (isBox(context)) expect(f, "a box says how to switch panes").toContain("Tab/S-Tab 窗格");
        expect(width(f)).toBeLessThanOrEqual(size.columns);
      });
    }
  }

  it("at 40x12 数据 keeps s 排序", () => {
    expect(footer(keys(initialState({ columns: 40, rows: 12 }), "2"))).toContain("s 排序");
  });

  it("n/N show while a find is active, at every size, and not without one", () => {
    for (const size of SIZES) {
      const reading = keys(initialState(size), "enter");
      expect(footer(reading)).not.toContain("n/N");
      expect(footer(keys(reading, "/", "wcnr", "enter")), `${size.columns}`).toContain("n/N 匹配");
    }
  });

  it("y shows where there is something to copy, and not in an empty result list", () => {
    for (const size of SIZES) {
      expect(footer(keys(initialState(size), "2")), `${size.columns}`).toContain("y 复制");
      expect(footer(keys(initialState(size), "enter")), `${size.columns}`).toContain("y 复制");
    }
    const none = keys(initialState({ columns: 200, rows: 50 }), "5", "qqqqxxzz", "escape");
    expect(footerItems(none).map((i) => i.label)).not.toContain("复制");
  });

  it("what goes first as the room runs out is the highest rank: a wider footer only adds hints", () => {
    for (const [, path] of Object.entries(CONTEXT_KEYS)) {
      let before: string[] = [];
      for (let columns = 40; columns <= 200; columns += 8) {
        const labels = footer(keys(initialState({ columns, rows: 24 }), ...path))
          .split(/\s+/)
          .filter((w) => /\p{Script=Han}/u.test(w));
        for (const l of before) expect(labels, `${columns}: ${path.join(" ")}`).toContain(l);
        before = labels;
      }
    }
  });
});
