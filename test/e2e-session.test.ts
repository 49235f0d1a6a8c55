// The kept place on the built CLI in a real terminal (tmux): however the explorer ends — q, C-c,
// SIGHUP from kill or from the pane closing under it, SIGTERM — the next start opens at the same
// paragraph with the same marks and finds, and says so; --fresh leaves the file as it was. And one
// way back after a find, as a user would press it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { processEnds, startTerminal, type Terminal } from "./helpers/tmux";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = `${root}dist/cli.js`;
let term: Terminal | undefined;
let state: string;
const file = () => join(state, "court-report", "session.json");

beforeAll(() => {
  if (!existsSync(cli)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
});
beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), "court-e2e-state-"));
});
afterEach(() => {
  term?.close();
  term = undefined;
  // close() has waited for the explorer, which saves its place on the hang-up, to end.
  rmSync(state, { recursive: true, force: true });
});

async function open(args: string[] = [], columns = 80, rows = 24): Promise<Terminal> {
  term?.close();
  term = await startTerminal({ command: ["node", cli, ...args], columns, rows, env: { XDG_STATE_HOME: state } });
  await term.waitFor((s) => s.includes("帮助") || s.includes("回到上次的位置"), 10_000);
  return term;
}

/** `:` to a place, as a user types it. */
async function goto(t: Terminal, place: string): Promise<void> {
  await t.keys(":");
  await t.type(place);
  await t.keys("Enter");
}

/** The tab bar, the reader's status (in the tab bar from 79 columns, on the row below it on a
 * narrower terminal) and the first text rows: where the reader is. */
const top = (screen: string) => screen.split("\n").slice(0, 4).join("\n");
/** The rows that hold the reader's status, wherever the width puts it. */
const status = (screen: string) => screen.split("\n").slice(0, 2).join("\n");

describe("the place kept across starts", () => {
  it("q: the same place, marks and find on the next start, with the line that says so", async () => {
    let t = await open();
    await t.keys("Enter");
    await goto(t, "2.2.p4");
    await t.keys("m", "a");
    await goto(t, "3.3");
    await t.keys("/");
    await t.type("未成年人");
    await t.keys("Enter");
    await t.keys("Escape");
    const before = top(await t.settle());
    await t.keys("q");
    expect(await t.exitStatus()).toBe(0);

    t = await open([], 60, 20);
    const screen = await t.waitFor("回到上次的位置：3.3");
    expect(screen).toContain("（按 g 回到开头）");
    expect(status(screen)).toContain("3.3");
    expect(status(before)).toContain("3.3");
    // The mark, and the last find for n.
    expect(top(await t.keys("'", "a"))).toContain("2.2.p4");
    expect(await t.keys("n")).toContain("未成年人");
    await t.keys("g");
    expect((await t.settle()).split("\n")[1]).toContain("开篇");
  });

  for (const [how, end, status] of [
    ["SIGHUP (kill -HUP)", (t: Terminal) => t.signal("SIGHUP"), 129],
    ["SIGTERM", (t: Terminal) => t.signal("SIGTERM"), 143],
    // The keys' settling may outlive the pane, which closes with the program: only the exit counts.
    ["C-c", (t: Terminal) => void t.keys("C-c").catch(() => undefined), 0],
  ] as const) {
    it(`${how}: saved before the process ends`, async () => {
      let t = await open();
      await goto(t, "2.3.p1");
      await t.keys("m", "b");
      await t.settle();
      end(t);
      expect(await t.exitStatus()).toBe(status);
      t = await open();
      const screen = await t.waitFor("回到上次的位置：2.3.p1");
      expect(top(screen)).toContain("2.3.p1");
      expect(JSON.parse(readFileSync(file(), "utf8")).marks.b.paragraphId).toBe("2.3.p1");
    });
  }

  it("the pane closing under it (the SSH connection dropped): saved as the process dies of the hang-up", async () => {
    let t = await open();
    await goto(t, "3.2.p1");
    await t.settle();
    const pid = t.pid();
    t.killPane();
    expect(await processEnds(pid, 10_000)).toBe(true);
    t = await open();
    expect(top(await t.waitFor("回到上次的位置：3.2.p1"))).toContain("3.2.p1");
  });

  it("SIGKILL, a moment after the last key: the place was already written", async () => {
    let t = await open();
    await goto(t, "2.4.p2");
    await t.settle();
    // The session is written within SAVE_DELAY_MS of a change: wait for the file to say so.
    const deadline = Date.now() + 10_000;
    while (!(existsSync(file()) && readFileSync(file(), "utf8").includes('"2.4.p2"')) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    t.signal("SIGKILL");
    await t.exitStatus();
    t = await open();
    expect(top(await t.waitFor("回到上次的位置：2.4.p2"))).toContain("2.4.p2");
  });

  it("--fresh starts at the beginning and leaves the file unchanged", async () => {
    let t = await open();
    await goto(t, "2.2.p4");
    await t.keys("q");
    await t.exitStatus();
    const saved = readFileSync(file(), "utf8");
    t = await open(["--fresh"]);
    const screen = await t.settle();
    expect(screen).not.toContain("回到上次的位置");
    expect(screen.split("\n")[1]).toContain("开篇");
    await goto(t, "3.3");
    await t.keys("q");
    await t.exitStatus();
    expect(readFileSync(file(), "utf8")).toBe(saved);
  });

  it("Enter Space, /wcnr Enter, Backspace: back in 2.0 with the reader's focus; again: 开篇 and the contents", async () => {
    const t = await open();
    await t.keys("Enter", "Space");
    const reading = top(await t.settle());
    await t.keys("/");
    await t.type("wcnr");
    await t.keys("Enter");
    expect(status(await t.settle())).toContain("2.2");
    expect(top(await t.keys("BSpace"))).toBe(reading);
    expect(status(reading)).toContain("2.0");
    // The reader had the focus: j scrolls it.
    expect(top(await t.keys("j"))).not.toBe(reading);
    await t.keys("k", "BSpace");
    expect((await t.settle()).split("\n")[1]).toContain("开篇");
  });
});
