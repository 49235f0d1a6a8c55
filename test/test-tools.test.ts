// The suite's own rule for missing tools (./helpers/tools.ts): a CI run without tmux or `script`
// fails; elsewhere those tests skip and say why.
import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startTerminal } from "./helpers/tmux";
import { inCI, skipWithout } from "./helpers/tools";

describe("tests that need a tool the machine lacks", () => {
  afterEach(() => vi.restoreAllMocks());

  it("run (and so fail) under CI", () => {
    expect(skipWithout("tmux", false, { CI: "true" })).toBe(false);
    expect(skipWithout("tmux", false, { CONTINUOUS_INTEGRATION: "1" })).toBe(false);
  });

  it("skip outside CI, saying why", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(skipWithout("a-tool-nobody-has", false, {})).toBe(true);
    expect(skipWithout("a-tool-nobody-has", false, { CI: "false" })).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^a-tool-nobody-has not found: skipping/));
  });

  it("run wherever the tool is there", () => {
    expect(skipWithout("tmux", true, {})).toBe(false);
    expect(inCI({ CI: "0" })).toBe(false);
  });

  it("meet a clear error, not a skip, when tmux is missing", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      await expect(startTerminal({ command: ["true"], columns: 20, rows: 5 })).rejects.toThrow(
        /^tmux is not installed/,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});

describe("every test that may skip", () => {
  it("skips only through skipWithout, so that under CI it runs and fails instead", () => {
    const offenders = readdirSync("test")
      .filter((f) => /\.test\.tsx?$/.test(f))
      .flatMap((f) =>
        readFileSync(`test/${f}`, "utf8")
          .split("\n")
          .map((line, i) => ({ line, where: `test/${f}:${i + 1}` }))
          .filter(({ line }) => /\.(skipIf|runIf)\((?!skipWithout\()|\.skip\(|\.todo\(/.test(line)),
      )
      .map(({ where }) => where);
    expect(offenders).toEqual([]);
  });
});
