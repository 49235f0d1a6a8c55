// The bundle gives Ink a patched Output (scripts/ink-output-patch.mjs) that reuses its work across
// frames. It must write exactly what Ink's own Output writes: random frames, drawn one after
// another (so the shared caches are hit and cleared), go through both and are compared.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchInkOutput } from "../scripts/ink-output-patch.mjs";

interface Clip {
  x1?: number;
  x2?: number;
  y1?: number;
  y2?: number;
}
interface OutputLike {
  write(
    x: number,
    y: number,
    text: string,
    options: { transformers: ((line: string, index: number) => string)[] },
  ): void;
  clip(clip: Clip): void;
  unclip(): void;
  get(): { output: string; height: number };
}
type OutputClass = new (options: { width: number; height: number }) => OutputLike;

const root = fileURLToPath(new URL("..", import.meta.url));
const inkOutputPath = join(root, "node_modules/ink/build/output.js");
// Inside the project, so the patched copy imports the same slice-ansi, string-width and
// ansi-tokenize as Ink's own file does.
mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
const dir = mkdtempSync(join(root, "node_modules/.cache/court-report-output-"));
let Original: OutputClass;
let Patched: OutputClass;

beforeAll(async () => {
  writeFileSync(join(dir, "output.mjs"), patchInkOutput(readFileSync(inkOutputPath, "utf8")));
  Original = ((await import(pathToFileURL(inkOutputPath).href)) as { default: OutputClass }).default;
  Patched = ((await import(pathToFileURL(join(dir, "output.mjs")).href)) as { default: OutputClass }).default;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Op =
  | { kind: "write"; x: number; y: number; text: string; bold: boolean }
  | { kind: "clip"; clip: Clip }
  | { kind: "unclip" };

const STYLES = [
  ["\x1b[1m", "\x1b[22m"],
  ["\x1b[2m", "\x1b[22m"],
  ["\x1b[4m", "\x1b[24m"],
  ["\x1b[7m", "\x1b[27m"],
  ["\x1b[33m", "\x1b[39m"],
  ["\x1b[36m", "\x1b[39m"],
  ["\x1b[46m", "\x1b[49m"],
  ["\x1b[38;5;208m", "\x1b[39m"],
] as const;
// A small pool, so the same pieces recur from frame to frame as they do in the explorer.
const piece = fc.oneof(
  fc.constantFrom("报告", "示范诉讼", "，", "。", "abc", " ", "  ", "10.73", "亿元", "①", "é", "👍🏽", "\n"),
  // What the patched reading of a line must hand to ansi-tokenize as it is: combining marks (also
  // right after a code), joiners, variation selectors, controls, links and escapes that are not SGR.
  fc.constantFrom(
    "e\u0301",
    "\u0301",
    "\u3099",
    "\u200d",
    "\ufe0f",
    "☺\ufe0f",
    "\u00ad",
    "\x1b[",
    "\x1b[1",
    "\x9b1m",
    "\x1b]8;;https://x\x07链接\x1b]8;;\x07",
    "▇▍",
    "“”…—",
  ),
  fc.string({ unit: fc.constantFrom("a", "中", "文", " ", "·", "—"), maxLength: 6 }),
);
const styledPiece = fc
  .tuple(piece, fc.option(fc.subarray([...STYLES], { maxLength: 2 }), { nil: undefined }))
  .map(([text, styles]) => (styles ?? []).reduce((t, [open, close]) => `${open}${t}${close}`, text));
const text = fc.array(styledPiece, { minLength: 1, maxLength: 6 }).map((p) => p.join(""));
const coordinate = fc.integer({ min: -3, max: 30 });
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("write" as const),
      x: coordinate,
      y: coordinate,
      text,
      bold: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("clip" as const),
      clip: fc.record({ x1: coordinate, x2: coordinate, y1: coordinate, y2: coordinate }, { requiredKeys: [] }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "unclip" as const }) },
);
const frame = fc.record({
  width: fc.integer({ min: 1, max: 40 }),
  height: fc.integer({ min: 1, max: 14 }),
  ops: fc.array(op, { maxLength: 14 }),
});

const bold = (line: string): string => `\x1b[1m${line}\x1b[22m`;

