// The tab bar shows every pane down to the smallest terminal, in the widest form that fits, and a
// seventh pane still fits the 40 columns: adding one needs no change to how tabs are laid out.
import { describe, expect, it } from "vitest";
import { tabSegments } from "../source/app/frame";
import { MIN_COLUMNS } from "../source/app/geometry";
import { PANES } from "../source/app/tabs";
import { width } from "../source/text/width";

const used = (columns: number, panes = PANES): number =>
  tabSegments(panes, panes[0]!.id, columns).reduce((n, s) => n + width(s.text), 0);

describe("the tab bar", () => {
  const seventh = [...PANES, { id: PANES[0]!.id, key: "7", label: "另一" }];

  for (const columns of [MIN_COLUMNS, 50, 60, 80, 200]) {
    it(`${columns} columns: every tab, within the width, with its key and label`, () => {
      for (const panes of [PANES, seventh]) {
        expect(used(columns, panes)).toBeLessThanOrEqual(columns);
        const text = tabSegments(panes, panes[0]!.id, columns)
          .map((s) => s.text)
          .join("");
        for (const p of panes) expect(text).toContain(`${p.key}`);
        for (const p of panes) expect(text).toContain(p.label);
      }
    });
  }

  it("at 80 columns the six tabs take the widest form", () => {
    expect(tabSegments(PANES, "report", 80)[0]!.text).toBe(" 1 报告 ");
  });
});
