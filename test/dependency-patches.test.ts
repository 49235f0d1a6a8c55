// Every dependency patch the explorer's bundle carries (scripts/explorer-patches.mjs: the string-width
// stub, yoga-layout without fetch, Ink's Output reusing its work, its text squashed once and measured
// without a cache, a full-height frame drawn incrementally; the react-devtools-core stub; the cursor
// fix), tested together the way users get them: Ink is bundled with them by esbuild, as
// scripts/build.mjs bundles it, and draws random frames onto a fake terminal (./helpers/vt-screen.ts)
// that must then show each frame exactly. No tmux. Each text edit is also checked on its own:
// it applies to the installed package, and it refuses a package whose text moved.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchYogaLoader, YOGA_LOADER } from "../scripts/explorer-patches.mjs";
import { patchInkFullHeight } from "../scripts/ink-full-height-patch.mjs";
import devtoolsStub from "../scripts/stubs/react-devtools-core.js";
import { NOT_CI, setEnv } from "./helpers/env";
import { drawFrames, type InkParts } from "./helpers/ink-frames";
import { patchedBundle } from "./helpers/patched-bundle";

const root = fileURLToPath(new URL("..", import.meta.url));
const COLUMNS = 24;
const ROWS = 8;

interface Bundle extends InkParts {
  withCursorFix: typeof import("../source/app/ink/cursor-fix").withCursorFix;
}
let bundle: Bundle;
let dispose = () => {};
const fetchCalls: string[] = [];
const savedFetch = globalThis.fetch;
let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setEnv(NOT_CI);
  // yoga's loader, unpatched, fetch()es its WebAssembly when fetch exists.
  globalThis.fetch = ((url: unknown) => {
    fetchCalls.push(String(url).slice(0, 40));
    throw new Error("fetch called");
  }) as typeof fetch;
  ({ bundle, dispose } = await patchedBundle<Bundle>(
    [
      'export { render, Box, Text } from "ink";',
      'export { createElement } from "react";',
      'export { withCursorFix } from "./source/app/ink/cursor-fix";',
    ].join("\n"),
  ));
});
afterAll(() => {
  restoreEnv();
  globalThis.fetch = savedFetch;
  dispose();
});

const SGR = /\x1b\[[0-9;]*m/g;

/** The screen after each frame, drawn by the bundled Ink through the cursor fix onto a fresh screen. */
const draw = (frames: string[][]) =>
  drawFrames(bundle, frames, { columns: COLUMNS, rows: ROWS, through: bundle.withCursorFix, wrap: "truncate-end" });

const expected = (lines: string[]) => [
  ...lines.map((l) => l.replace(SGR, "").trimEnd()),
  ...Array(ROWS - lines.length).fill(""),
];

// Lines of the report's kinds of text: Chinese, figures, ambiguous punctuation, colours, recurring
// from frame to frame (the Output patch's caches and the cursor fix's unchanged lines).
const line = fc.constantFrom(
  "报告",
  "示范诉讼 10.73 亿元",
  "\x1b[1m审结\x1b[22m 9,136 件",
  "“一站式”·调解—",
  "\x1b[33m①\x1b[39m 结案率 96.5%",
  "\x1b[7m\x1b[36m 1 报告 \x1b[39m\x1b[27m",
  "a",
  "b",
);
const frame = fc.oneof(
  fc.array(line, { minLength: 1, maxLength: ROWS - 1 }),
  fc.array(line, { minLength: ROWS, maxLength: ROWS }),
);

describe("the bundle's patched Ink on a fake terminal", () => {
  it("shows each frame exactly, over random frame sequences", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 6 }), async (frames) => {
        expect((await draw(frames)).shown).toEqual(frames.map(expected));
      }),
      { numRuns: Number(process.env.PATCHES_RUNS ?? 40) },
    );
  });

  it("draws a frame as high as the terminal incrementally: its last row used, no clear, only changed rows", async () => {
    const full = Array.from({ length: ROWS }, (_, i) => `第${i}行`);
    const frames = [full, full.map((l, i) => (i === ROWS - 1 ? "脚注 已变" : l)), full.slice(0, ROWS - 2)];
    const { shown, bytes } = await draw(frames);
    expect(shown).toEqual(frames.map(expected));
    for (const b of bytes.slice(1)) expect(b).not.toMatch(/\x1b\[[23]J/);
    expect(bytes[1]).toContain("脚注 已变");
    expect(bytes[1]).not.toContain("第0行");
  });

  it("loaded yoga without calling fetch", () => {
    expect(fetchCalls).toEqual([]);
  });
});

describe("each edit on its own", () => {
  const require = createRequire(import.meta.url);
  const yogaPath = require
    .resolve("yoga-layout")
    .replace(/[\\/]dist[\\/].*$/, "/dist/binaries/yoga-wasm-base64-esm.js");

  it("yoga: both fetch checks of the installed loader are gone", () => {
    expect(YOGA_LOADER.test(yogaPath)).toBe(true);
    const source = readFileSync(yogaPath, "utf8");
    expect(source).toContain('"function"!=typeof fetch');
    expect(patchYogaLoader(source)).not.toContain("typeof fetch");
  });

  it("yoga: refuses a loader whose checks moved", () => {
    const source = readFileSync(yogaPath, "utf8");
    expect(() => patchYogaLoader(source.replace('"function"!=typeof fetch', "typeof fetch==='function'"))).toThrow(
      /yoga-layout changed/,
    );
  });

  it("Ink's instance: a frame as high as the terminal is no longer fullscreen; refuses a changed ink.js", () => {
    const source = readFileSync(join(root, "node_modules/ink/build/ink.js"), "utf8");
    const patched = patchInkFullHeight(source);
    expect(patched).toContain("outputHeight > this.options.stdout.rows");
    expect(patched).toContain("this.lastOutputHeight > this.options.stdout.rows");
    expect(patched).not.toMatch(/Height >= this\.options\.stdout\.rows/);
    expect(() => patchInkFullHeight(source.replace("outputHeight >= this", "outputHeight>=this"))).toThrow(
      /Ink changed/,
    );
  });

  it("react-devtools-core stub: has every function Ink's devtools.js calls, doing nothing", () => {
    const devtools = readFileSync(join(root, "node_modules/ink/build/devtools.js"), "utf8");
    const called = [...devtools.matchAll(/\bdevtools\.(\w+)\(/g)].map((m) => m[1]!);
    expect(called.length).toBeGreaterThan(0);
    for (const name of called) expect((devtoolsStub as Record<string, () => unknown>)[name]!()).toBeUndefined();
  });
});
