// The render throttle of the Ink the explorer ships (scripts/ink-throttle-patch.mjs), on fake timers
// and a fake terminal: the first frame after a pause is written at once, a render asked for inside
// the window waits only for the window's end, and a burst costs no more frames than Ink's own
// throttle. Ink's own (node_modules) is driven the same way beside it. Each write of Ink's
// incremental renderer is one frame (the cursor is shown and hidden around it only on start and end).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as react from "react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { INK_INSTANCE, patchInkThrottle } from "../scripts/ink-throttle-patch.mjs";
import { NOT_CI, setEnv } from "./helpers/env";
import { FakeStdout } from "./helpers/fake-tty";
import { patchedBundle } from "./helpers/patched-bundle";

const root = fileURLToPath(new URL("..", import.meta.url));
const WINDOW_MS = 34; // 30 fps, as source/app/ink/render-options.ts asks

interface Bundle {
  render: typeof import("ink").render;
  Text: typeof import("ink").Text;
  createElement: typeof import("react").createElement;
}
let patched: Bundle;
let own: Bundle;
let dispose = () => {};
let restoreEnv = () => {};

// Ink reads CI as it loads (under CI it draws only the last frame): both Inks load without it.
beforeAll(async () => {
  restoreEnv = setEnv(NOT_CI);
  const ownInk = await import("ink");
  own = { render: ownInk.render, Text: ownInk.Text, createElement: react.createElement };
  ({ bundle: patched, dispose } = await patchedBundle<Bundle>(
    'export { render, Text } from "ink";\nexport { createElement } from "react";',
  ));
});
afterAll(() => {
  dispose();
  restoreEnv();
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** An Ink app on a fake 40x10 terminal at 30 fps: `show(text)` renders, `frames()` counts what was written. */
function app({ render, Text, createElement: h }: Bundle) {
  const stdout = new FakeStdout(40, 10);
  const instance = render(h(Text, null, "start"), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    incrementalRendering: true,
    maxFps: 1000 / WINDOW_MS,
    patchConsole: false,
    exitOnCtrlC: false,
  });
  return {
    show: (text: string) => instance.rerender(h(Text, null, text)),
    frames: () => stdout.writes.filter((w) => w.includes("frame")).length,
    last: () => stdout.writes.filter((w) => w.includes("frame")).at(-1) ?? "",
    end: () => instance.unmount(),
  };
}

describe("the patched render throttle", () => {
  it("writes the first frame after a pause at once", () => {
    const a = app(patched);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(WINDOW_MS + 10);
      a.show(`frame ${i}`);
      expect(a.frames()).toBe(i + 1);
      expect(a.last()).toContain(`frame ${i}`);
    }
    a.end();
  });

  it("draws a render asked for inside the window at the window's end, not a window after it", () => {
    const a = app(patched);
    vi.advanceTimersByTime(WINDOW_MS + 10);
    a.show("frame 1");
    expect(a.frames()).toBe(1);
    vi.advanceTimersByTime(20);
    a.show("frame 2");
    vi.advanceTimersByTime(5);
    a.show("frame 3");
    expect(a.frames()).toBe(1);
    vi.advanceTimersByTime(WINDOW_MS - 26);
    expect(a.frames()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(a.frames()).toBe(2);
    expect(a.last()).toContain("frame 3");
    a.end();
  });

  it("Ink's own throttle waits a whole window after such a render (what the patch removes)", () => {
    const a = app(own);
    vi.advanceTimersByTime(WINDOW_MS + 10);
    a.show("frame 1");
    vi.advanceTimersByTime(20);
    a.show("frame 2");
    vi.advanceTimersByTime(WINDOW_MS - 1);
    expect(a.frames()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(a.frames()).toBe(2);
    a.end();
  });

  // A paste reaches the explorer in one read or in reads a millisecond apart: no more frames than
  // Ink's own. A held key (30 a second) is drawn at up to maxFps, one frame a window, where Ink's own
  // throttle drew every other key.
  const burst = (bundle: Bundle, gap: number) => {
    const a = app(bundle);
    vi.advanceTimersByTime(WINDOW_MS + 10);
    for (let i = 0; i < 60; i++) {
      a.show(`frame ${i}`);
      vi.advanceTimersByTime(gap);
    }
    vi.advanceTimersByTime(WINDOW_MS * 2);
    const shown = a.last();
    const frames = a.frames();
    a.end();
    expect(shown).toContain("frame 59");
    return frames;
  };

  it("costs no more frames than Ink's own for a paste over several reads", () => {
    for (const gap of [0, 1]) expect(burst(patched, gap)).toBeLessThanOrEqual(burst(own, gap));
  });

  it("draws a burst at no more than one frame a window, the last render included", () => {
    for (const gap of [0, 1, 3, 10, 20, 33]) {
      expect(burst(patched, gap)).toBeLessThanOrEqual(Math.ceil((60 * gap) / WINDOW_MS) + 2);
    }
  });
});

describe("the edit on its own", () => {
  const path = join(root, "node_modules/ink/build/ink.js");

  it("applies to the installed Ink", () => {
    expect(INK_INSTANCE.test(path)).toBe(true);
    const patchedSource = patchInkThrottle(readFileSync(path, "utf8"));
    expect(patchedSource).toContain("frameGate(this.onRender, renderThrottleMs)");
    expect(patchedSource).not.toContain("throttle(this.onRender");
  });

  it("refuses an Ink whose throttle moved", () => {
    const source = readFileSync(path, "utf8").replace("throttle(this.onRender,", "throttle(this.render,");
    expect(() => patchInkThrottle(source)).toThrow(/Ink changed/);
  });
});
