// The built CLI in a real terminal (tmux): `node dist/cli.js` with no command opens the explorer.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { width } from "../source/text/width";
import { startTerminal, type Terminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = `${root}dist/cli.js`;
let term: Terminal | undefined;

beforeAll(() => {
  // `npm test` builds first; a lone `vitest run` of this file builds if there is nothing yet.
  if (!existsSync(cli)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
});
afterEach(() => term?.close());

const rowsOf = (screen: string) => screen.split("\n");

describe.skipIf(skipWithout("tmux", tmuxAvailable()))("the explorer in a real terminal", () => {
  for (const [columns, rows] of [
    [80, 24],
    [120, 40],
  ] as const) {
    it(`${columns}x${rows}: 数据 rows of equal width, 用语 lookup in Chinese, q exits 0 back to the main screen`, async () => {
      // CI=true makes Ink draw nothing but a last frame; a person at a terminal must still see the explorer.
      term = await startTerminal({ command: ["node", cli], columns, rows, env: { CI: "true" } });
      let screen = await term.waitFor("帮助", 10_000);
      expect(await term.alternateOn()).toBe(true);
      expect(rowsOf(screen)[0]).toContain("1 报告");
      for (const line of rowsOf(screen)) expect(width(line)).toBeLessThanOrEqual(columns);
      expect(rowsOf(screen.trimEnd()).length).toBeLessThanOrEqual(rows);

      // The first frame is painted before the explorer has loaded: wait for the key's answer itself.
      await term.keys("2");
      screen = await term.waitFor("筛选>", 10_000);
      const table = rowsOf(screen).filter((l) => l.startsWith("|") || l.startsWith("+"));
      expect(table.length).toBeGreaterThan(10);
      expect(table.some((l) => l.includes("五年共受理") && l.includes("53833"))).toBe(true);
      const widths = new Set(table.map((l) => width(l.trimEnd())));
      expect([...widths], table.join("\n")).toHaveLength(1);
      expect([...widths][0]).toBeLessThanOrEqual(columns);

      await term.keys("4");
      screen = await term.type("示范诉讼");
      const lines = rowsOf(screen);
      expect(lines[1]).toContain("用语> 示范诉讼");
      expect(lines[2]!.startsWith("示范诉讼")).toBe(true);
      screen = await term.keys("Enter");
      expect(screen).toContain("见报告第1页第13行");

      await term.keys("Escape");
      await term.keys("Escape");
      await term.keys("q");
      expect(await term.exitStatus()).toBe(0);
      expect(await term.alternateOn()).toBe(false);
      const modes = await term.ttyModes();
      expect(modes.icanon, modes.stty).toBe(true);
      expect(modes.echo, modes.stty).toBe(true);
    }, 30_000);
  }

  it("re-lays out on resize and shows the size it needs below 40x12", async () => {
    term = await startTerminal({ command: ["node", cli], columns: 100, rows: 30 });
    await term.waitFor("帮助", 10_000);
    await term.keys("2");
    await term.waitFor("筛选>", 10_000);
    let screen = await term.resize(40, 12);
    for (const line of rowsOf(screen)) expect(width(line)).toBeLessThanOrEqual(40);
    expect(screen).toContain("数值");
    screen = await term.resize(30, 8);
    expect(screen).toContain("40x12");
    screen = await term.resize(100, 30);
    expect(screen).toContain("三门县人民法院工作报告");
    await term.keys("C-c");
    expect(await term.exitStatus()).toBe(0);
    expect(await term.alternateOn()).toBe(false);
  }, 30_000);
});
