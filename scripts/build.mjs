// Bundles source/ into dist/: the quick lookups in one CommonJS file run by a small bin, the explorer's first paint in a
// second and Ink's half in ES module chunks, loaded only when the explorer opens, so a lookup never
// loads the frame code, Ink, React or yoga. Each of our modules is in one bundle only (checked
// below). Zero runtime dependencies.

import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { EXPLORER_PATCHES, REQUIRE } from "./explorer-patches.mjs";
import { ownInputs, registryEntry, sharedFrom } from "./shared-modules.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// A plain `env node`: flags in a shebang need `env -S`, which BusyBox (Alpine, the node:alpine
// images) and the BSDs lack, so the bin would not start there at all. The explorer runs with V8's
// defaults (test/runtime-heap.test.ts).
const SHEBANG = "#!/usr/bin/env node\n";

// Quick lookups: dist/main.js is one CommonJS file (dist/package.json says so) holding every command.
// Node starts CommonJS without its ES module loader: measured 1.40–1.46× → 1.23–1.26× of `node -e 0` for
// `glossary 示范诉讼`. dist/cli.js, the bin, is a few lines that run main.js through V8's code cache
// (source/code-cache.ts), named by main.js's hash. The explorer comes in two more bundles, loaded only
// when it opens, so a lookup never loads the frame code, Ink, React or yoga:
// - dist/explorer.js (CommonJS, required by main.js): takes the terminal and paints the first frame —
//   a pure function of the state — before anything of Ink's loads;
// - dist/chunks/ (ES modules: yoga has top-level await): Ink's half, imported by explorer.js, which
//   renders the App over the painted frame.
// Our modules are shared, not copied: each bundle provides the ones the bundles after it also need
// (cli.js the store's paths and files, main.js the data, search and text, explorer.js what only the
// explorer needs; scripts/shared-modules.mjs), so the report's data is parsed once and every module's
// state exists once.
const SOURCES = {
  cli: "source/cli.ts",
  main: "source/main.ts",
  explorer: "source/explorer.ts",
  mount: "source/app/ink/mount.tsx",
};
const FILES = { cli: "dist/cli.js", main: "dist/main.js", explorer: "dist/explorer.js" };

// The explorer's two bundles as the CLI and explorer.js import them: explorer.js with require (Node's
// ES module loader costs milliseconds before the first frame), Ink's half with import().
/** @type {import("esbuild").Plugin} */
const explorerFile = {
  name: "explorer-files",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/explorer$/ }, () => ({ path: "./explorer.js", external: true }));
    b.onResolve({ filter: /^\.\/app\/ink\/mount$/ }, () => ({ path: "./chunks/mount.mjs", external: true }));
  },
};
/** @satisfies {import("esbuild").BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  // The report's Chinese as UTF-8, not \uXXXX escapes: V8 scans the one-shot bundle ~3 ms faster
  // (one character, not six per Han character of the data) and it is 40% smaller.
  charset: "utf8",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
  write: false,
};
/** @satisfies {import("esbuild").BuildOptions} */
const commonjs = { ...common, format: "cjs", plugins: [explorerFile] };
// The chunks' own dependency patches: a string-width stub, yoga without fetch, Ink's Output reusing
// its work, Ink's log-update moving rows.
/** @satisfies {import("esbuild").BuildOptions} */
const esm = {
  ...common,
  outdir: "dist/chunks",
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  splitting: true,
  format: "esm",
  ...EXPLORER_PATCHES,
};

/**
 * Which of our modules each bundle holds when built on its own.
 * @param {keyof typeof SOURCES} name
 * @param {import("esbuild").BuildOptions} options
 * @returns {Promise<Set<string>>}
 */
