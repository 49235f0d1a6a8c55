// Pinyin where Chinese cannot be typed, on the built CLI in a real terminal: initials in
// 搜索 list the places of 未成年人, and the reader's /wcnr walks them across sections.
import { afterEach, describe, expect, it } from "vitest";
import { startTerminal, type Terminal } from "./helpers/tmux";

let term: Terminal | undefined;
afterEach(() => term?.close());

async function open(): Promise<Terminal> {
  term = await startTerminal({ command: ["node", "dist/cli.js"], columns: 80, rows: 24, cwd: process.cwd() });
  await term.waitFor("帮助", 30_000);
  return term;
}

describe("pinyin in the explorer", () => {
  it("5 then wcnr lists the paragraphs that say 未成年人", { timeout: 60_000 }, async () => {
    const t = await open();
    await t.keys("5");
    await t.waitFor("搜索>", 30_000);
    const screen = await t.type("wcnr");
    expect(screen).toMatch(/搜索> wcnr/);
    expect(screen).toContain("未成年人");
    expect(screen).toMatch(/2\.2 /);
    expect(screen).toMatch(/3\.3 /);
  });

  it("the reader's /wcnr finds 未成年人 across sections, n walks them", { timeout: 60_000 }, async () => {
    const t = await open();
    await t.keys("Enter");
    await t.type("/wcnr");
    let screen = await t.keys("Enter");
    expect(screen).toContain("1/4");
    expect(screen.split("\n")[1]).toContain("2.2");
    for (let i = 0; i < 3; i++) screen = await t.keys("n");
    expect(screen).toContain("4/4");
    expect(screen.split("\n")[1]).toContain("3.3");
  });
});
