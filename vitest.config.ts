// Many tests spawn the built CLI or run it in tmux; on a loaded 2-core CI machine one such test can
// take longer than vitest's 5 s default without anything being wrong. Timings are judged by
// `npm run bench`, never by test timeouts.
//
// Two projects: "unit" runs in-process (the fast loop, `npm run test:unit`); "system" starts
// processes, terminals or bundles (`npm test` runs both). A file is a system test when its own text
// or a helper it imports reaches for a process or the build, so a new file lands on the right side
// without a list to keep.
// In-process files share one module graph (no isolation: loading the sources once per worker
// instead of once per file halves the fast loop), except those that load Ink, which with chalk reads
// the environment (CI, FORCE_COLOR) once as it loads, each such file setting it first, and those that
// mock a module.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

const SPAWNS = /node:child_process|patched-bundle|dist\//;
// A helper that starts processes makes its importers system tests.
const spawning = readdirSync("test/helpers")
  .filter((f) => SPAWNS.test(readFileSync(`test/helpers/${f}`, "utf8")))
  .map((f) => `helpers/${f.replace(/\.tsx?$/, "")}"`);
const reachesProcess = (text: string) => SPAWNS.test(text) || spawning.some((h) => text.includes(h));
const files = readdirSync("test").filter((f) => /\.test\.tsx?$/.test(f));
const system = files.filter((f) => reachesProcess(readFileSync(`test/${f}`, "utf8"))).map((f) => `test/${f}`);
const OWN_MODULES = /from "ink"|import\("ink"\)|"ink-testing-library"|helpers\/ink"|helpers\/mount-app"|vi\.mock\(/;
const unit = files.map((f) => `test/${f}`).filter((f) => !system.includes(f));
const isolated = unit.filter((f) => OWN_MODULES.test(readFileSync(f, "utf8")));

const timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };
// The built bin keeps V8's compiled code in $XDG_CACHE_HOME/court-report: the suite's runs keep theirs
// in a directory of the run's own, never in the developer's cache.
const cache = mkdtempSync(join(tmpdir(), "court-report-test-cache-"));
process.on("exit", () => rmSync(cache, { recursive: true, force: true }));
const env = { XDG_CACHE_HOME: cache };

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: unit, exclude: isolated, isolate: false, env, ...timeouts } },
      { test: { name: "unit-isolated", include: isolated, env, ...timeouts } },
      { test: { name: "system", include: system, env, ...timeouts } },
    ],
  },
});
