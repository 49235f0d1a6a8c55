// The scrolling layer (source/app/ink/scroll.ts) through the patched renderer
// (scripts/log-update-patch.mjs), on a fake VT100 screen (./helpers/vt-screen.ts): Ink, bundled as the
// build bundles it, draws frames through withScrolling(withCursorFix(terminal)), and after every frame
// the screen must be exactly what a full repaint leaves — the frame from the top, the rest blank —
// over random sequences of scrolls by 1–3 rows either way, pages, edits of other rows, frames that
// shrink, grow or fill the screen, and a column beside the text that does not scroll.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchLogUpdate } from "../scripts/log-update-patch.mjs";
import { planScroll } from "../source/app/ink/scroll";
import { NOT_CI, setEnv } from "./helpers/env";
import { drawFrames, type InkParts } from "./helpers/ink-frames";
import { patchedBundle } from "./helpers/patched-bundle";

const COLUMNS = 30;
const ROWS = 12;

interface Bundle extends InkParts {
  withCursorFix: typeof import("../source/app/ink/cursor-fix").withCursorFix;
  withScrolling: typeof import("../source/app/ink/scroll").withScrolling;
}
let bundle: Bundle;
let dispose = () => {};
let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setEnv(NOT_CI);
  ({ bundle, dispose } = await patchedBundle<Bundle>(
    [
      'export { render, Box, Text } from "ink";',
      'export { createElement } from "react";',
      'export { withCursorFix } from "./source/app/ink/cursor-fix";',
      'export { withScrolling } from "./source/app/ink/scroll";',
    ].join("\n"),
  ));
});
afterAll(() => {
  restoreEnv();
  dispose();
});

/** The screen after each frame, and the bytes of each frame, drawn by the bundled Ink onto a fresh screen. */
const draw = (frames: string[][], scrolling = true) =>
  drawFrames(bundle, frames, {
    columns: COLUMNS,
    rows: ROWS,
    through: (s) => (scrolling ? bundle.withScrolling(bundle.withCursorFix(s)) : bundle.withCursorFix(s)),
  });

/** What a full repaint leaves: the frame from the top, the rest blank. */
const expected = (lines: string[]) => [
  ...lines.map((l) => l.trimEnd()),
  ...Array<string>(ROWS - lines.length).fill(""),
];

// A document to read: distinct rows, a few blank ones (a space: an empty Text takes no row) and
// repeats (rows equal by text move alike).
const DOC = Array.from({ length: 40 }, (_, i) =>
  i % 7 === 3 ? " " : i % 11 === 5 ? "重复的一行" : `第${i}行 报告正文`,
);

type Op =
  | { kind: "scroll"; by: number }
  | { kind: "status" }
  | { kind: "edit"; row: number }
  | { kind: "height"; to: number }
  | { kind: "beside" };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 3 }).map((by): Op => ({ kind: "scroll", by })) },
  { weight: 1, arbitrary: fc.constantFrom(-9, 9).map((by): Op => ({ kind: "scroll", by })) },
  { weight: 1, arbitrary: fc.constant<Op>({ kind: "status" }) },
  { weight: 1, arbitrary: fc.nat(ROWS).map((row): Op => ({ kind: "edit", row })) },
  // ROWS: a frame that fills the screen, its last row on the terminal's last.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: ROWS }).map((to): Op => ({ kind: "height", to })) },
  { weight: 1, arbitrary: fc.constant<Op>({ kind: "beside" }) },
);

/** The frames a sequence of operations makes: a status row over a window of DOC, optionally beside a column. */
function framesOf(ops: Op[]): string[][] {
  let top = 0;
  let height = ROWS - 1;
  let status = 0;
  let beside = false;
  const edits = new Map<number, number>();
  const frames: string[][] = [];
  for (const o of ops) {
    if (o.kind === "scroll") top = Math.max(0, Math.min(DOC.length - 1, top + o.by));
    else if (o.kind === "status") status++;
    else if (o.kind === "edit") edits.set(o.row, (edits.get(o.row) ?? 0) + 1);
    else if (o.kind === "height") height = o.to;
    else beside = !beside;
    const rows = [`状态 ${status} ${top}`, ...DOC.slice(top, top + height - 1)];
    while (rows.length < height) rows.push("~");
    frames.push(
      rows.map((r, i) => {
        const edited = edits.has(i) ? `${r}*${edits.get(i)}` : r;
        return beside ? `目录${i % 3} | ${edited}` : edited;
      }),
    );
  }
  return frames;
}

