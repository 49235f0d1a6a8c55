// Odd environments: no terminal on either side, a dumb terminal, no colour, no UTF-8 locale,
// nonsense COLUMNS/LINES. The program must not crash, must exit with the right code, and must
// leave the terminal usable.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sectionById } from "../data/index";
import { width } from "../source/text/width";
import { firstControl } from "./helpers/bytes";
import { cli } from "./helpers/cli";
import { startTerminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

describe("without a terminal", () => {
  it("no command, stdin and stdout not terminals: prints and exits 0, no escape codes, no raw-mode error", () => {
    const r = cli([]);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(firstControl(r.stdout)).toBeNull();
    expect(r.stderr.toString()).not.toMatch(/raw mode|Error/i);
  });

  it.each([
    ["LANG=C", { LANG: "C", LC_ALL: undefined, LC_CTYPE: undefined }],
    ["LC_ALL=C", { LC_ALL: "C" }],
    ["LANG unset", { LANG: undefined, LC_ALL: undefined, LC_CTYPE: undefined }],
  ])("%s: output is still correct UTF-8", (_name, env) => {
    const r = cli(["glossary", "--json"], env);
    expect(r.status).toBe(0);
    // Decoding puts U+FFFD where the bytes were not UTF-8; the report has none of its own.
    expect(r.stdout).not.toContain("\uFFFD");
    expect(r.stdout).toContain("示范诉讼");
  });

  it.each([undefined, "0", "-5", "99999", "abc", ""])("COLUMNS=LINES=%s: no crash", (value) => {
    const r = cli(["toc", "--json"], { COLUMNS: value, LINES: value });
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.stdout.toString())).not.toThrow();
  });
});

describe.skipIf(skipWithout("tmux", tmuxAvailable())).concurrent("with a terminal on one side only (tmux)", () => {
  const cases: [string, string][] = [
    ["stdout a terminal, stdin not", "node dist/cli.js < /dev/null"],
    ["stdin a terminal, stdout not", "node dist/cli.js | cat"],
  ];
  it.each(cases)("%s: prints, exits 0, terminal untouched", async (_name, line) => {
    const term = await startTerminal({ command: ["sh", "-c", line], columns: 80, rows: 24, cwd: process.cwd() });
    try {
      expect(await term.exitStatus(10_000)).toBe(0);
      expect(await term.alternateOn()).toBe(false);
      const modes = await term.ttyModes();
      expect(modes, modes.stty).toMatchObject({ icanon: true, echo: true });
      expect(await term.screen()).not.toMatch(/raw mode|Error|at .+\.js:\d+/i);
    } finally {
      term.close();
    }
  });
});

describe("a reader that stops early (`| head`)", () => {
  it.each(["read 2.4", "metrics --csv", "toc --json", "search 执行", ""])(
    "court-report %s | head -c 10: exit 0, no error on stderr",
    (line) => {
      const quoted = line
        .split(" ")
        .filter(Boolean)
        .map((a) => `'${a}'`)
        .join(" ");
      const r = spawnSync(
        "bash",
        ["-c", `node dist/cli.js ${quoted} | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`],
        { encoding: "utf8" },
      );
      expect(r.stdout.trim()).toBe("0");
      // With no command the hint is a notice, and notices go to stderr in a pipe: that and nothing else.
      expect(r.stderr).toBe(line === "" ? cli([]).stderr : "");
    },
  );
});

