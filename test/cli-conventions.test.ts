// The command line's conventions, on the built CLI: exit codes, colour only on a terminal, widths,
// help on every command, and quiet handling of a reader that stops early.
import { spawnSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { sectionList } from "../data/index";
import { version } from "../package.json";
import { width } from "../source/text/width";
import { cli, cliInTerminal, scriptAvailable, TEXT_COMMANDS } from "./helpers/cli";
import { skipWithout } from "./helpers/tools";

// Each test spawns the CLI, some many times: generous when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 30_000 });

const ESC = "\x1b";

describe("exit codes", () => {
  it.each([
    [0, ["glossary", "sfss"]],
    [0, ["metrics", "执行到位"]],
    [0, ["toc"]],
    [0, ["read", "2.4"]],
    [0, ["search", "示范诉讼"]],
    [0, ["chart", "caseload"]],
    [1, ["glossary", "qqqq"]],
    [1, ["metrics", "qqqq"]],
    [1, ["read", "qqqq"]],
    [1, ["search", "qqqq"]],
    [1, ["chart", "qqqq"]],
    [2, ["bogus"]],
    [2, ["--bogus"]],
    [2, ["glossary"]],
    [2, ["read"]],
    [2, ["search"]],
    [2, ["toc", "extra"]],
    [2, ["metrics", "--category", "天气"]],
    [2, ["metrics", "--json", "--csv"]],
    [2, ["search", "执行", "--limit", "0"]],
    [2, ["search", "执行", "--limit"]],
    [2, ["read", "2.4", "--width", "abc"]],
    [2, ["read", "2.4", "--width", "5"]],
    [2, ["toc", "--ambiwidth", "wide"]],
    [2, ["toc", "--json=yes"]],
  ] as const)("%i: %j", (code, args) => {
    const r = cli(args);
    expect(r.status).toBe(code);
    if (code === 0) return expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    const [first, ...rest] = r.stderr.replace(/\n$/, "").split("\n");
    expect(first).toMatch(/^court-report: \S/);
    // Nothing found: the one line only. Bad usage: the line, then the usage.
    if (code === 1) expect(rest).toEqual([]);
    else expect(rest[0]).toMatch(/^用法：court-report/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("unknown commands", () => {
  it("suggest the command one or two letters away", () => {
    expect(cli(["glosary", "sfss"]).stderr.split("\n")[0]).toBe("court-report: 没有命令“glosary”；是不是 glossary？");
    expect(cli(["serch", "x"]).stderr.split("\n")[0]).toBe("court-report: 没有命令“serch”；是不是 search？");
    expect(cli(["weather"]).stderr.split("\n")[0]).toBe("court-report: 没有命令“weather”");
  });
});

describe("help and version", () => {
  it("--version prints the package version", () => {
    expect(cli(["--version"])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it("--help lists every command; each command's --help shows its usage, options and examples", {
    timeout: 60_000,
  }, () => {
    const program = cli(["--help"]);
    expect(program.status).toBe(0);
    for (const name of ["glossary", "metrics", "toc", "read", "search", "chart", "help"]) {
      expect(program.stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
      for (const args of [
        [name, "--help"],
        [name, "-h"],
      ]) {
        const r = cli(args);
        expect(r.status).toBe(0);
        expect(r.lines[0]).toMatch(new RegExp(`^用法：court-report ${name}\\b`));
        expect(r.stdout).toContain(`示例：\n  court-report ${name}`);
      }
      expect(cli(["help", name]).stdout).toBe(cli([name, "--help"]).stdout);
    }
    expect(cli(["help"]).stdout).toBe(program.stdout);
    expect(cli(["help", "glosary"])).toMatchObject({ status: 2, stdout: "" });
    expect(cli(["help", "glosary"]).stderr).toMatch(/^court-report: 没有命令“glosary”；是不是 glossary？\n用法：/);
  });
});

describe("no command without a terminal", () => {
  it("prints the table of contents, and a one-line hint on stderr, exit 0", () => {
    const r = cli([]);
    expect(r.status).toBe(0);
    expect(r.lines.slice(0, sectionList.length).map((l) => l.trim().split(/\s+/)[0])).toEqual(
      sectionList.map((s) => s.id),
    );
    // The hint is not the answer: on stderr, so `court-report | grep` sees the contents alone.
    expect(r.lines).toHaveLength(sectionList.length);
    expect(r.stderr).toMatch(/^\ncourt-report --help 列出全部命令/);
  });
});

describe("widths", () => {
  // Every width from 20 to 40 for every command: test/cli-widths.test.ts.
  // Tables and charts take the width; prose in a pipe is one line a paragraph (test/cli-pipes.test.ts).
  it("takes COLUMNS when piped, 80 when COLUMNS is not a sensible number", { timeout: 30_000 }, () => {
    const widest = (env: Record<string, string>) => Math.max(...cli(["chart", "2"], env).lines.map(width));
    expect(widest({ COLUMNS: "50" })).toBeLessThanOrEqual(50);
    expect(widest({ COLUMNS: "50" })).toBeGreaterThan(44);
    for (const bad of ["abc", "0", "-5", "99999"]) expect(widest({ COLUMNS: bad })).toBeLessThanOrEqual(80);
    expect(widest({ COLUMNS: "abc" })).toBeGreaterThan(74);
  });

  it("ambiwidth from the environment, the flag winning", { timeout: 30_000 }, () => {
    const plot = (args: string[], env: Record<string, string> = {}) => cli(["chart", "caseload", ...args], env).stdout;
    expect(plot([])).toContain("█");
    expect(plot([], { COURT_REPORT_AMBIWIDTH: "double" })).not.toContain("█");
    expect(plot(["--ambiwidth=single"], { COURT_REPORT_AMBIWIDTH: "double" })).toContain("█");
  });
});

describe("colour", () => {
  it("never when piped, unless --color; never in JSON or CSV", { timeout: 60_000 }, () => {
    for (const args of TEXT_COMMANDS) expect(cli(args).stdout.includes(ESC), args.join(" ")).toBe(false);
    expect(cli(["search", "示范", "--color"]).stdout).toContain(`${ESC}[`);
    for (const args of [
      ["metrics", "--json"],
      ["metrics", "--csv"],
      ["toc", "--json"],
      ["glossary", "--json"],
      ["search", "示范", "--json"],
    ]) {
      expect(cli([...args, "--color"]).stdout.includes(ESC), args.join(" ")).toBe(false);
    }
  });

  describe.skipIf(skipWithout("script", scriptAvailable))("on a terminal (script)", () => {
    const search = ["search", "示范", "--limit", "1"];
    it("on by default", () => {
      expect(cliInTerminal(search)).toContain(`${ESC}[1;33m示范`);
    });
    it.each([
      ["NO_COLOR=1", [], { NO_COLOR: "1" }],
      ["TERM=dumb", [], { TERM: "dumb" }],
      ["--no-color", ["--no-color"], {}],
    ] as const)("off with %s", (_name, flags, env) => {
      const out = cliInTerminal([...search, ...flags], env);
      expect(out).toContain("示范");
      expect(out.includes(ESC)).toBe(false);
    });
    it("the last of --color / --no-color wins", () => {
      expect(cliInTerminal([...search, "--color", "--no-color"]).includes(ESC)).toBe(false);
      expect(cliInTerminal([...search, "--no-color", "--color"], { NO_COLOR: "1" })).toContain(ESC);
    });
  });
});

describe("a reader that stops early", () => {
  it("`| head -1` ends quietly with status 0", () => {
    const r = spawnSync(
      "bash",
      ["-c", 'node dist/cli.js read 2 --width 40 | head -1; echo "status $' + '{PIPESTATUS[0]}"'],
      { encoding: "utf8" },
    );
    expect(r.stdout).toBe(`2 过去五年的工作回顾\nstatus 0\n`);
    expect(r.stderr).toBe("");
  });
});
