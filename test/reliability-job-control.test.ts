// Job control as a user types it: an interactive bash (a real job-control shell) in tmux runs the
// built explorer, stops it, kills it, starts it in the background, resizes behind its back. And a
// terminal that is not read at all: a signal still ends the explorer, with its exit code.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lineText } from "../source/app/ui/styled";
import { python3Available, signalWhileStalled } from "./helpers/stalled-pty";
import { processEnds, startTerminal, type Terminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

const HEADER = "5 搜索";
const CLI = resolve("dist/cli.js");
const PROMPT = "$ ";

describe.skipIf(skipWithout("tmux", tmuxAvailable()))("job control in an interactive bash", { timeout: 60_000 }, () => {
  let term: Terminal;
  let run = 0;

  beforeAll(async () => {
    term = await startTerminal({
      command: ["bash", "--norc", "--noprofile", "-i"],
      columns: 80,
      rows: 24,
      env: { PS1: PROMPT },
    });
  });
  afterAll(() => term?.close());

  /** Types a command line at the prompt, on a cleared screen, and waits for its marker line. */
  async function shell(line: string): Promise<string> {
    const marker = `done-${++run}`;
    await term.type(`clear; ${line}${line.endsWith("&") ? "" : ";"} echo ${marker}`);
    await term.keys("Enter");
    return term.waitFor((s) => s.split("\n").some((l) => l.trim() === marker), 10_000);
  }

  /** The pid of the shell's job %1 (read from `jobs -p`). */
  async function job(): Promise<number> {
    const screen = await shell("echo job=$(jobs -p %1)");
    const pid = Number(/job=(\d+)/.exec(screen)?.[1]);
    expect(pid, screen).toBeGreaterThan(0);
    return pid;
  }

  async function start(): Promise<void> {
    await term.resize(80, 24);
    await term.type(`clear; node ${CLI}`);
    await term.keys("Enter");
    await term.waitFor(HEADER, 30_000);
  }

  async function stop(): Promise<number> {
    await term.keys("C-z");
    await term.waitFor("Stopped", 10_000);
    return job();
  }

  /** The job has ended and the screen is the shell's: main screen, cursor visible, nothing of the explorer. */
  async function shellsScreen(pid: number): Promise<void> {
    expect(await processEnds(pid, 10_000), "the explorer still runs").toBe(true);
    const screen = await shell("jobs");
    expect(await term.alternateOn()).toBe(false);
    expect(await term.cursorVisible()).toBe(true);
    expect(screen).not.toContain(HEADER);
    expect(screen).not.toMatch(/Stopped|Running/);
  }

  it.each(["kill %1", "kill -HUP %1"])(
    "C-z, then %s: the job is gone and the screen is the shell's",
    async (command) => {
      await start();
      const pid = await stop();
      await shell(command);
      await shellsScreen(pid);
    },
  );

  // bash continues a stopped job only for SIGTERM and SIGHUP: SIGINT waits, as for any program (sleep,
  // cat, less), until the job is continued, and then ends it before it could draw.
  it("C-z, then kill -INT %1, then fg: the job is gone and the screen is the shell's", async () => {
    await start();
    const pid = await stop();
    await shell("kill -INT %1");
    await term.type("clear; fg");
    await term.keys("Enter");
    await shellsScreen(pid);
  });

  it("started with &: the shell's screen is untouched until fg; then the explorer; kill -INT in the background ends it", async () => {
    await term.resize(80, 24);
    await shell(`node ${CLI} &`);
    const pid = await job();
    // Long enough for the explorer to have drawn its first frame, were it going to.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await term.alternateOn(), "took the screen in the background").toBe(false);
    expect(await term.cursorVisible()).toBe(true);
    expect(await term.screen()).not.toContain(HEADER);
    await term.type("fg");
    await term.keys("Enter");
    await term.waitFor(HEADER, 10_000);
    expect(await term.alternateOn()).toBe(true);
    await term.keys("C-z");
    await term.waitFor("Stopped", 10_000);
    await shell("bg");
    expect(await term.alternateOn()).toBe(false);
    await shell("kill -INT %1");
    await shellsScreen(pid);
  });

  /** After fg at 60x16 the screen is the frame of that size: one header on row 0, every row within it. */
  async function fitsSmaller(): Promise<void> {
    const { frameLines } = await import("../source/app/frame");
    const { initialState } = await import("../source/app/state");
    const expected = frameLines(initialState({ columns: 60, rows: 16 })).map(lineText);
    const screen = (await term.waitFor((s) => s.split("\n")[0] === expected[0]?.trimEnd(), 10_000)).split("\n");
    await term.settle();
    expect(screen.slice(0, expected.length).map((l) => l.trimEnd())).toEqual(expected.map((l) => l.trimEnd()));
    await term.keys("j");
    const after = (await term.screen()).split("\n");
    expect(after[0]).toBe(expected[0]?.trimEnd());
    expect(after.filter((l) => l.includes(HEADER))).toHaveLength(1);
    await term.keys("q");
    await term.waitFor((s) => s.split("\n").includes(PROMPT.trim()), 10_000);
  }

  it("C-z, resize 80x24 to 60x16, fg: the frame drawn is the frame for 60x16", async () => {
    await start();
    await stop();
    await term.resize(60, 16);
    await term.type("clear; fg");
    await term.keys("Enter");
    await fitsSmaller();
  });

  it("C-z, bg, resize, fg: the same", async () => {
    await start();
    await stop();
    await shell("bg");
    await term.resize(60, 16);
    await term.type("clear; fg");
    await term.keys("Enter");
    await fitsSmaller();
  });
});

describe.skipIf(skipWithout("python3", python3Available()))("a terminal that is not read", { timeout: 60_000 }, () => {
  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
    ["SIGHUP", 129],
  ] as const)("%s ends the explorer within 3 s, exit %i", (signal, code) => {
    const result = signalWhileStalled(signal, ["node", CLI]);
    // The terminal's buffer was full: the explorer's writes could not go out when the signal came.
    expect(result.unread).toBeGreaterThanOrEqual(4000);
    expect(result.code).toBe(code);
  });
});
