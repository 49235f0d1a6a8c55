// The explorer runs with V8's own defaults: flags set after start-up are read unpredictably (Node's
// docs), and the ones it used to set starved the young generation and turned off the optimizing
// compilers, which doubled the time of every key. Memory is kept within budget by allocating less
// (docs/performance.md). This checks the built bundles, the code users run, for any way of setting
// a V8 flag.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");

const bundles = (): string[] => [
  join(dist, "cli.js"),
  join(dist, "explorer.js"),
  ...readdirSync(join(dist, "chunks")).map((f) => join(dist, "chunks", f)),
];

describe("the explorer's V8 flags", () => {
  it("are V8's defaults: no bundle sets a flag or reads node:v8", () => {
    const files = bundles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toContain("setFlagsFromString");
      expect(text, file).not.toMatch(/["'](?:node:)?v8["']/);
    }
  });

  it("are not passed on the command line: the bin's shebang is a plain `env node`", () => {
    const first = readFileSync(join(dist, "cli.js"), "utf8").split("\n", 1)[0];
    expect(first).toBe("#!/usr/bin/env node");
  });
});
