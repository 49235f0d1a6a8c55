// Reading the whole report with Space, against less on data/report.txt at the same size. less shows
// rows - 1 lines of the file a press (the last row is its prompt), wrapping at the terminal's width:
// at 40x12 it takes 50 presses, at 80x24 13 (measured in tmux, `LESS= less data/report.txt`; the
// line count below reproduces those numbers). The reader has no blank lines and pages by whole
// screens; on a short terminal (below 16 rows) it drops the ids too and keeps one row for its status
// and keys, so a press shows as much of the report as its text rows hold: the budget is less's
// lines of the file over our text rows. docs/explorer.md has the numbers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frameLines } from "../source/app/frame";
import { COMPACT_ROWS, currentDoc, maxReportScroll, readsWide, reportLayout } from "../source/app/panes/report/model";
import { initialState, type State } from "../source/app/state";
import { statusInHeader } from "../source/app/tabs";
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
      expect(currentDoc(s.size, s.report).lines.every((l) => l.text !== "" && l.lead === undefined)).toBe(true);
      const budget = Math.ceil((lessLines(layout.textWidth) - layout.readerHeight) / layout.readerHeight);
      expect(presses(s)).toBeLessThanOrEqual(budget);
    });
  }

  for (const [columns, rows] of [
    [40, 12],
    [80, 24],
  ] as const) {
    it(`${columns}x${rows}: no more presses than less (${lessPresses(columns, rows)})`, () => {
      expect(presses(keys(initialState({ columns, rows }), "enter"))).toBeLessThanOrEqual(lessPresses(columns, rows));
    });
  }

  it("below 87 columns (docs/explorer.md) the text beside the contents would have fewer than 60", () => {
    const reading = (columns: number) => keys(initialState({ columns, rows: 24 }), "enter").report;
    expect(readsWide({ columns: 86, rows: 24 }, reading(86))).toBe(true);
    expect(readsWide({ columns: 87, rows: 24 }, reading(87))).toBe(false);
  });

  it("the status sits in the tab bar from 79 columns (docs/explorer.md)", () => {
    expect(statusInHeader(78)).toBe(false);
    expect(statusInHeader(79)).toBe(true);
  });

  it("80x24: the reader takes the whole width while it has focus; z keeps the contents beside it", () => {
    const s = keys(initialState({ columns: 80, rows: 24 }), "enter");
    expect(reportLayout(s.size, s.report).textWidth).toBe(80);
    const beside = keys(s, "z");
    expect(reportLayout(beside.size, beside.report).textWidth).toBeLessThan(60);
    expect(frameLines(beside).map(lineText)[1]).toContain(" | ");
    // Back in the contents, they stand beside the text whatever z chose.
    const contents = keys(s, "escape");
    expect(frameLines(contents).map(lineText)[1]).toContain(" | ");
  });

  it("compact, the bar names the paragraph at the top, and a goto to a paragraph puts its text on top", () => {
    const s = keys(initialState({ columns: 40, rows: 12 }), "enter", ":", "2.2p4", "enter");
    const lines = frameLines(s).map(lineText);
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toMatch(/^2\.2\.p4 .*q 退出/);
    expect(lines[0]).toMatch(/^全力破解执行难题/);
  });

  it("80x24 shows every paragraph's id before its first line, and the status in the tab bar", () => {
    const s = keys(initialState({ columns: 80, rows: 24 }), "enter", ":", "2.2p4", "enter");
    const lines = frameLines(s).map(lineText);
    expect(lines[0]).toMatch(/1 报告.*2\.2 二、/);
    expect(lines[1]).toMatch(/^2\.2\.p4 全力破解执行难题/);
    const doc = currentDoc(s.size, s.report);
    for (const [id, at] of doc.paragraphLine) if (!/\.h\d+$/.test(id)) expect(doc.lines[at]!.lead).toBe(id);
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
      // Every row outside the box but the keys is what the reader showed before the popup opened.
      for (let i = 0; i < after.length - 1; i++)
        if (i < first || i > last) expect(after[i], `row ${i}`).toBe(before[i]);
      // The line with the figure stays visible above the popup.
      expect(after.slice(0, first).join("")).toContain("1271");
    });
  }
});
