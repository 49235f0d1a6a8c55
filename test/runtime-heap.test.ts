// The explorer sets V8 flags at run time (source/runtime/heap.ts). Setting a flag after start-up
// is only worth something if V8 reads it afterwards: each test runs a fresh node with and without
// the call and shows the difference, and that no flag is unknown (V8 would print a warning).

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "court-report-heap-"));

// Keeps some of what it allocates alive across collections (frames, as the explorer's are), then
// reports the young generation's size and whether a hot function was optimized.
const PROBE = `
import v8 from "node:v8";
import { tuneHeapForExplorer } from "./heap.cjs";
if (process.argv[2] === "tuned") await tuneHeapForExplorer();
v8.setFlagsFromString("--allow-natives-syntax");
const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size;
const before = newSpace();
let kept = [];
for (let frame = 0; frame < 300; frame++) {
  const cells = Array.from({ length: 4000 }, (_, i) => ({ frame, i, text: "报告" + i }));
  kept.push(cells);
  if (kept.length > 8) kept.shift();
}
const hot = (a, b) => a * b + 1;
const status = new Function("f", "return %GetOptimizationStatus(f)");
let optimized = false;
for (let round = 0; round < 40 && !optimized; round++) {
  for (let i = 0; i < 200000; i++) hot(i, round);
  optimized = (status(hot) & 16) !== 0;
  await new Promise((r) => setTimeout(r, 5));
}
console.log(JSON.stringify({ before, after: newSpace(), optimized }));
`;

function probe(mode: "tuned" | "default"): { before: number; after: number; optimized: boolean; stderr: string } {
  const run = spawnSync(process.execPath, [join(dir, "probe.mjs"), mode], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return { ...JSON.parse(run.stdout), stderr: run.stderr };
}

beforeAll(async () => {
  await build({
    entryPoints: [join(root, "source/runtime/heap.ts")],
    outfile: join(dir, "heap.cjs"),
    bundle: true,
    // CommonJS, as dist/explorer.js holds it.
    format: "cjs",
    platform: "node",
    logLevel: "warning",
  });
  writeFileSync(join(dir, "probe.mjs"), PROBE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the explorer's V8 flags, set at run time", () => {
  it("keep the young generation at its starting size; without them it grows", () => {
    // new_space counts committed memory: one semi-space at start, both after the first collection.
    const tuned = probe("tuned");
    const plain = probe("default");
    expect(tuned.after).toBeLessThanOrEqual(2 * tuned.before);
    expect(plain.after).toBeGreaterThanOrEqual(4 * plain.before);
  });

  it("leave hot code unoptimized; without them V8 optimizes it", () => {
    expect(probe("tuned").optimized).toBe(false);
    expect(probe("default").optimized).toBe(true);
  });

  it("are all known to this V8: nothing is printed", () => {
    expect(probe("tuned").stderr).toBe("");
  });
});