async function modulesOf(name, options) {
  const { metafile } = await build({ ...options, entryPoints: [SOURCES[name]], metafile: true, minify: false });
  return ownInputs(root, metafile);
}
const [inCli, inMain, inExplorer, inMount] = await Promise.all([
  modulesOf("cli", { ...commonjs, outfile: FILES.cli }),
  modulesOf("main", { ...commonjs, outfile: FILES.main }),
  modulesOf("explorer", { ...commonjs, outfile: FILES.explorer }),
  modulesOf("mount", esm),
]);
const fromCli = [...inCli].filter((m) => inMain.has(m) || inExplorer.has(m) || inMount.has(m));
const fromMain = [...inMain].filter((m) => !inCli.has(m) && (inExplorer.has(m) || inMount.has(m)));
const fromExplorer = [...inExplorer].filter((m) => !inCli.has(m) && !inMain.has(m) && inMount.has(m));
/**
 * Where each of `modules` comes from, as a bundle requires it.
 * @param {string} file
 * @param {string[]} modules
 * @returns {[string, string][]}
 */
const provided = (file, modules) => modules.map((m) => [m, file]);

/**
 * A CommonJS bundle of `name` that exports `exported` for the bundles after it.
 * @param {keyof typeof FILES} name
 * @param {string[]} exported
 * @param {Map<string, string>} shared
 */
const commonjsBundle = (name, exported, shared, options = {}) =>
  build({
    ...commonjs,
    metafile: true,
    // main.js's import() of explorer.js as a require(); explorer.js keeps import() for the chunks.
    ...(name === "main" ? { supported: { "dynamic-import": false } } : {}),
    stdin: { contents: registryEntry(root, SOURCES[name], exported), resolveDir: root, loader: "js" },
    outfile: FILES[name],
    plugins: [...commonjs.plugins, sharedFrom(root, shared)],
    ...options,
  });

rmSync(`${root}dist`, { recursive: true, force: true });
const [quick, paint, ink] = await Promise.all([
  commonjsBundle("main", fromMain, new Map(provided("./cli.js", fromCli))),
  commonjsBundle(
    "explorer",
    fromExplorer,
    new Map([...provided("./cli.js", fromCli), ...provided("./main.js", fromMain)]),
  ),
  build({
    ...esm,
    metafile: true,
    entryPoints: { mount: SOURCES.mount },
    plugins: [
      sharedFrom(
        root,
        new Map([
          ...provided("../cli.js", fromCli),
          ...provided("../main.js", fromMain),
          ...provided("../explorer.js", fromExplorer),
        ]),
      ),
      ...esm.plugins,
    ],
  }),
]);
const [mainOutput] = quick.outputFiles;
if (mainOutput === undefined) throw new Error(`esbuild wrote no ${FILES.main}`);
const mainHash = createHash("sha256").update(mainOutput.text).digest("hex").slice(0, 16);
const bin = await commonjsBundle("cli", fromCli, new Map(), {
  define: { ...common.define, MAIN_HASH: JSON.stringify(mainHash) },
});
/** @type {Map<string, string>} */
const holder = new Map();
for (const [name, { metafile }] of Object.entries({ cli: bin, main: quick, explorer: paint, mount: ink }))
  for (const module of ownInputs(root, metafile)) {
    if (holder.has(module)) throw new Error(`${module} is in both ${holder.get(module)} and ${name}`);
    holder.set(module, name);
  }

// Only the chunks that name require get one: createRequire costs a few milliseconds, and every chunk
// used to pay it.
const entry = `${root}${FILES.cli}`;
mkdirSync(`${root}dist/chunks`, { recursive: true });
writeFileSync(`${root}dist/package.json`, `${JSON.stringify({ type: "commonjs" })}\n`);
for (const { path, text } of bin.outputFiles) writeFileSync(path, SHEBANG + text);
for (const { path, text } of quick.outputFiles) writeFileSync(path, text);
for (const { path, text } of paint.outputFiles) writeFileSync(path, text);
for (const { path, text } of ink.outputFiles) writeFileSync(path, (/\brequire\b/.test(text) ? REQUIRE : "") + text);
chmodSync(entry, 0o755);
