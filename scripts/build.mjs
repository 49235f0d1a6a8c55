// Bundles source/cli.ts into dist/: the quick lookups in one CommonJS file, the explorer in ES module
// chunks it imports only when it opens, so a lookup never loads Ink, React or yoga. Zero runtime
// dependencies.

import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
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
      importer === stub || importer.endsWith("source/text/width.ts") ? undefined : { path: stub },
    );
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
      if (source.split(check).length !== 3)
        throw new Error(`${path}: expected two '${check}' checks; yoga-layout changed`);
      return { contents: source.replaceAll(check, "true"), loader: "js" };
    });
  },
};

// Ink's per-frame Output, made to reuse its work across frames (scripts/ink-output-patch.mjs).
const inkOutput = {
  name: "ink-output",
  setup(b) {
    b.onLoad({ filter: INK_OUTPUT }, ({ path }) => ({
      contents: patchInkOutput(readFileSync(path, "utf8")),
      loader: "js",
    }));
  },
};

// A plain `env node`: flags in a shebang need `env -S`, which BusyBox (Alpine, the node:alpine
// images) and the BSDs lack, so the bin would not start there at all. The explorer sets the V8
// flags it needs at run time instead (source/runtime/heap.ts).
const SHEBANG = "#!/usr/bin/env node\n";

// Quick lookups: dist/cli.js is one CommonJS file (dist/package.json says so) holding every command.
// Node starts CommonJS without its ES module loader: measured 1.40–1.46× → 1.23–1.26× of `node -e 0` for
// `glossary 示范诉讼`. The explorer stays ES modules (yoga has top-level await) in dist/chunks/, loaded
// by import() only when it opens, so a lookup never loads Ink, React or yoga. The two bundles each
// have their own copy of the shared code (data, search, width): the explorer loads both.
const explorerImport = {
  name: "explorer-import",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/explorer$/ }, () => ({ path: "./chunks/explorer.mjs", external: true }));
  },
};
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
  write: false,
};

rmSync(`${root}dist`, { recursive: true, force: true });
const quick = await build({
  ...common,
  entryPoints: ["source/cli.ts"],
  outfile: "dist/cli.js",
  format: "cjs",
  plugins: [explorerImport],
});
const explorer = await build({
  ...common,
  entryPoints: { explorer: "source/explorer.tsx" },
  outdir: "dist/chunks",
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  splitting: true,
  format: "esm",
  alias: {
    "react-devtools-core": "./scripts/stubs/react-devtools-core.js",
    "signal-exit": "./scripts/stubs/signal-exit.js",
    "restore-cursor": "./scripts/stubs/restore-cursor.js",
  },
  plugins: [stringWidthShim, yogaWithoutFetch, inkOutput],
});

// A CommonJS module in a chunk may call require(); ESM has none. Only the chunks that name it get one:
// createRequire costs a few milliseconds, and every chunk used to pay it.
const REQUIRE = 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);\n';
const entry = `${root}dist/cli.js`;
mkdirSync(`${root}dist/chunks`, { recursive: true });
writeFileSync(`${root}dist/package.json`, `${JSON.stringify({ type: "commonjs" })}\n`);
for (const { path, text } of quick.outputFiles) writeFileSync(path, SHEBANG + text);
for (const { path, text } of explorer.outputFiles)
  writeFileSync(path, (/\brequire\b/.test(text) ? REQUIRE : "") + text);
chmodSync(entry, 0o755);
