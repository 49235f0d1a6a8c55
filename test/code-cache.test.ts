// The built bin runs dist/main.js through V8's code cache (source/code-cache.ts): the first lookup
// writes it, private, where XDG_CACHE_HOME says; later lookups answer the same from it; a cache that
// is garbage, left by another build, or cannot be written changes nothing the user sees.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandOf } from "../source/code-cache";
import { cli } from "./helpers/cli";

let home: string;
const cacheDir = () => join(home, "court-report");
const files = () => readdirSync(cacheDir());
const run = (args: string[], env: Record<string, string> = {}) => cli(args, { XDG_CACHE_HOME: home, ...env });

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "court-cache-test-"));
});
afterEach(() => {
  chmodSync(home, 0o700);
  rmSync(home, { recursive: true, force: true });
});

describe("the code cache", () => {
  it("is kept per command: the first word, the explorer without one, help and version apart", () => {
    expect(commandOf(["glossary", "sfss"])).toBe("glossary");
    expect(commandOf(["--no-color", "search", "wcnr"])).toBe("search");
    expect(commandOf([])).toBe("explorer");
    expect(commandOf(["--fresh", "--no-color"])).toBe("explorer");
    for (const args of [["--help"], ["-h"], ["--version"], ["-v"], ["--width", "80", "toc"], ["示范诉讼"]])
      expect(commandOf(args), args.join(" ")).toBe("other");
  });

  it("is written by the first lookup, 0600 in a 0700 directory, named for the bundle, this Node and the command", () => {
    const first = run(["glossary", "sfss"]);
    expect(first.status).toBe(0);
    const [file, ...others] = files();
    expect(others).toEqual([]);
    expect(file).toMatch(
      new RegExp(`^code-[0-9a-f]{16}-${process.version.replace(/\./g, "\\.")}-${process.arch}-glossary\\.bin$`),
    );
    expect(statSync(cacheDir()).mode & 0o777).toBe(0o700);
    expect(statSync(join(cacheDir(), file!)).mode & 0o777).toBe(0o600);
    expect(statSync(join(cacheDir(), file!)).size).toBeGreaterThan(10_000);
  });

  it("answers every command exactly as without it", () => {
    const commands = [
      ["glossary", "sfss"],
      ["search", "wcnr"],
      ["read", "2.2"],
      ["metrics", "--csv"],
      ["chart", "1"],
      ["toc"],
    ];
    const cold = commands.map((args) => run(args, { XDG_CACHE_HOME: join(home, "none") }));
    run(["--version"]);
    for (const [i, args] of commands.entries()) {
      const warm = run(args);
      expect(warm, args.join(" ")).toEqual(cold[i]);
    }
  });

  it("is made again when it is garbage, and the answer is the same", () => {
    const before = run(["glossary", "sfss"]);
    const [file] = files();
    writeFileSync(join(cacheDir(), file!), "not V8's code at all");
    expect(run(["glossary", "sfss"])).toEqual(before);
    expect(statSync(join(cacheDir(), file!)).size).toBeGreaterThan(10_000);
  });

  it("keeps one file a command, none for a command line that failed, and drops other builds' and left temporary files", () => {
    mkdirSync(cacheDir(), { recursive: true, mode: 0o700 });
    writeFileSync(join(cacheDir(), "code-0000000000000000-v0.0.0-x64-glossary.bin"), "old");
    writeFileSync(join(cacheDir(), "notes.json"), "{}");
    writeFileSync(join(cacheDir(), ".code-0000000000000000-v0.0.0-x64-search.bin.123.abc.tmp"), "killed mid-write");
    run(["glossary", "sfss"]);
    run(["search", "wcnr"]);
    run(["search", "wcnr"]);
    expect(run(["serach", "wcnr"]).status).toBe(2);
    expect(run(["glossary", "zzzzqqq"]).status).toBe(1);
    const kept = files().filter((f) => f.startsWith("code-"));
    expect(kept.map((f) => f.replace(/^code-\w+-v[\d.]+-\w+-/, "")).sort()).toEqual(["glossary.bin", "search.bin"]);
    expect(files()).toContain("notes.json");
    expect(files().filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("that cannot be written costs nothing else: same answer, nothing on stderr, exit 0", () => {
    const expected = run(["glossary", "sfss"], { XDG_CACHE_HOME: join(home, "none") });
    writeFileSync(join(home, "file"), "");
    expect(run(["glossary", "sfss"], { XDG_CACHE_HOME: join(home, "file") })).toEqual(expected);
    chmodSync(home, 0o500);
    if (process.getuid?.() !== 0) expect(run(["glossary", "sfss"])).toEqual(expected);
  });
});
