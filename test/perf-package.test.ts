// Package budgets, on the built bundle (`npm test` builds first): the npm tarball stays
// under 500 KB with no source maps or stray files, nothing is installed at run time, and a quick
// lookup loads neither Ink, React nor yoga.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.js")))
    throw new Error("dist/cli.js is missing: run `npm run build` (npm test does)");
});

describe("package", () => {
  it("packs to at most 500 KB, with only the bundle, package.json and docs", () => {
    const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { size: number; files: { path: string }[] }[];
    expect(info!.size).toBeLessThanOrEqual(500 * 1024);
    const paths = info!.files.map((f) => f.path);
    expect(paths).toContain("dist/cli.js");
    expect(paths).toContain("dist/main.js");
    for (const path of paths)
      expect(path).toMatch(
        /^(dist\/cli\.js|dist\/main\.js|dist\/explorer\.js|dist\/package\.json|dist\/chunks\/[\w-]+\.mjs|package\.json|README\.md|LICENSE)$/,
      );
  });

  it("starts through a plain `env node` shebang: flags there need `env -S`, which BusyBox and the BSDs lack", () => {
    const firstLine = readFileSync(join(root, "dist/cli.js"), "utf8").split("\n", 1)[0];
    expect(firstLine).toBe("#!/usr/bin/env node");
  });

  it("has no runtime dependencies: everything is bundled", () => {
    for (const field of ["dependencies", "optionalDependencies", "peerDependencies", "bundleDependencies"]) {
      expect(Object.keys((pkg[field] as object | undefined) ?? {}), field).toEqual([]);
    }
  });
});

describe("bundles", () => {
  // The explorer's bundles require our modules from the bundle that holds them (scripts/shared-modules.mjs):
  // a copy would be parsed and run again before the first frame, with its own module state.
  it("hold the report's text once: the explorer's bundles take the data from the quick-lookup bundle", () => {
    const sentence = /[\u4e00-\u9fff]{16}/.exec(readFileSync(join(root, "data/report.txt"), "utf8"))![0];
    const files = [
      "dist/cli.js",
      "dist/main.js",
      "dist/explorer.js",
      ...readdirSync(join(root, "dist/chunks")).map((f) => `dist/chunks/${f}`),
    ];
    const holders = files.filter((file) => readFileSync(join(root, file), "utf8").includes(sentence));
    expect(holders).toEqual(["dist/main.js"]);
  });
});

describe("quick lookups", () => {
  // Records every file the lookup loads: ES modules through a module hook registered before the CLI
  // starts, CommonJS files (dist/cli.js and dist/main.js) from require's cache at exit.
  /** Runs a quick lookup with `preload` loaded first (an ES module, or CommonJS for --require); returns what it logged. */
  function logged(args: string[], preload: (log: string) => string, how: "--import" | "--require"): string[] {
    const dir = mkdtempSync(join(tmpdir(), "court-report-loaded-"));
    const log = join(dir, "loaded.txt");
    const file = join(dir, how === "--import" ? "preload.mjs" : "preload.cjs");
    try {
      writeFileSync(file, preload(log));
      const run = spawnSync(
        process.execPath,
        [how, how === "--import" ? pathToFileURL(file).href : file, join(root, "dist/cli.js"), ...args],
        {
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1" },
        },
      );
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(log, "utf8").trim().split("\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The files a quick lookup loads. */
  function loaded(args: string[]): string[] {
    const preload = (log: string) => {
      const hooks = `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  if (url.startsWith("file:")) appendFileSync(${JSON.stringify(log)}, url + "\\n");
  return next(url, context);
}`;
      return `import { createRequire, register } from "node:module";
import { appendFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});
const { cache } = createRequire("file:///");
process.on("exit", () => {
  for (const file of Object.keys(cache)) appendFileSync(${JSON.stringify(log)}, pathToFileURL(file).href + "\\n");
});`;
    };
    return logged(args, preload, "--import").map((url) => fileURLToPath(url));
  }

  /** Node's own modules (node:fs…) a quick lookup loads, from a CommonJS preload: module hooks and the
   * ES module loader load more of them. */
  function builtins(args: string[]): string[] {
    const preload = (log: string) => `const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  for (const m of process.moduleLoadList) if (m.startsWith("NativeModule ")) appendFileSync(${JSON.stringify(log)}, "node:" + m.slice(13) + "\\n");
});`;
    return logged(args, preload, "--require");
  }

  // What only the explorer's code contains: React's element symbol, Ink's yoga layout engine, and
  // the frame (its too-small line and the help's title), which the explorer paints before Ink loads.
  const EXPLORER_CODE = /Symbol\.for\("react\.|yoga|终端太小|按键帮助/;

  it("load no Ink, React, yoga, nor the frame code", () => {
    // The pattern does find the explorer's code in the bundle, so its absence below means something.
    const chunks = [
      readFileSync(join(root, "dist/explorer.js"), "utf8"),
      ...readdirSync(join(root, "dist/chunks")).map((f) => readFileSync(join(root, "dist/chunks", f), "utf8")),
    ];
    for (const bundle of ["dist/cli.js", "dist/main.js"])
      expect(readFileSync(join(root, bundle), "utf8"), `the quick-lookup bundle ${bundle}`).not.toMatch(EXPLORER_CODE);
    expect(chunks.some((code) => EXPLORER_CODE.test(code))).toBe(true);
    for (const args of [
      ["glossary", "示范诉讼"],
      ["glossary", "sfss"],
      ["search", "wcnr"],
      ["metrics", "执行"],
      ["notes", "--path"],
      ["--help"],
    ]) {
      const files = loaded(args);
      expect(files).toContain(join(root, "dist/cli.js"));
      expect(files).toContain(join(root, "dist/main.js"));
      for (const file of files)
        expect(readFileSync(file, "utf8"), `${args.join(" ")} loaded ${file}`).not.toMatch(EXPLORER_CODE);
      // Node's own modules are listed too; child_process (only a copy inside tmux asks tmux) costs
      // start-up time with the modules it brings.
      const own = builtins(args);
      expect(own).toContain("node:fs");
      expect(own, args.join(" ")).not.toContain("node:child_process");
      // Written to a pipe here: with no stream for stdout, node:net, node:stream and node:tty stay unloaded.
      for (const name of ["node:net", "node:tty", "node:stream"]) expect(own, args.join(" ")).not.toContain(name);
    }
  });

  // The kept place's file is named in the code that reads it: only the explorer's.
  const SESSION_CODE = /session\.json/;

  it("never read the kept place: its code is the explorer's alone", () => {
    expect(readFileSync(join(root, "dist/explorer.js"), "utf8")).toMatch(SESSION_CODE);
    for (const bundle of ["dist/cli.js", "dist/main.js"])
      expect(readFileSync(join(root, bundle), "utf8"), bundle).not.toMatch(SESSION_CODE);
    for (const args of [
      ["glossary", "sfss"],
      ["search", "wcnr"],
      ["read", "2.2.p4"],
    ])
      for (const file of loaded(args))
        expect(readFileSync(file, "utf8"), `${args.join(" ")} loaded ${file}`).not.toMatch(SESSION_CODE);
  });
});
