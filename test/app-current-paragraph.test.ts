// What y copies in 报告 after each kind of jump: the paragraph that holds the highlighted text (the
// landed span, the current match, the paragraph a goto named), never the tail of the one above it,
// which a jump no longer leaves on the top rows. At a small, a usual and a large terminal.
import { describe, expect, it } from "vitest";
import { paragraphById } from "../data/index";
import { frameLines } from "../source/app/frame";
import { currentDoc, currentParagraph, docLineOf, findMatches, reportLayout } from "../source/app/panes/report/model";
import { initialState, type State } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { clipText } from "../source/output/clip";
import { type KEY, keys, press } from "./helpers/explorer-state";

type Keys = (string | keyof typeof KEY)[];

/** Each kind of jump, and the paragraph it must land on (from the state it reached). */
const JUMPS: readonly { name: string; keys: Keys }[] = [
  { name: "搜索 result", keys: ["5", "未成年人", "down", "down", "enter"] },
  { name: "数据 figure", keys: ["2", "/", "zjzx", "escape", "enter"] },
  { name: "图表 figure", keys: ["3", "enter", "j", "enter"] },
  { name: "glossary place", keys: ["4", "示范诉讼", "enter", "j", "enter"] },
  { name: "goto", keys: [":", "2.2.p4", "enter"] },
  { name: "find match n", keys: ["/", "执行", "enter", "n", "n", "n"] },
];

const SIZES = [
  { columns: 40, rows: 12 },
  { columns: 80, rows: 24 },
  { columns: 200, rows: 50 },
] as const;

/** The highlighted place: the current match, else the landed span, else (a goto) the paragraph named. */
function highlighted(s: State): { paragraphId: string; start: number } {
  const r = s.report;
  const match = r.find.text === "" ? undefined : findMatches(r.find.text)[r.match];
  if (match) return match;
  if (r.landing) return r.landing;
  return { paragraphId: "2.2.p4", start: 0 };
}

describe("y after a jump copies the paragraph that holds the highlighted text", () => {
  for (const size of SIZES) {
    for (const jump of JUMPS) {
      it(`${jump.name} at ${size.columns}x${size.rows}`, () => {
        const s = keys(initialState(size), ...jump.keys);
        expect(s.pane).toBe("report");
        const { paragraphId, start } = highlighted(s);
        const step = press(s, "y");
        expect(step.effects).toEqual([
          { type: "copy", text: clipText({ kind: "paragraph", id: paragraphId }, "plain") },
        ]);
        expect(step.state.notice).toMatch(
          new RegExp(`^已发送到剪贴板：${paragraphId.replaceAll(".", "\\.")}（\\d+字；`),
        );
        expect(currentParagraph(s.size, s.report)).toBe(paragraphId);

        // The highlighted line is on screen, and the frame shows it.
        const doc = currentDoc(s.size, s.report);
        const line = docLineOf(doc, paragraphId, start);
        const h = reportLayout(s.size, s.report).readerHeight;
        expect(line).toBeGreaterThanOrEqual(s.report.scroll);
        expect(line).toBeLessThan(s.report.scroll + h);
        const frame = frameLines(s).map(lineText).join("\n");
        expect(frame).toContain(doc.lines[line]!.text);
        // The top row is the paragraph's own, not the tail of the one above.
        expect(doc.lines[s.report.scroll]!.paragraphId).toBe(paragraphId);
        // Its first line (with its id, where the reader shows ids) on top.
        const first = doc.paragraphLine.get(paragraphId)!;
        if (line - first < h) expect(s.report.scroll).toBe(first);
      });
    }
  }

  it("after plain scrolling: the first paragraph whose text starts on screen, the one whose id is in view", () => {
    let s = keys(initialState({ columns: 80, rows: 24 }), ":", "2.2.p4", "enter");
    for (let i = 0; i < 30; i++) {
      s = keys(s, "j");
      const doc = currentDoc(s.size, s.report);
      const h = reportLayout(s.size, s.report).readerHeight;
      const shown = doc.lines.slice(s.report.scroll, s.report.scroll + h);
      const starting = shown.find((l) => l.kind === "text" && l.start === 0);
      const expected = starting?.paragraphId ?? shown.find((l) => l.kind === "text")!.paragraphId;
      expect(currentParagraph(s.size, s.report)).toBe(expected);
      expect(press(s, "y").effects).toEqual([
        { type: "copy", text: clipText({ kind: "paragraph", id: expected! }, "plain") },
      ]);
    }
  });

  it("a landing scrolled out of view no longer decides: what is on screen does", () => {
    let s = keys(initialState({ columns: 80, rows: 24 }), "2", "/", "zjzx", "escape", "enter");
    expect(currentParagraph(s.size, s.report)).toBe(s.report.landing!.paragraphId);
    s = keys(s, " ", " ", " ");
    expect(s.report.landing).not.toBeNull();
    expect(currentParagraph(s.size, s.report)).not.toBe(s.report.landing!.paragraphId);
    expect(paragraphById.has(currentParagraph(s.size, s.report)!)).toBe(true);
  });
});
