// Bytes the explorer writes per keystroke to an 80x24 terminal: a keystroke over a slow SSH
// link should cost a few hundred bytes, not a screenful. Counted with a fake TTY stdout of fixed size,
// rendering the App as the build bundles it (Ink with every patch, ./helpers/patched-bundle.ts) with
// the options source/app/ink/mount.tsx passes to Ink. The frame fills the terminal, down to its last
// row, and is still drawn incrementally.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_CI, setEnv } from "./helpers/env";
import { type ExplorerParts, mountApp, type RenderedApp } from "./helpers/mount-app";
import { patchedBundle } from "./helpers/patched-bundle";

interface Bundle extends ExplorerParts {
  withCursorFix: typeof import("../source/app/ink/cursor-fix").withCursorFix;
  RENDER_OPTIONS: typeof import("../source/app/ink/render-options").RENDER_OPTIONS;
}

const COLUMNS = 80;
const ROWS = 24;

// Longer than a frame at maxFps 30 and than Ink's wait to tell a lone Esc from a sequence.
const SETTLE = 120;

let app: RenderedApp;
let restoreEnv = () => {};
let dispose = () => {};

/** What the explorer writes in answer to `keys`. */
async function cost(keys: string): Promise<{ bytes: number; text: string }> {
  const [bytes, writes] = [app.bytes(), app.writes.length];
  app.send(keys);
  await app.quiet(SETTLE);
  return { bytes: app.bytes() - bytes, text: app.writes.slice(writes).join("") };
}

// Erase display (ED 2/3) or reset: what Ink 6.8 sends when it redraws everything, e.g. once a frame
// reaches the terminal's height.
const CLEARS = /\x1b\[[23]J|\x1bc/;

/** A keystroke's output: changed lines only, never a cleared screen. */
function expectIncremental(out: { bytes: number; text: string }) {
  expect(out.bytes).toBeGreaterThan(0);
  expect(out.text).not.toMatch(CLEARS);
}

const share = (bytes: number) =>
  `${bytes} B = ${((100 * bytes) / firstFrame).toFixed(0)}% of the first frame (${firstFrame} B)`;

let firstFrame = 0;

beforeAll(async () => {
  // Ink renders only the last frame when it believes it runs in CI (read when Ink loads); the explorer
  // clears these before loading Ink, and so must we, or we would count nothing like what users get.
  // Colours as in a 256-colour terminal: a selection is drawn in colour, and colour costs bytes.
  restoreEnv = setEnv({ ...NOT_CI, FORCE_COLOR: "2" });
  let bundle: Bundle;
  ({ bundle, dispose } = await patchedBundle<Bundle>(
    [
      'export { render } from "ink";',
      'export { App } from "./source/app/ink/App";',
      'export { readKeys } from "./source/input/reader";',
      'export { withCursorFix } from "./source/app/ink/cursor-fix";',
      'export { RENDER_OPTIONS } from "./source/app/ink/render-options";',
    ].join("\n"),
  ));
  app = mountApp(
    bundle,
    { columns: COLUMNS, rows: ROWS },
    { live: { options: bundle.RENDER_OPTIONS, through: bundle.withCursorFix } },
  );
  await app.quiet(SETTLE);
  firstFrame = app.bytes();
});

afterAll(() => {
  app?.unmount();
  restoreEnv();
  dispose();
});

describe("bytes per keystroke at 80x24", () => {
  it("draws a first frame of a sensible size", () => {
    // 24 rows of at most 80 columns (Chinese is 3 bytes per 2 columns) with colours: far below 20 KB.
    expect(firstFrame).toBeGreaterThan(500);
    expect(firstFrame).toBeLessThan(20_000);
    expect(app.writes.join("")).not.toMatch(CLEARS);
  });

  it("scrolls the 报告 reader by one line without clearing the screen", async () => {
    for (let i = 0; i < 4; i++) await cost("j"); // to 2.2, a section longer than the screen
    await cost("\r");
    expectIncremental(await cost("j"));
  });

  it("moves the 用语 result selection for at most 25% of the first frame", async () => {
    await cost("4");
    await cost("\x1b"); // leave the query box: j moves the list
    const out = await cost("j");
    expectIncremental(out);
    expect(out.bytes, share(out.bytes)).toBeLessThanOrEqual(firstFrame * 0.25);
  });

  it("moves the 数据 selection for at most 25% of the first frame", async () => {
    await cost("2");
    const out = await cost("j");
    expectIncremental(out);
    expect(out.bytes, share(out.bytes)).toBeLessThanOrEqual(firstFrame * 0.25);
  });

  it("types a character in 搜索 without clearing the screen", async () => {
    await cost("5");
    expectIncremental(await cost("执"));
  });
});