describe("scrolling by moving rows, on a fake terminal", () => {
  it("leaves exactly the screen a full repaint leaves, over random frame sequences", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const frames = framesOf(ops);
        expect((await draw(frames)).shown).toEqual(frames.map(expected));
      }),
      { numRuns: Number(process.env.SCROLL_RUNS ?? 60) },
    );
  });

  it("moves rows for a one-row scroll either way, and writes only the rows still different", async () => {
    const by = [0, 1, 3, -1].map((n): Op => ({ kind: "scroll", by: n }));
    const frames = framesOf(by);
    const { shown, bytes } = await draw(frames);
    expect(shown).toEqual(frames.map(expected));
    expect(bytes[1]).toContain("\x1b[1M");
    expect(bytes[1]).toContain("\x1b[1L");
    expect(bytes[2]).toContain("\x1b[3M");
    // Down: the block's last row deleted, a blank row inserted at its top, the row above it drawn.
    expect(bytes[3]).toMatch(/\x1b\[1M\x1b\[\d+A\x1b\[1L/);
    expect(bytes[3]).toContain(DOC[3]);
    const repaint = (await draw(frames, false)).bytes;
    // The new bottom row and the status row, not all eleven.
    expect(bytes[1]!.length).toBeLessThan(repaint[1]!.length * 0.6);
    expect(bytes[1]).toContain("状态 0 1");
    for (const moved of DOC.slice(1, ROWS - 3)) if (moved.trim()) expect(bytes[1]).not.toContain(moved);
  });

  it("moves rows of a frame that fills the screen, down to the terminal's last row, and never clears it", async () => {
    const ops: Op[] = [{ kind: "height", to: ROWS }, ...[1, 1, -2, 3].map((by): Op => ({ kind: "scroll", by }))];
    const frames = framesOf(ops);
    const { shown, bytes } = await draw(frames);
    expect(shown).toEqual(frames.map(expected));
    expect(shown[1]![ROWS - 1]).toBe(DOC[ROWS - 1]);
    const repaint = (await draw(frames, false)).bytes;
    for (let i = 1; i < frames.length; i++) {
      expect(bytes[i]).toMatch(/\x1b\[\d+M/);
      expect(bytes[i]).not.toMatch(/\x1b\[[23]J/);
      expect(bytes[i]!.length).toBeLessThan(repaint[i]!.length);
    }
  });

  it("repaints when the rows did not move whole (a column beside them stays)", async () => {
    const frames = framesOf([{ kind: "beside" }, { kind: "scroll", by: 1 }]);
    const { shown, bytes } = await draw(frames);
    expect(shown).toEqual(frames.map(expected));
    expect(bytes[1]).not.toMatch(/\x1b\[\d*[LM]/);
  });
});

describe("planScroll", () => {
  it("finds the block that moved and the rows left to draw", () => {
    const [a, b, c, d] = ["一行正文 a", "一行正文 b", "一行正文 c", "一行正文 d"];
    const plan = planScroll(["s0", a, b, c, "f"], ["s1", b, c, d, "f"]);
    expect(plan?.lines).toEqual(["s0", b, c, undefined, "f"]);
    // Down to row 1, delete one row; down to row 3, insert one; back up to row 0.
    expect(plan?.bytes).toBe("\x1b[1B\x1b[1M\x1b[2B\x1b[1L\x1b[3A");
  });

  it("moves nothing when nothing moved, or when moving costs more than it saves", () => {
    expect(planScroll(["a", "b"], ["a", "c"])).toBeNull();
    expect(planScroll(["a", "b"], ["b", "a"])).toBeNull();
  });
});

describe("the edit on its own", () => {
  it("refuses a log-update.js whose row loop moved", async () => {
    const { readFileSync } = await import("node:fs");
    const source = readFileSync("node_modules/ink/build/log-update.js", "utf8");
    expect(patchLogUpdate(source)).toContain("stream.scrollLines");
    expect(() => patchLogUpdate(source.replace("for (let i = 0; i < visibleCount; i++)", "for (;;)"))).toThrow(
      /Ink changed/,
    );
  });
});
