// The help opens where you are: the keys of the place it was opened from first, then the global ones,
// with a plain title; `/` filters it.
import { describe, expect, it } from "vitest";
import { contextOf } from "../source/app/context-of";
import { frameLines } from "../source/app/frame";
import { helpGroups } from "../source/app/help";
import { KEYMAP } from "../source/app/keymap";
import { initialState } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { CONTEXT_KEYS, keys } from "./helpers/explorer-state";

const start = () => initialState({ columns: 80, rows: 24 });
const screen = (s: ReturnType<typeof start>) => frameLines(s).map(lineText);

/** A way to reach every context of the keymap but the help itself. */
const PLACES = Object.entries(CONTEXT_KEYS).filter(([context]) => context !== "help");

describe("the help where you are", () => {
  it("every context of the keymap is reachable here (the table below is complete)", () => {
    const contexts = KEYMAP.map((g) => g.context).filter((c) => c !== "global" && c !== "help");
    expect(PLACES.map(([context]) => context).sort()).toEqual([...contexts].sort());
  });

  for (const [context, path] of PLACES) {
    // In a text box or a comment ? is typed (see below), and after m or ' the next key names the mark: the help
    // never opens from there.
    if (context === "input" || context === "goto" || context === "report.pending" || context === "editor") continue;
    it(`opened in ${context}: its keys come first, then the global keys; the title names the place`, () => {
      const before = keys(start(), ...path);
      expect(contextOf(before)).toBe(context);
      const s = keys(before, "?");
      const lines = screen(s);
      const own = KEYMAP.find((g) => g.context === context)!;
      expect(lines[1]).toMatch(new RegExp(`^按键帮助 — 当前：${own.title}`));
      expect(lines[2]).toBe(own.title);
      expect(
        helpGroups(s.help!.from)
          .map((g) => g.context)
          .slice(0, 2),
      ).toEqual([context, "global"]);
    });
  }

  it("in a text box ? is typed, not the help", () => {
    const s = keys(start(), "5", "?");
    expect(s.help).toBeNull();
    expect(s.search.query.text).toBe("?");
  });

  it("/ filters the bindings by key or description; Esc leaves the filter, then closes the help", () => {
    const s = keys(start(), "2", "?", "/", "排序");
    expect(contextOf(s)).toBe("input");
    const lines = screen(s);
    expect(lines[2]).toMatch(/^筛选按键> 排序/);
    const body = lines.slice(3, -1).filter((l) => l.trim() !== "");
    expect(body).toEqual([
      "数据",
      expect.stringMatching(/^\s+s\s+排序：报告顺序/),
      expect.stringMatching(/^\s+S\s+反向排序/),
    ]);
    const t = keys(s, "escape");
    expect(t.help).not.toBeNull();
    expect(contextOf(t)).toBe("help");
    expect(keys(t, "escape").help).toBeNull();
  });

  it("a filter that matches nothing says so and keeps the box", () => {
    const lines = screen(keys(start(), "?", "/", "zzzz"));
    expect(lines[2]).toMatch(/^筛选按键> zzzz.*无匹配$/);
  });
});

describe("the help filter matches as every box does", () => {
  const shown = (filter: string) =>
    screen(keys(start(), "?", "/", filter))
      .slice(3, -1)
      .filter((l) => /^\s{2}\S/.test(l));
  it("pinyin and initials find what the Chinese finds: /fuzhi and /fz list y 复制", () => {
    const chinese = shown("复制");
    expect(chinese.some((l) => /^\s+y\s+复制/.test(l))).toBe(true);
    for (const q of ["fuzhi", "fu zhi"]) expect(shown(q), q).toEqual(chinese);
  });

  it("a key's name still finds its binding (C-o)", () => {
    expect(shown("c-o").some((l) => /^\s+Backspace C-o/.test(l))).toBe(true);
  });
});
