// Odd environments: no terminal on either side, a dumb terminal, no colour, no UTF-8 locale,
// nonsense COLUMNS/LINES. The program must not crash, must exit with the right code, and must
// leave the terminal usable.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { firstControl } from "./helpers/bytes";
import { startTerminal, tmuxAvailable } from "./helpers/tmux";

const run = (args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, ["dist/cli.js", ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "buffer",
    timeout: 20_000,
  });

describe("without a terminal", () => {
  it("no command, stdin and stdout not terminals: prints and exits 0, no escape codes, no raw-mode error", () => {
    const r = run([]);
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
    const r = run(["glossary", "--json"], env);
    expect(r.status).toBe(0);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(r.stdout);
    expect(text).toContain("示范诉讼");
  });

  it.each([undefined, "0", "-5", "99999", "abc", ""])("COLUMNS=LINES=%s: no crash", (value) => {
    const r = run(["toc", "--json"], { COLUMNS: value, LINES: value });
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.stdout.toString())).not.toThrow();
  });
});

describe.skipIf(!tmuxAvailable())("with a terminal on one side only (tmux)", () => {
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
