// The explorer gives the terminal back on every way out: main screen, cursor visible, cooked mode with
// echo, the right exit status, and at most one line about an error. Runs the built CLI in tmux.
import { describe, expect, it } from "vitest";
import { processEnds, startTerminal, type Terminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

const HEADER = "5 搜索";

async function explorer(env: Record<string, string> = {}, command = ["node", "dist/cli.js"]): Promise<Terminal> {
  const term = await startTerminal({
    command,
    columns: 80,
    rows: 24,
    cwd: process.cwd(),
    env,
  });
  await term.waitFor(HEADER, 30_000);
  expect(await term.alternateOn()).toBe(true);
  return term;
}

/** Exits, then checks the terminal is as the shell left it; returns the status and what the main screen shows. */
async function restored(term: Terminal): Promise<{ status: number; screen: string }> {
  const status = await term.exitStatus(20_000);
  expect(await term.alternateOn(), "still on the alternate screen").toBe(false);
  expect(await term.cursorVisible(), "cursor hidden").toBe(true);
  const modes = await term.ttyModes();
  expect(modes.icanon && modes.echo, modes.stty).toBe(true);
  const screen = await term.screen();
  expect(screen, "explorer output left on the main screen").not.toContain(HEADER);
  expect(screen).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return { status, screen };
}

const session = (name: string, act: (t: Terminal) => unknown, expected: number, env?: Record<string, string>) =>
  it(name, async () => {
    const term = await explorer(env);
    try {
      await act(term);
      const { status, screen } = await restored(term);
      expect(status, screen).toBe(expected);
      if (expected === 0) expect(screen.trim()).toBe("");
    } finally {
      term.close();
    }
  }, 60_000);

describe
  .skipIf(skipWithout("tmux", tmuxAvailable()))
  .concurrent("every way out of the explorer restores the terminal", () => {
    session("q", (t) => t.keys("q"), 0);
    session(
      "q after typing a search and leaving the box",
      async (t) => {
        await t.keys("5");
        await t.type("执行q");
        await t.keys("Escape"); // alone: ESC directly followed by q is Alt-q
        await t.keys("q");
      },
      0,
    );
    session(
      "Ctrl-C inside the search box",
      async (t) => {
        await t.keys("4");
        await t.type("sfss");
        await t.keys("C-c");
      },
      0,
    );
    session("SIGINT from outside", (t) => t.signal("SIGINT"), 130);
    session(
      "SIGTERM with the help overlay open",
      async (t) => {
        await t.keys("?");
        t.signal("SIGTERM");
      },
      143,
    );
    session(
      "SIGHUP (the SSH connection dropped)",
      async (t) => {
        await t.keys("2", "j", "j");
        t.signal("SIGHUP");
      },
      129,
    );

    // The other terminating signals a process can catch: Ink's signal-exit used to re-raise them with the
    // alternate screen still on.
    session("SIGQUIT", (t) => t.signal("SIGQUIT"), 131);
    session("SIGALRM", (t) => t.signal("SIGALRM"), 142);
    session("SIGUSR2", (t) => t.signal("SIGUSR2"), 140);
    session("SIGVTALRM", (t) => t.signal("SIGVTALRM"), 154);

    // In tmux the kernel discards the stop (orphaned process group); the explorer must carry on either way.
    session(
      "SIGTSTP then SIGCONT, then q",
      async (t) => {
        await t.keys("4");
        t.signal("SIGTSTP");
        await t.settle();
        t.signal("SIGCONT");
        await t.settle();
        expect(await t.alternateOn()).toBe(true);
        expect(await t.waitFor("示范诉讼"), "not repainted after the stop").toContain(HEADER);
        await t.keys("Escape");
        await t.keys("q"); // raw mode is back: q is a key, not a line
      },
      0,
    );

    // Under a shell with job control, as at a prompt: C-z stops the explorer with the terminal given
    // back, and `fg` brings it back repainted (bash reports a stopped job as status 148 = 128 + SIGTSTP).
    it("C-z stops it and gives the terminal back; fg resumes it", { timeout: 60_000 }, async () => {
      const script = 'set -m; node dist/cli.js; echo "stopped: $?"; read -r _; fg; echo "fg: $?"';
      const term = await startTerminal({
        command: ["bash", "--norc", "--noprofile", "-c", script],
        columns: 80,
        rows: 24,
        cwd: process.cwd(),
      });
      try {
        await term.waitFor(HEADER, 30_000);
        await term.keys("4");
        await term.type("sfss");
        await term.keys("C-z");
        const stopped = await term.waitFor("stopped: 148", 10_000);
        expect(await term.alternateOn(), "still on the alternate screen").toBe(false);
        expect(await term.cursorVisible(), "cursor hidden").toBe(true);
        expect(stopped).not.toContain(HEADER);
        await term.keys("Enter");
        const resumed = await term.waitFor((screen) => screen.includes(HEADER) && screen.includes("示范诉讼"), 10_000);
        expect(await term.alternateOn()).toBe(true);
        expect(resumed, "the query typed before the stop is kept").toContain("sfss");
        await term.keys("C-c");
        expect(await term.waitFor("fg: 0", 10_000)).not.toContain(HEADER);
        expect(await term.exitStatus(10_000)).toBe(0);
      } finally {
        term.close();
      }
    });

    // Keys are answered from the first frame on: until Ink has loaded by the explorer itself
    // (source/app/before-ink.ts), then by the App. The fixture's Ink either never arrives or says
    // when it has (the window title), so each case happens on the side of Ink it names.
    const FIXTURE = ["node", "--import", "tsx", "test/helpers/explorer-fixture.tsx"];
    /** Waits for the window title the fixture sets once Ink's half has loaded. */
    const inkLoaded = async (term: Terminal) => {
      for (const end = Date.now() + 20_000; term.format("#{pane_title}") !== "ink loaded"; ) {
        if (Date.now() > end) throw new Error("Ink never loaded");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    it("before Ink has loaded: keys are answered, and q quits with the terminal restored", {
      timeout: 60_000,
    }, async () => {
      const term = await explorer({}, [...FIXTURE, "--no-ink"]);
      try {
        await term.keys("2", "j", "j");
        const screen = await term.waitFor("筛选>", 20_000);
        expect(screen).toContain("2.0.p2「办结54242件」");
        await term.keys("q");
        const { status, screen: after } = await restored(term);
        expect(status).toBe(0);
        expect(after.trim()).toBe("");
      } finally {
        term.close();
      }
    });

    for (const [when, args, ready] of [
      ["before Ink has loaded", ["--no-ink"], async () => {}],
      ["once Ink has loaded", [], inkLoaded],
    ] as const)
      it(`an error while rendering ${when}: one line, no stack trace, exit 1`, { timeout: 60_000 }, async () => {
        const term = await explorer({}, [...FIXTURE, ...args, "charts"]);
        try {
          await ready(term);
          await term.keys("3");
          const { status, screen } = await restored(term);
          expect(status).toBe(1);
          const lines = screen.split("\n").filter((l) => l.trim() !== "");
          expect(lines).toEqual(["court-report: the charts pane failed to render"]);
        } finally {
          term.close();
        }
      });

    it("the terminal closing under it (pty gone): the process exits instead of spinning", {
      timeout: 60_000,
    }, async () => {
      const term = await explorer();
      const pid = term.pid();
      term.close();
      expect(await processEnds(pid, 5000)).toBe(true);
    });
  });
