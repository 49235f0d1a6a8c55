// Reading the whole report with Space, against less on data/report.txt at the same size. less shows
// rows - 1 lines of the file a press (the last row is its prompt), wrapping at the terminal's width:
// at 40x12 it takes 50 presses, at 80x24 13 (measured in tmux, `LESS= less data/report.txt`; the
// line count below reproduces those numbers). On a short terminal (below 16 rows) the reader drops
// the id and blank lines and pages by whole screens, so a press shows as much of the report as its
// text rows hold: the budget is less's lines of the file over our text rows. docs/explorer.md
// has the numbers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frameLines } from "../source/app/frame";
import { COMPACT_ROWS, currentDoc, maxReportScroll, reportLayout } from "../source/app/panes/report/model";
import { initialState, type State } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { width } from "../source/text/width";
import { keys } from "./helpers/explorer-state";

const report = readFileSync(new URL("../data/report.txt", import.meta.url), "utf8")
  .replace(/\n$/, "")
  .split("\n");

/** Screen lines less makes of the file at `columns`: each line wrapped where the next character would not fit. */
function lessLines(columns: number): number {
  let n = 0;
  for (const l of report) {
    let used = 0;
    n++;
    for (const ch of l) {
      const w = width(ch);
      if (used + w > columns) {
        n++;
        used = 0;
      }
      used += w;
    }
  }
  return n;
}
const lessPresses = (columns: number, rows: number) => Math.ceil((lessLines(columns) - (rows - 1)) / (rows - 1));

/** Space presses from the start of the reader to its end. */
function presses(s0: State): number {
  let s = s0;
  let n = 0;
  while (s.report.scroll < maxReportScroll(s.size, s.report)) {
    s = keys(s, " ");
    n++;
    if (n > 1000) throw new Error("Space never reaches the end");
  }
  return n;
}

describe("reading the whole report with Space", () => {
  it("the model of less reproduces its measured presses: 50 at 40x12, 13 at 80x24", () => {
    expect(lessPresses(40, 12)).toBe(50);
    expect(lessPresses(80, 24)).toBe(13);
  });

  for (const [columns, rows] of [
    [40, 12],
    [60, 15],
    [80, 15],
  ] as const) {
    it(`${columns}x${rows}: no more presses than less's lines over our text rows; every row of text is text`, () => {
      const s = keys(initialState({ columns, rows }), "enter");
      const layout = reportLayout(s.size, s.report);
      expect(layout.compact).toBe(rows < COMPACT_ROWS);
      const kinds = new Set(currentDoc(s.size, s.report).lines.map((l) => l.kind));
      expect(kinds.has("id") || kinds.has("blank")).toBe(false);
      const budget = Math.ceil((lessLines(layout.textWidth) - layout.readerHeight) / layout.readerHeight);
      expect(presses(s)).toBeLessThanOrEqual(budget);
    });
  }

  it("40x12: 61 presses where the reader with id lines and an empty last row took 88 (less: 50 with no tab bar, status or footer)", () => {
    expect(presses(keys(initialState({ columns: 40, rows: 12 }), "enter"))).toBeLessThanOrEqual(61);
  });

  it("80x24: 24 presses beside the contents, 18 full width (z), where an empty last row took 25 and 19", () => {
    expect(presses(keys(initialState({ columns: 80, rows: 24 }), "enter"))).toBeLessThanOrEqual(24);
    expect(presses(keys(initialState({ columns: 80, rows: 24 }), "enter", "z"))).toBeLessThanOrEqual(18);
  });

  it("compact, the status line names the paragraph at the top, and a goto to a paragraph puts its text on top", () => {
    const s = keys(initialState({ columns: 40, rows: 12 }), "enter", ":", "2.2p4", "enter");
    const lines = frameLines(s).map(lineText);
    expect(lines[1]).toMatch(/^2\.2\.p4 二、/);
    expect(lines[2]).toMatch(/^全力破解执行难题/);
  });

  it("80x24 keeps the id lines (the ids that 数据, 搜索 and the commands cite stay on screen)", () => {
    const s = keys(initialState({ columns: 80, rows: 24 }), "enter");
    expect(currentDoc(s.size, s.report).lines.some((l) => l.kind === "id")).toBe(true);
  });
});

describe("a popup covers only its own rows", () => {
  for (const [columns, rows] of [
    [40, 12],
    [80, 24],
    [200, 50],
  ] as const) {
    it(`${columns}x${rows}: the figure's popup sits under its line; the rows above and below are the reader's`, () => {
      const reading = keys(initialState({ columns, rows }), "enter", ":", "2.0.p2", "enter", "l");
      const open = keys(reading, "enter");
      expect(open.report.overlay).not.toBeNull();
      const before = frameLines(reading).map(lineText);
      const after = frameLines(open).map(lineText);
      const boxRows = after
        .map((l, i) => (/^\s*[+|]/.test(l) && !/^\s*[+|]/.test(before[i]!) ? i : -1))
        .filter((i) => i >= 0);
      expect(boxRows.length).toBeGreaterThan(2);
      const [first, last] = [boxRows[0]!, boxRows.at(-1)!];
      expect(boxRows).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
      // Every body row outside the box is what the reader showed before the popup opened.
      for (let i = 1; i < after.length - 1; i++)
        if (i < first || i > last) expect(after[i], `row ${i}`).toBe(before[i]);
      // The line with the figure stays visible above the popup.
      expect(after.slice(1, first).join("")).toContain("1271");
    });
  }
});
