// 用语's open definition scrolls within its text: the update keeps the top where the screen can show
// it, so PgUp after PgDn at the end moves the screen at once, and a resize keeps the top inside.
import { describe, expect, it } from "vitest";
import { frameLines } from "../source/app/frame";
import { detailWindow } from "../source/app/panes/glossary/view";
import { initialState, type State } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { key, keys, reduce, send } from "./helpers/explorer-state";

const screen = (s: State): string[] => frameLines(s).map(lineText);
const pages = (s: State, name: "pagedown" | "pageup", n: number): State =>
  send(s, ...Array.from({ length: n }, () => key(name))).state;

/** The open definition's top and its largest possible value at the state's size. */
function bounds(s: State): { scroll: number; max: number } {
  const d = s.glossary.detail;
  if (d === null) throw new Error("no definition is open");
  return { scroll: d.scroll, max: detailWindow(d, s.size).max };
}

describe("用语's definition scroll", () => {
  // 示范诉讼 has the longest definition and several places: at 40x12 it runs over the screen.
  const open = keys(initialState({ columns: 40, rows: 12 }), "4", "sfss", "enter");

  it("opens at the top of a definition longer than the screen", () => {
    expect(bounds(open)).toEqual({ scroll: 0, max: expect.any(Number) });
    expect(bounds(open).max).toBeGreaterThan(0);
  });

  it("40x12: ten PgDn stop at the end, and the first PgUp after them moves the screen", () => {
    const down = pages(open, "pagedown", 10);
    expect(bounds(down).scroll).toBe(bounds(down).max);
    const up = pages(down, "pageup", 1);
    expect(screen(up)).not.toEqual(screen(down));
    expect(bounds(pages(down, "pageup", 8)).scroll).toBe(0);
    expect(screen(pages(down, "pageup", 8))).toEqual(screen(open));
  });

  it("j/k keep the selected place on screen, and the top stays within the text", () => {
    let s = open;
    for (let i = 0; i < 30; i++) {
      s = keys(s, i < 20 ? "j" : "k");
      const { scroll, max } = bounds(s);
      expect(scroll).toBeGreaterThanOrEqual(0);
      expect(scroll).toBeLessThanOrEqual(max);
      expect(screen(s).some((row) => row.startsWith("> "))).toBe(true);
    }
  });

  it("a resize to a taller screen pulls the top back inside the text", () => {
    const down = pages(open, "pagedown", 10);
    const tall = reduce(down, { type: "resize", size: { columns: 80, rows: 40 } });
    const { scroll, max } = bounds(tall);
    expect(scroll).toBe(max);
    expect(max).toBeLessThan(bounds(down).max);
  });
});