function draw(
  Output: OutputClass,
  { width, height, ops }: { width: number; height: number; ops: Op[] },
): { output: string; height: number } {
  const output = new Output({ width, height });
  for (const o of ops) {
    if (o.kind === "write") output.write(o.x, o.y, o.text, { transformers: o.bold ? [bold] : [] });
    else if (o.kind === "clip") output.clip(o.clip);
    else output.unclip();
  }
  return output.get();
}

describe("Ink's Output, patched for the bundle", () => {
  it("writes exactly what Ink's own Output writes, frame after frame", () => {
    fc.assert(
      fc.property(fc.array(frame, { minLength: 1, maxLength: 8 }), (frames) => {
        for (const f of frames) expect(draw(Patched, f)).toEqual(draw(Original, f));
      }),
      { numRuns: Number(process.env.OUTPUT_PATCH_RUNS ?? 400) },
    );
  });

  it("matches on a line that opens with a stray style close, clipped to its own width (once found by the property above)", () => {
    const f = {
      width: 1,
      height: 2,
      ops: [
        { kind: "clip", clip: { x1: 0, x2: 1 } },
        { kind: "write", x: 0, y: 0, text: "\x1b[2m\n\x1b[22ma", bold: true },
      ] as Op[],
    };
    expect(draw(Patched, f)).toEqual(draw(Original, f));
  });

  it("matches when lines leave the screen and come back frames later", () => {
    const page = (n: number): Op[] =>
      Array.from({ length: 20 }, (_, y) => ({
        kind: "write",
        x: 0,
        y,
        text: `第${n}页${y} \x1b[33m${n * 20 + y}\x1b[39m 元`,
        bold: y % 2 === 0,
      }));
    for (const n of [0, 1, 2, 0, 0, 3, 1, 2, 2, 0]) {
      const f = { width: 30, height: 20, ops: page(n) };
      expect(draw(Patched, f)).toEqual(draw(Original, f));
    }
  });

  it("matches when a frame's rows come back, moved, beside new ones or at another width", () => {
    // Rows of several writes each (two columns and a border, as panes side by side draw them), so
    // the rows the frame before drew are found again by what is written in them.
    const shifted = (ops: Op[], dy: number): Op[] => ops.map((o) => (o.kind === "write" ? { ...o, y: o.y + dy } : o));
    fc.assert(
      fc.property(
        frame,
        fc.array(fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -2, max: 2 }))),
        (f, moves) => {
          const columns: Op[] = Array.from({ length: f.height }, (_, y): Op[] => [
            { kind: "write", x: 0, y, text: `${y % 3}目录`, bold: y === 1 },
            { kind: "write", x: 6, y, text: "│", bold: false },
            { kind: "write", x: 7, y, text: `正文${y}`, bold: false },
          ]).flat();
          const base = { ...f, ops: [...columns, ...f.ops] };
          expect(draw(Patched, base)).toEqual(draw(Original, base));
          for (const [dy, dw] of moves) {
            const g = { ...base, width: Math.max(1, base.width + dw), ops: [...columns, ...shifted(f.ops, dy)] };
            expect(draw(Patched, g)).toEqual(draw(Original, g));
          }
        },
      ),
      { numRuns: Number(process.env.OUTPUT_PATCH_RUNS ?? 400) / 4 },
    );
  });

  it("matches after its table of shared cells has started again", () => {
    // More distinct characters and styles than the table keeps (50,000 cells), then the first again.
    const han = (from: number) => String.fromCharCode(...Array.from({ length: 40 }, (_, i) => 0x4e00 + from + i));
    const frameAt = (n: number) => ({
      width: 90,
      height: 20,
      ops: Array.from({ length: 20 }, (_, y): Op => {
        const [open, close] = STYLES[(n + y) % STYLES.length]!;
        return {
          kind: "write",
          x: 0,
          y,
          text: `${open}${han(((n * 20 + y) * 40) % 20000)}${close}`,
          bold: y % 2 === 0,
        };
      }),
    });
    for (const n of [...Array.from({ length: 80 }, (_, n) => n), 0, 1]) {
      const f = frameAt(n);
      expect(draw(Patched, f)).toEqual(draw(Original, f));
    }
  });

  it("refuses an Ink whose Output no longer has the text it edits", () => {
    const source = readFileSync(inkOutputPath, "utf8");
    expect(() => patchInkOutput(source.replace("caches = new OutputCaches();", "caches = makeCaches();"))).toThrow(
      /Ink changed/,
    );
  });
});
