// Paint first, then hydrate: the explorer draws its first frame before Ink, React and yoga load, and
// Ink then takes over without a visible change, applying every key typed meanwhile.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { frameLines } from "../source/app/frame";
import { initialState } from "../source/app/state";
import { paintLines } from "../source/app/ui/ansi";
import { lineText } from "../source/app/ui/styled";
import { startTerminal } from "./helpers/tmux";

const dir = mkdtempSync(join(tmpdir(), "court-paint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SIZES = [
  { columns: 80, rows: 24 },
  { columns: 40, rows: 12 },
  { columns: 120, rows: 40 },
];

/** The screen a real terminal shows after some bytes, with attributes (tmux capture -e). */
async function shown(bytes: string, size: { columns: number; rows: number }): Promise<string> {
  const file = join(dir, `paint-${size.columns}x${size.rows}.bin`);
  writeFileSync(file, bytes);
  const term = await startTerminal({ command: ["sh", "-c", `stty raw -echo; cat '${file}'; exec sleep 60`], ...size });
  try {
    await term.settle();
    return await term.screen({ escapes: true });
  } finally {
    term.close();
  }
}

describe("the first paint", () => {
  for (const size of SIZES) {
    it(`at ${size.columns}x${size.rows} leaves the screen Ink's first frame leaves`, { timeout: 60_000 }, async () => {
      const lines = frameLines(initialState(size));
      const painted = await shown(paintLines(lines, true), size);
      const term = await startTerminal({ command: ["node", "dist/cli.js"], ...size, cwd: process.cwd() });
      try {
        await term.waitFor((s) => s.includes("帮助") || s.includes("终端太小"), 30_000);
        const inked = await term.screen({ escapes: true });
        // Same characters and the same attributes, cell for cell.
        expect(painted).toBe(inked);
        // And that screen is the frame, line for line.
        const text = (await term.screen()).split("\n").map((l) => l.trimEnd());
        expect(text.slice(0, lines.length)).toEqual(lines.map((l) => lineText(l).trimEnd()));
      } finally {
        term.close();
      }
    });
  }

  it("keys typed while the explorer loads are all applied, in order", { timeout: 60_000 }, async () => {
    const term = await startTerminal({ command: ["node", "dist/cli.js"], columns: 80, rows: 24, cwd: process.cwd() });
    try {
      // At once, without waiting for any frame: 2 opens 数据, j j select its third figure.
      await term.keys("2", "j", "j");
      const screen = await term.waitFor("筛选>", 30_000);
      expect(screen).toContain("排序：报告顺序");
      const selected = (await term.screen({ escapes: true })).split("\n").find((l) => l.includes("\x1b[7m"));
      expect(selected).toContain("五年办结案件");
    } finally {
      term.close();
    }
  });
});
