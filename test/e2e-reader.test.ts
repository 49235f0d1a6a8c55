// The reader on the built CLI in a real terminal (tmux): reading on across sections,
// find over the whole report, going back after a jump, and q closing only the topmost overlay.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTerminal, type Terminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = `${root}dist/cli.js`;
let term: Terminal | undefined;

beforeAll(() => {
  if (!existsSync(cli)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
});
afterEach(() => term?.close());

const rows = (screen: string) => screen.split("\n");
/** The reader's status line: the first line under the tabs (the reader has focus, stacked or not). */
/** The reader's status: in the tab bar after the tabs where it has room (from 79 columns, in place
 * of the report's title), else the row below the tabs. */
function statusOf(screen: string): string {
  const [tabs = "", below = ""] = rows(screen);
  const after = /6\s?笔记\s+(\S.*)$/.exec(tabs)?.[1];
  return after && !after.startsWith("三门县") ? after : below;
}

/** The text of the row drawn inverse (the selection), below the tabs. */
async function selectedRow(t: Terminal): Promise<string> {
  const sgr = /\x1b\[[0-9;]*m/g;
  const row = rows(await t.screen({ escapes: true }))
    .slice(1)
    .find((l) => /\x1b\[(?:[0-9;]*;)?7m/.test(l));
  return (row ?? "").replace(sgr, "");
}

async function open(columns = 80, lines = 24): Promise<Terminal> {
  term = await startTerminal({ command: ["node", cli], columns, rows: lines });
  await term.waitFor("帮助", 10_000);
  return term;
}

describe.skipIf(skipWithout("tmux", tmuxAvailable()))("the reader in a real terminal", () => {
  it("reads from 开篇 on to 2.0 with Space, the status line naming each section", async () => {
    const t = await open(60, 16);
    let screen = await t.keys("Enter");
    expect(statusOf(screen)).toContain("1 ［开篇］");
    const seen: string[] = [];
    for (let i = 0; i < 8 && !seen.includes("2.0"); i++) {
      screen = await t.keys("Space");
      const id = /^(\S+) /.exec(statusOf(screen).trim())?.[1];
      if (id && !seen.includes(id)) seen.push(id);
    }
    // A whole screen a press, as less: 开篇 is shorter than one, so the first press is in 2.0.
    expect(seen).toContain("2.0");
    expect(statusOf(screen)).toMatch(/\d+%/);
  }, 30_000);

  it("/未成年人 from 开篇, n through every occurrence in report order, then the wrap notice", async () => {
    const t = await open();
    await t.keys("Enter");
    await t.type("/未成年人");
    let screen = await t.keys("Enter");
    expect(screen).toContain("1/4");
    expect(statusOf(screen)).toContain("2.2");
    for (const [n, section] of [
      [2, "2.2"],
      [3, "2.2"],
      [4, "3.3"],
    ] as const) {
      screen = await t.keys("n");
      expect(screen, `match ${n}`).toContain(`${n}/4`);
      expect(statusOf(screen), `match ${n}`).toContain(section);
    }
    screen = await t.keys("n");
    expect(screen).toContain("1/4");
    expect(rows(screen.trimEnd()).at(-1)).toContain("已到末尾");
  }, 30_000);

  it("2 j Enter, then Backspace: back in 数据 with the same row selected", async () => {
    const t = await open();
    await t.keys("2");
    const before = await t.keys("j");
    const selectedBefore = await selectedRow(t);
    expect(selectedBefore).toContain("旧存案件");
    const opened = await t.keys("Enter");
    expect(opened).toMatch(/\d+\.\d+\.p\d+/);
    expect(await t.keys("BSpace")).toEqual(before);
    expect(await selectedRow(t)).toEqual(selectedBefore);
  }, 30_000);

  it("5, a query, Enter, back: the list has focus and the query is kept", async () => {
    const t = await open();
    await t.keys("5");
    await t.type("失信");
    await t.keys("Enter");
    let screen = await t.keys("BSpace");
    expect(rows(screen)[1]).toMatch(/^搜索> 失信\s/);
    screen = await t.keys("j");
    // j moved the selection; nothing was typed into the box.
    expect(rows(screen)[1]).toMatch(/^搜索> 失信\s/);
    expect(rows(screen)[1]).toContain("2/");
  }, 30_000);

  it("q in each overlay closes it only; q with nothing open quits", async () => {
    const t = await open();
    let screen = await t.keys("?");
    expect(screen).toContain("按键帮助");
    screen = await t.keys("q");
    expect(screen).not.toContain("按键帮助");
    expect(t.running()).toBe(true);

    await t.keys("Enter");
    await t.keys("l");
    screen = await t.keys("Enter");
    expect(screen).toContain("出处");
    screen = await t.keys("q");
    expect(screen).not.toContain("出处：");
    expect(t.running()).toBe(true);

    await t.keys("4");
    await t.type("sfss");
    screen = await t.keys("Enter");
    expect(screen).toContain("见报告第1页第13行");
    screen = await t.keys("q");
    expect(screen).not.toContain("见报告第1页第13行");
    expect(t.running()).toBe(true);

    await t.keys("q");
    expect(await t.exitStatus()).toBe(0);
  }, 30_000);
});
