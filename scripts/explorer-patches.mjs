// What the explorer's bundle changes in its dependencies, in one place: scripts/build.mjs applies it,
// test/dependency-patches.test.ts builds Ink with it and draws frames on a fake terminal. Each edit
// checks that the text it replaces is still there, so a new Ink or yoga-layout fails the build
// instead of shipping unpatched. docs/architecture.md lists them with what to do when they fail.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { patchInkFullHeight } from "./ink-full-height-patch.mjs";
import { INK_OUTPUT, patchInkOutput } from "./ink-output-patch.mjs";
import { INK_MEASURE, INK_SQUASH, patchInkMeasure, patchInkSquash } from "./ink-text-patch.mjs";
import { INK_INSTANCE, patchInkThrottle } from "./ink-throttle-patch.mjs";
import { LOG_UPDATE, patchLogUpdate } from "./log-update-patch.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

// Ink measures every line of every frame with string-width; the stub answers for the report's
// characters without string-width's emoji regexes (scripts/stubs/string-width.js). width.ts and the
// stub itself still get the real package, for everything else.
const stub = `${root}scripts/stubs/string-width.js`;
/** @type {import("esbuild").Plugin} */
const stringWidthShim = {
  name: "string-width-shim",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, ({ importer }) =>
      importer === stub || importer.endsWith("source/text/width.ts") ? undefined : { path: stub },
    );
  },
};

const FETCH_CHECK = '"function"!=typeof fetch';

// yoga-layout's Emscripten loader fetch()es its WebAssembly from a data: URL when fetch exists,
// which loads Node's undici (time and memory before the first frame); without fetch it decodes the
// same base64 in place.
/**
 * yoga-layout's loader source → the same loader, never using fetch; throws when yoga changed.
 * @param {string} source
 * @returns {string}
 */
export function patchYogaLoader(source) {
  const count = source.split(FETCH_CHECK).length - 1;
  if (count !== 2) throw new Error(`expected two '${FETCH_CHECK}' checks, found ${count}; yoga-layout changed`);
  return source.replaceAll(FETCH_CHECK, "true");
}

export const YOGA_LOADER = /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/;

/** @type {import("esbuild").Plugin} */
const yogaWithoutFetch = {
  name: "yoga-without-fetch",
  setup(b) {
    b.onLoad({ filter: YOGA_LOADER }, ({ path }) => {
      try {
        return { contents: patchYogaLoader(readFileSync(path, "utf8")), loader: "js" };
      } catch (error) {
        throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  },
};

/**
 * A plugin that rewrites one file of a dependency as it loads, with a guarded text patch.
 * @param {string} name
 * @param {RegExp} filter
 * @param {(source: string) => string} patch
 * @returns {import("esbuild").Plugin}
 */
const textPatch = (name, filter, patch) => ({
  name,
  setup(b) {
    b.onLoad({ filter }, ({ path }) => ({ contents: patch(readFileSync(path, "utf8")), loader: "js" }));
  },
});

// Ink's per-frame Output, made to reuse its work across frames (scripts/ink-output-patch.mjs).
const inkOutput = textPatch("ink-output", INK_OUTPUT, patchInkOutput);
// Ink's incremental renderer, letting the stream move rows (scripts/log-update-patch.mjs).
const inkLogUpdate = textPatch("ink-log-update", LOG_UPDATE, patchLogUpdate);
// Ink's text nodes squashed once per change, and measured without a cache of every text
// (scripts/ink-text-patch.mjs).
const inkSquash = textPatch("ink-squash", INK_SQUASH, patchInkSquash);
const inkMeasure = textPatch("ink-measure", INK_MEASURE, patchInkMeasure);
// Ink's instance (one file, so one plugin: esbuild loads a file through the first plugin that
// answers): its render throttle, drawing the first render after a pause at once
// (scripts/ink-throttle-patch.mjs), and a frame as high as the terminal drawn incrementally
// (scripts/ink-full-height-patch.mjs).
const inkInstance = textPatch("ink-instance", INK_INSTANCE, (source) => patchInkFullHeight(patchInkThrottle(source)));

/**
 * esbuild options for any bundle that holds Ink.
 * @type {{ alias: Record<string, string>, plugins: import("esbuild").Plugin[] }}
 */
export const EXPLORER_PATCHES = {
  // Ink imports react-devtools-core only when DEV=true; the bundle never ships it. signal-exit and
  // restore-cursor are Ink's own ways out: they wrote ESC[?25h to stderr and fought our signal
  // handling; source/terminal/fullscreen.ts restores the terminal on every way out instead.
  alias: {
    "react-devtools-core": "./scripts/stubs/react-devtools-core.js",
    "signal-exit": "./scripts/stubs/signal-exit.js",
    "restore-cursor": "./scripts/stubs/restore-cursor.js",
  },
  plugins: [stringWidthShim, yogaWithoutFetch, inkOutput, inkLogUpdate, inkSquash, inkMeasure, inkInstance],
};

/** signal-exit (through Ink) calls require(); an ES module bundle has none until it starts with this. */
export const REQUIRE = 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);\n';
