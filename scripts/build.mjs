// Bundles source/cli.ts into dist/: one entry file plus chunks that the entry imports lazily,
// so a quick lookup never loads Ink, React or yoga. Zero runtime dependencies.
import { build } from "esbuild";
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { INK_OUTPUT, patchInkOutput } from "./ink-output-patch.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// Ink measures every line of every frame with string-width; the stub answers for the report's
// characters without string-width's emoji regexes (scripts/stubs/string-width.js). width.ts and the
// stub itself still get the real package, for everything else.
const stub = `${root}scripts/stubs/string-width.js`;
const stringWidthShim = {
  name: "string-width-shim",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, ({ importer }) =>
      importer === stub || importer.endsWith("source/text/width.ts") ? undefined : { path: stub });
  },
};

// yoga-layout's Emscripten loader fetch()es its WebAssembly from a data: URL when fetch exists,
// which loads Node's undici (time and memory before the first frame); without fetch it decodes the
// same base64 in place. The build fails if a new yoga-layout no longer has these checks.
const yogaWithoutFetch = {
  name: "yoga-without-fetch",
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      const check = '"function"!=typeof fetch';
      if (source.split(check).length !== 3) throw new Error(`${path}: expected two '${check}' checks; yoga-layout changed`);
      return { contents: source.replaceAll(check, "true"), loader: "js" };
    });
  },
};

// Ink's per-frame Output, made to reuse its work across frames (scripts/ink-output-patch.mjs).
const inkOutput = {
  name: "ink-output",
  setup(b) {
    b.onLoad({ filter: INK_OUTPUT }, ({ path }) => ({ contents: patchInkOutput(readFileSync(path, "utf8")), loader: "js" }));
  },
};

// A plain `env node`: flags in a shebang need `env -S`, which BusyBox (Alpine, the node:alpine
// images) and the BSDs lack, so the bin would not start there at all. The explorer sets the V8
// flags it needs at run time instead (source/runtime/heap.ts).
const SHEBANG = "#!/usr/bin/env node\n";

rmSync(`${root}dist`, { recursive: true, force: true });
const { outputFiles } = await build({
  absWorkingDir: root,
  entryPoints: { cli: "source/cli.ts" },
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  alias: { "react-devtools-core": "./scripts/stubs/react-devtools-core.js" },
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
  plugins: [stringWidthShim, yogaWithoutFetch, inkOutput],
  write: false,
});

// signal-exit (through Ink) calls require(); ESM has none. Only the chunks that name it get one:
// createRequire costs a few milliseconds, and every chunk used to pay it.
const REQUIRE = 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);\n';
const entry = `${root}dist/cli.js`;
for (const { path, text } of outputFiles) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, (path === entry ? SHEBANG : "") + (/\brequire\b/.test(text) ? REQUIRE : "") + text);
}
chmodSync(entry, 0o755);
