// Notes on the built CLI in a real terminal (tmux), with a notebook file of its own: a note added in
// every pane, tagged and commented, the explorer quit; the file then holds every note, each quote
// verbatim in data/report.txt.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Note } from "../source/notes/note";
import { startTerminal, type Terminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = `${root}dist/cli.js`;
const REPORT = readFileSync(join(root, "data/report.txt"), "utf8");
let term: Terminal | undefined;

beforeAll(() => {
  if (!existsSync(cli)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
});
afterEach(() => term?.close());

describe.skipIf(skipWithout("tmux", tmuxAvailable()))("notes in a real terminal", () => {
  it("a note from each pane, tagged and commented, is in the notebook after q", async () => {
    const dir = mkdtempSync(join(tmpdir(), "court-report-e2e-notes-"));
    const file = join(dir, "notes.json");
    term = await startTerminal({
      command: ["node", cli, "--notes", file],
      columns: 80,
      rows: 24,
      env: { XDG_DATA_HOME: dir, XDG_STATE_HOME: dir },
      cwd: dir,
    });
    const t = term;
    await t.waitFor("帮助", 10_000);
    /** `a` where the keys lead, a comment typed, Esc: the status line names the note. */
    const note = async (comment: string) => {
      const added = await t.keys("a");
      expect(added).toContain("已加入笔记：");
      await t.type(comment);
      await t.waitFor("已保存");
      await t.keys("Escape");
    };
    await t.keys("2");
    await t.type("/zjzx");
    await t.keys("Escape");
    await note("执行有力");
    await t.keys("3");
    await note("图表");
    await t.keys("4");
    await t.type("sfss");
    await t.keys("Escape");
    await note("示范");
    await t.keys("5");
    await t.type("未成年人");
    await t.keys("Escape");
    await note("未成年人保护");
    await t.keys("1");
    await t.keys("Enter");
    await note("开篇");
    await t.keys("v");
    await t.keys(")");
    await note("一句");
    let screen = await t.keys("6");
    expect(screen).toContain("笔记6");
    await t.keys("!");
    await t.keys("e");
    await t.type("，很好");
    await t.waitFor("已保存");
    await t.keys("Escape");
    screen = await t.settle();
    expect(screen).toContain("肯定1");
    await t.keys("q");
    expect(await t.exitStatus()).toBe(0);

    const notes = (JSON.parse(readFileSync(file, "utf8")) as { notes: Note[] }).notes;
    expect(notes.map((n) => n.kind).sort()).toEqual(["chart", "entry", "figure", "paragraph", "result", "selection"]);
    for (const n of notes) for (const q of n.quotes) expect(REPORT).toContain(q.text);
    expect(notes.find((n) => n.kind === "figure")?.comment).toBe("执行有力");
    expect(notes.filter((n) => n.tag === "肯定")).toHaveLength(1);
    expect(notes.some((n) => n.comment.endsWith("，很好"))).toBe(true);
  }, 60_000);
});
