// The cursor fix (source/app/ink/cursor-fix.ts) on a fake terminal (./helpers/vt-screen.ts), no tmux:
// Ink renders frames through the fixed stream, incrementally as the explorer asks it to, and after
// every frame the screen must show that frame and nothing else — over random sequences of frames
// that grow, shrink, fill the screen and keep lines, and on the sequences that once broke.
import fc from "fast-check";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withCursorFix } from "../source/app/ink/cursor-fix";
import { NOT_CI, setEnv } from "./helpers/env";
import { drawFrames } from "./helpers/ink-frames";

const COLUMNS = 20;
const ROWS = 8;

let ink: typeof import("ink");
let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setEnv(NOT_CI);
  ink = await import("ink");
});
afterAll(() => restoreEnv());

/** The screen after each frame of `frames`, drawn by Ink through `fix` onto a fresh screen. */
const draw = async (frames: string[][], fix: (s: NodeJS.WriteStream) => NodeJS.WriteStream) =>
  (await drawFrames({ ...ink, createElement }, frames, { columns: COLUMNS, rows: ROWS, through: fix })).shown;

const expected = (lines: string[]) => [...lines, ...Array<string>(ROWS - lines.length).fill("")];

// A small pool, so lines recur unchanged from frame to frame, as in the explorer.
const line = fc.constantFrom("a", "b0", "b1", "c", "d", "e", "中文", "报告 2022");
// Frames that fill the screen (as the explorer's do) take another of Ink's paths: clear and redraw.
const frame = fc.oneof(
  fc.array(line, { minLength: 1, maxLength: ROWS - 1 }),
  fc.array(line, { minLength: ROWS, maxLength: ROWS }),
);

describe("the Ink cursor fix on a fake terminal", () => {
  it("shows each frame exactly, over random frame sequences", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 6 }), async (frames) => {
        expect(await draw(frames, withCursorFix)).toEqual(frames.map(expected));
      }),
      { numRuns: Number(process.env.CURSOR_FIX_RUNS ?? 60) },
    );
  });

  it("keeps a shrinking frame's unchanged last line (5 lines → a b1 c once drew a b1)", async () => {
    const frames = [
      ["a", "b0", "c", "d", "e"],
      ["a", "b1", "c"],
    ];
    expect(await draw(frames, withCursorFix)).toEqual(frames.map(expected));
  });

  it("keeps shorter frames after a full-screen one (8 lines → 2 → 1 left a blank screen, Ink's own slip)", async () => {
    const frames = [Array<string>(ROWS).fill("报告"), ["报告", "报告"], ["报告"]];
    expect(await draw(frames, withCursorFix)).toEqual(frames.map(expected));
  });

  it("does not draw an update one line low (a b0 c → a b1 c drew a b0 b1 without the fix)", async () => {
    const frames = [
      ["a", "b0", "c"],
      ["a", "b1", "c"],
    ];
    expect(await draw(frames, withCursorFix)).toEqual(frames.map(expected));
    // Ink 6.8 on its own: the bug the fix exists for (when this fails, Ink fixed it: see docs/architecture.md).
    expect((await draw(frames, (s) => s))[1]).not.toEqual(expected(frames[1]!));
  });
});
