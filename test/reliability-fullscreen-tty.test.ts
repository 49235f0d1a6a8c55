// source/terminal/fullscreen.ts in a real terminal (tmux), with a minimal program around it, so the
// restore paths are proven independently of the explorer.
import { describe, expect, it } from "vitest";
import { processEnds, startTerminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

const fixture = (mode: string) => ["node", "--import", "tsx", "test/helpers/fullscreen-fixture.ts", mode];

async function run(mode: string, act: (term: Awaited<ReturnType<typeof startTerminal>>) => Promise<void> | void) {
  const term = await startTerminal({ command: fixture(mode), columns: 60, rows: 15, cwd: process.cwd() });
  try {
    await term.waitFor("ready", 10_000);
    expect(await term.alternateOn()).toBe(true);
    expect(await term.ttyModes(1).catch(() => null)).toBeNull(); // still running: no modes yet
    await act(term);
    const status = await term.exitStatus();
    const modes = await term.ttyModes();
    expect(await term.alternateOn()).toBe(false);
    expect(modes, modes.stty).toMatchObject({ icanon: true, echo: true });
    return { status, screen: await term.screen() };
  } finally {
    term.close();
  }
}

// Each case starts node with tsx in a fresh tmux server: seconds on a loaded machine, more than
// vitest's 5 s default (a CI run timed out at it), so the same 60 s as the explorer's exit tests.
describe.skipIf(skipWithout("tmux", tmuxAvailable()))(
  "full-screen restore in a real terminal",
  { timeout: 60_000 },
  () => {
    it("q: leave() then a normal exit", async () => {
      const { status } = await run("quit", (t) => t.keys("q").then(() => undefined));
      expect(status).toBe(0);
    });

    it.each([
      ["SIGINT", 130],
      ["SIGTERM", 143],
      ["SIGHUP", 129],
    ] as const)("%s from outside exits %i", async (signal, code) => {
      const { status } = await run("wait", (t) => t.signal(signal));
      expect(status).toBe(code);
    });

    it.each(["throw", "reject"])("an uncaught error (%s): one line, no stack, exit 1", async (mode) => {
      const { status, screen } = await run(mode, (t) => t.keys("x").then(() => undefined));
      expect(status).toBe(1);
      expect(screen).toMatch(/court-report: fixture (exploded|rejected)/);
      expect(screen).not.toMatch(/at fake|stack\.js|node:internal/);
    });

    // tmux runs the program in an orphaned process group, where the kernel discards the stop itself; the
    // program must come back to full screen either way (a real stop under a job-control shell: reliability-exit.test.ts).
    it("SIGTSTP then SIGCONT: back on the full screen and still answering", async () => {
      const { status } = await run("wait", async (t) => {
        t.signal("SIGTSTP");
        await t.settle();
        t.signal("SIGCONT");
        await t.settle();
        expect(await t.alternateOn()).toBe(true);
        t.signal("SIGTERM");
      });
      expect(status).toBe(143);
    });

    it("closing the terminal (SSH drop) ends the program instead of leaving it spinning", async () => {
      const term = await startTerminal({ command: fixture("wait"), columns: 60, rows: 15, cwd: process.cwd() });
      await term.waitFor("ready", 10_000);
      const pid = term.pid();
      term.close();
      expect(await processEnds(pid, 5000)).toBe(true);
    });
  },
);
