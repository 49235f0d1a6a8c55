// Bundles source/cli.ts into dist/: one entry file plus chunks that the entry imports lazily,
// so a quick lookup never loads Ink, React or yoga. Zero runtime dependencies.
import { build } from "esbuild";
import { chmodSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

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

rmSync(`${root}dist`, { recursive: true, force: true });
await build({
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
  // signal-exit (through Ink) calls require(); ESM bundles have none.
  banner: {
    js: '#!/usr/bin/env node\nimport{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);',
  },
  logLevel: "warning",
  plugins: [stringWidthShim],
});
chmodSync(`${root}dist/cli.js`, 0o755);
