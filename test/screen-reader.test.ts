// Screen-reader mode: every pane as plain lines in reading order, the selection first with its
// position, no columns side by side, no borders, no bars, no styles; every key still works.
import { describe, expect, it } from "vitest";
import { charts, figures, figureText, glossary } from "../data/index";
import { frameLines } from "../source/app/frame";
import { initialState, type State } from "../source/app/state";
import { type Line, lineText, lineWidth } from "../source/app/ui/styled";
import { keys } from "./helpers/explorer-state";
import { startTerminal } from "./helpers/tmux";

const SIZES = [
  { columns: 40, rows: 12 },
  { columns: 80, rows: 24 },
];
/** Borders, rules, column gaps and bars of the ordinary views. */
const DRAWING = /\+-|-\+|\s\|\s|^\||\|$|#{2}|[█▏▎▍▌▋▊▉]/;

const frame = (s: State): string[] => frameLines(s).map(lineText);

function checkFrame(s: State): string[] {
  const lines = frameLines(s);
  for (const l of lines as Line[]) {
    expect(l.every((segment) => segment.style === undefined)).toBe(true);
    expect(lineWidth(l)).toBeLessThanOrEqual(s.size.columns);
  }
  const text = lines.map(lineText);
  for (const t of text) expect(t).not.toMatch(DRAWING);
  expect(text.length).toBeLessThanOrEqual(s.size.rows);
  return text;
}

/** Every item of a list is announced first once j has reached it. */
function walk(start: State, path: string[], count: number, itemText: (i: number) => string) {
  let s = keys(start, ...path);
  for (let i = 0; i < count; i++) {
    const text = checkFrame(s);
    const announced = text.slice(1).join("");
    expect(announced, `item ${i + 1}`).toContain(`第${i + 1}`);
    expect(announced.replace(/\s/g, ""), `item ${i + 1}`).toContain(itemText(i).replace(/\s/g, "").slice(0, 6));
    s = keys(s, "j");
  }
}

describe("screen-reader frames", () => {
  for (const size of SIZES) {
    const start = initialState(size, { screenReader: true });
    const where = `${size.columns}x${size.rows}`;

    it(`${where}: the header says where the reader is`, () => {
      expect(frame(start)[0]).toBe("court-report：报告，第1个窗格，共6个".slice(0, size.columns));
      expect(frame(keys(start, "3"))[0]).toMatch(/^court-report：图表/);
    });

    it(`${where}: 数据 announces every figure, value with its unit`, () => {
      walk(start, ["2"], figures.length, (i) => figures[i]!.label);
      const first = figures[0]!;
      expect(frame(keys(start, "2")).join("")).toContain(
        `${first.label} ${figureText(first)}`.slice(0, size.columns - 20),
      );
    });

    it(`${where}: 图表 announces every chart with its figures`, () => {
      walk(start, ["3"], charts.length, (i) => charts[i]!.title);
    });

    it(`${where}: 用语 announces every entry`, () => {
      walk(start, ["4", "escape"], glossary.length, (i) => glossary[i]!.term);
    });

    it(`${where}: 报告 contents and reader`, () => {
      const s = keys(start, "j", "j");
      expect(checkFrame(s)[1]).toMatch(/^目录，第3节/);
      const reading = checkFrame(keys(s, "enter"));
      expect(reading[1]).toMatch(/^正文：2\.0/);
    });

    it(`${where}: 搜索 and an open definition`, () => {
      const found = checkFrame(keys(start, "5", "未成年人", "escape"));
      expect(found.join("")).toMatch(/第1条，共\d+条/);
      const detail = checkFrame(keys(start, "4", "sfss", "enter"));
      expect(detail[1]).toMatch(/^示范诉讼/);
    });
  }
});

describe("in a real terminal", () => {
  it("--screen-reader: plain lines, and the keys work", { timeout: 60_000 }, async () => {
    const term = await startTerminal({
      command: ["node", "dist/cli.js", "--screen-reader"],
      columns: 60,
      rows: 16,
      cwd: process.cwd(),
    });
    try {
      await term.waitFor("court-report：报告", 30_000);
      await term.keys("2");
      const screen = await term.waitFor("court-report：数据", 30_000);
      expect(screen).toContain(`数据，第1项，共83项：${figures[0]!.label}`);
      expect(screen).not.toMatch(/\+-|\| /);
      await term.keys("j");
      expect(await term.waitFor("第2项，共83项", 10_000)).toContain("旧存");
    } finally {
      term.close();
    }
  });
});
