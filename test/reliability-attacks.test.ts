// Attacks on the built explorer in a real terminal (tmux): hostile keys, keys batched
// in one read, the terminal closing under it, job control, stderr, a deleted working directory.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { processEnds, startTerminal, type Terminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

const HEADER = "5 搜索";
const CLI = resolve("dist/cli.js");

async function explorer(command: string[] = ["node", CLI], cwd = process.cwd()): Promise<Terminal> {
  const term = await startTerminal({ command, columns: 80, rows: 24, cwd });
  await term.waitFor(HEADER, 30_000);
  return term;
}

/** Runs `act` on a fresh explorer, then expects it still running and quitting with q (exit 0, main screen). */
async function survives(act: (t: Terminal) => Promise<unknown>): Promise<void> {
  const term = await explorer();
  try {
    await act(term);
    await term.settle();
    expect(term.running(), await term.screen()).toBe(true);
    expect(await term.screen()).toContain(HEADER);
    await term.keys("Escape");
    await term.keys("q");
    expect(await term.exitStatus(10_000), await term.screen()).toBe(0);
    expect(await term.alternateOn()).toBe(false);
  } finally {
    term.close();
  }
}

const tempDir = () => mkdtempSync(join(tmpdir(), "court-attack-"));

describe.skipIf(skipWithout("tmux", tmuxAvailable())).concurrent("hostile keys", { timeout: 60_000 }, () => {
  it("C-F1 … C-F4 and C-S-F1 (the CSI forms Ink's parser crashes on)", () =>
    survives(async (t) => {
      for (const key of ["C-F1", "C-F2", "C-F3", "C-F4", "C-S-F1"]) await t.keys(key);
      await t.keys("5");
      for (const key of ["C-F1", "M-F2", "S-F3"]) await t.keys(key);
    }));

  it("a raw paste holding ESC[31m and ESC[6n, in a box and outside", () =>
    survives(async (t) => {
      await t.paste("x\x1b[31my\x1b[6nz");
      await t.keys("5");
      await t.paste("\x1b[31m执行\x1b[6n");
      expect(await t.screen()).toContain("执行");
    }));
});

describe
  .skipIf(skipWithout("tmux", tmuxAvailable()))
  .concurrent("keys that arrive in one read", { timeout: 60_000 }, () => {
    it("j C-c in one send-keys: quits", async () => {
      const term = await explorer();
      try {
        await term.keys("j", "C-c");
        expect(await term.exitStatus(10_000)).toBe(0);
      } finally {
        term.close();
      }
    });

    it("s f s s Enter in one read, in 用语: types sfss, then Enter opens the entry", async () => {
      const term = await explorer();
      try {
        await term.keys("4");
        const screen = await term.paste("sfss\r");
        expect(screen).toContain("sfss");
        // The footer of an open entry (用语：释义) offers to close it; the list's does not.
        await term.waitFor((s) => s.trimEnd().split("\n").at(-1)!.includes("Esc 关闭"), 5000);
        await term.keys("C-c");
        expect(await term.exitStatus(10_000)).toBe(0);
      } finally {
        term.close();
      }
    });
  });