// Tables take COLUMNS when piped; prose in a pipe is one line a paragraph whatever COLUMNS says.
describe("quick lookups with nonsense COLUMNS", () => {
  it.each([undefined, "0", "-5", "99999", "abc"])("COLUMNS=%s: tables fit 80 columns, read stays whole", (value) => {
    const r = cli(["metrics", "--sources"], { COLUMNS: value });
    expect(r.status).toBe(0);
    const lines = r.stdout.toString().split("\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(80);
    const read = cli(["read", "2.4"], { COLUMNS: value });
    expect(read.status).toBe(0);
    expect(read.stdout.toString().split("\n")).toContain(sectionById.get("2.4")!.paragraphs[0]!.text);
  });

  it("a sensible COLUMNS is honoured", () => {
    const lines = cli(["metrics", "--sources"], { COLUMNS: "50" }).stdout.toString().split("\n");
    for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(50);
  });
});

describe.skipIf(skipWithout("tmux", tmuxAvailable())).concurrent("the explorer in odd environments (tmux)", () => {
  /** Colour parameters of SGR sequences (30–38, 40–48, 90–97, 100–107); 39/49 only reset to the default. */
  const colours = (screen: string) =>
    [...screen.matchAll(/\x1b\[([0-9;]*)m/g)]
      .flatMap((m) => m[1]!.split(";"))
      .filter((p) => /^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$/.test(p));

  async function session(env: Record<string, string | undefined>, check: (screen: string, escaped: string) => void) {
    const term = await startTerminal({
      command: ["node", "dist/cli.js"],
      columns: 80,
      rows: 24,
      cwd: process.cwd(),
      env,
    });
    try {
      await term.waitFor("5 搜索", 20_000);
      await term.keys("4");
      await term.type("sfss");
      check(await term.screen(), await term.screen({ escapes: true }));
      await term.keys("C-c");
      expect(await term.exitStatus()).toBe(0);
      expect(await term.alternateOn()).toBe(false);
      const modes = await term.ttyModes();
      expect(modes.icanon && modes.echo, modes.stty).toBe(true);
    } finally {
      term.close();
    }
  }

  it("colour is normally used (so the NO_COLOR test below can fail)", async () => {
    await session({}, (_screen, escaped) => expect(colours(escaped).length).toBeGreaterThan(0));
  }, 40_000);

  it("NO_COLOR: no colour, but the selection is still marked (inverse/bold)", async () => {
    await session({ NO_COLOR: "1" }, (screen, escaped) => {
      expect(screen).toContain("示范诉讼");
      expect(colours(escaped)).toEqual([]);
      expect(escaped).toMatch(/\x1b\[[0-9;]*[17]m/);
    });
  }, 40_000);

  // chalk's colour level 0 drops every attribute, inverse included: the selection must survive it.
  it.each([
    ["no TERM", { TERM: undefined }],
    ["TERM=bogus-term", { TERM: "bogus-term" }],
    ["FORCE_COLOR=0", { FORCE_COLOR: "0" }],
  ])(
    "%s: no colour, but the selection is still marked (inverse/bold)",
    async (_, env) => {
      await session(env, (screen, escaped) => {
        expect(screen).toContain("示范诉讼");
        expect(colours(escaped)).toEqual([]);
        expect(escaped).toMatch(/\x1b\[[0-9;]*[17]m/);
      });
    },
    40_000,
  );

  it("TERM=dumb: no explorer (it could not show a selection); the contents and a hint, exit 0, no escapes", async () => {
    const term = await startTerminal({
      command: ["node", "dist/cli.js"],
      columns: 80,
      rows: 24,
      cwd: process.cwd(),
      env: { TERM: "dumb" },
    });
    try {
      expect(await term.exitStatus(20_000)).toBe(0);
      const screen = await term.screen({ escapes: true });
      expect(screen).toContain("附件一 有关用语说明");
      expect(firstControl(screen.replace(/\x1b\[[0-9;]*m/g, ""))).toBeNull();
      expect(colours(screen)).toEqual([]);
      expect(await term.alternateOn()).toBe(false);
    } finally {
      term.close();
    }
  }, 40_000);

  it.each([
    ["LANG=C LC_ALL=C", { LANG: "C", LC_ALL: "C" }],
    ["COLUMNS=0 LINES=abc", { COLUMNS: "0", LINES: "abc" }],
    ["COLUMNS=99999 LINES=-5", { COLUMNS: "99999", LINES: "-5" }],
  ])(
    "%s: works, fits the real terminal, exits cleanly",
    async (_name, env) => {
      await session(env, (screen) => {
        expect(screen).toContain("示范诉讼");
        for (const l of screen.split("\n")) expect(width(l)).toBeLessThanOrEqual(80);
        // 24 rows, the footer on the last: the size came from the terminal, not from COLUMNS/LINES.
        const rows = screen.split("\n");
        expect(rows.slice(24).join("").trim()).toBe("");
        expect(rows[23]).toMatch(/退出/);
      });
    },
    40_000,
  );
});

describe("the program writes only what it keeps for the user", () => {
  it("quick lookups leave HOME, the working directory and TMPDIR empty but for the code cache; an explorer session adds only its kept place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "court-nofiles-"));
    const script = join(process.cwd(), "dist/cli.js");
    const env = {
      HOME: dir,
      TMPDIR: dir,
      XDG_CONFIG_HOME: dir,
      XDG_CACHE_HOME: dir,
      XDG_STATE_HOME: dir,
      XDG_DATA_HOME: dir,
    };
    try {
      for (const args of [["glossary", "sfss"], ["metrics", "--csv"], ["search", "执行"], ["read", "2.4"], ["chart"]]) {
        const r = cli(args, env, { cwd: dir });
        expect(r.status, r.stderr).toBe(0);
      }
      // V8's compiled code of the program, kept for the next start, is the only file of a quick lookup.
      const cache = readdirSync(join(dir, "court-report"));
      expect(readdirSync(dir), "after the quick lookups").toEqual(["court-report"]);
      const commands = (files: string[]) => files.map((f) => f.replace(/^code-[0-9a-f]{16}-v[\d.]+-\w+-/, "")).sort();
      expect(commands(cache)).toEqual(["chart.bin", "glossary.bin", "metrics.bin", "read.bin", "search.bin"]);
      if (!skipWithout("tmux", tmuxAvailable())) {
        const term = await startTerminal({ command: ["node", script], columns: 80, rows: 24, cwd: dir, env });
        try {
          await term.waitFor("5 搜索", 20_000);
          await term.keys("5");
          await term.type("执行");
          await term.keys("C-c");
          expect(await term.exitStatus()).toBe(0);
        } finally {
          term.close();
        }
      }
      // The explorer keeps the reading place in $XDG_STATE_HOME/court-report (here: dir/court-report), its
      // own code cache beside the lookups', and on Node >= 22.1 Node's compile cache of its bundles in
      // $XDG_CACHE_HOME/court-report/node; nothing else.
      const codes = readdirSync(join(dir, "court-report")).filter((f) => f.startsWith("code-"));
      expect(commands(codes).filter((f) => f !== "explorer.bin")).toEqual(commands(cache));
      const written = readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => !f.startsWith(join("court-report", "node", "")) && !f.startsWith(join("court-report", "code-")));
      expect(written.sort()).toEqual(
        ["court-report", join("court-report", "session.json")]
          .concat(written.includes(join("court-report", "node")) ? [join("court-report", "node")] : [])
          .sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