describe
  .skipIf(skipWithout("tmux", tmuxAvailable()))
  .concurrent("the terminal and the process", { timeout: 60_000 }, () => {
    it("tmux kill-pane: the process ends with nothing on stderr and no core file", async () => {
      const dir = tempDir();
      try {
        const term = await explorer(["sh", "-c", `ulimit -c unlimited; exec node ${CLI} 2>err.log`], dir);
        await term.keys("2", "j");
        const pid = term.pid();
        term.killPane();
        expect(await processEnds(pid, 10_000)).toBe(true);
        term.close();
        const stderr = readFileSync(join(dir, "err.log"), "utf8");
        expect(stderr, "no EIO, no assertion, no native stack").toBe("");
        expect(readdirSync(dir).filter((f) => f.startsWith("core"))).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("q leaves stderr empty (no cursor code written there)", async () => {
      const dir = tempDir();
      try {
        const term = await explorer(["sh", "-c", `exec node ${CLI} 2>e.log`], dir);
        await term.keys("4");
        await term.keys("q");
        await term.keys("Escape");
        await term.keys("q");
        expect(await term.exitStatus(10_000)).toBe(0);
        term.close();
        expect(JSON.stringify(readFileSync(join(dir, "e.log"), "utf8"))).toBe('""');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("starts from a deleted directory", async () => {
      const dir = tempDir();
      const gone = join(dir, "gone");
      try {
        const term = await startTerminal({
          command: ["sh", "-c", `mkdir "${gone}" && cd "${gone}" && rmdir "${gone}" && exec node ${CLI}`],
          columns: 80,
          rows: 24,
          cwd: dir,
        });
        try {
          await term.waitFor(HEADER, 30_000);
          await term.keys("q");
          expect(await term.exitStatus(10_000)).toBe(0);
        } finally {
          term.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    // bash with job control, as at a prompt: C-z, then `bg` runs the explorer in the background while
    // the shell keeps the terminal; `fg` later brings it back.
    it("C-z then bg leaves the shell's screen alone; fg brings the explorer back", async () => {
      const script = `set -m; node ${CLI}; echo "stopped: $?"; bg; sleep 1; echo "after bg"; read -r _; fg; echo "fg: $?"`;
      const term = await startTerminal({
        command: ["bash", "--norc", "--noprofile", "-c", script],
        columns: 80,
        rows: 24,
        cwd: process.cwd(),
      });
      try {
        await term.waitFor(HEADER, 30_000);
        await term.keys("C-z");
        await term.waitFor("after bg", 10_000);
        await new Promise((r) => setTimeout(r, 500));
        expect(await term.alternateOn(), "the explorer took the screen back in the background").toBe(false);
        expect(await term.cursorVisible()).toBe(true);
        expect(await term.screen()).not.toContain(HEADER);
        await term.keys("Enter");
        await term.waitFor(HEADER, 10_000);
        expect(await term.alternateOn()).toBe(true);
        await term.keys("q");
        expect(await term.waitFor("fg: 0", 10_000)).not.toContain(HEADER);
      } finally {
        term.close();
      }
    });
  });

// Clusters terminals draw wider than string-width measures them: an emoji with a skin tone, a ZWJ
// sequence, Devanagari conjuncts with a vowel sign. tmux draws each code point on its own.
describe
  .skipIf(skipWithout("tmux", tmuxAvailable()))
  .concurrent("width a terminal may disagree on", { timeout: 60_000 }, () => {
    it.each([
      ["skin tone", "👍🏽"],
      ["ZWJ", "👩‍💻"],
      ["Devanagari", "क्षि"],
    ])("%s pasted into a box at 60x12: no line wraps", async (_, cluster) => {
      const term = await startTerminal({ command: ["node", CLI], columns: 60, rows: 12, cwd: process.cwd() });
      try {
        await term.waitFor(HEADER, 30_000);
        await term.keys("5");
        const before = (await term.screen()).split("\n");
        await term.paste(`执行${cluster.repeat(40)}`);
        const after = (await term.screen()).split("\n");
        // A wrapped line would push its tail onto the row below: the header and footer rows stay put.
        expect(after[0]).toBe(before[0]);
        expect(after.slice(-3).join("\n").trimEnd()).toContain("Esc");
        expect(after.filter((l) => l.includes("搜索>"))).toHaveLength(1);
        const box = after.findIndex((l) => l.includes("搜索>"));
        // The box line ends with its result count, whole, and nothing of it spills onto the next row.
        expect(after[box], after.join("\n")).toMatch(/无结果$/);
        expect(after[box + 1]).not.toContain(cluster);
        expect(term.running()).toBe(true);
      } finally {
        term.close();
      }
    });
  });
