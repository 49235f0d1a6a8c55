// Hostile text never reaches the terminal as a control sequence: whatever a user passes or pastes is
// echoed, searched or reported with its control characters removed. These tests check the bytes.

import { describe, expect, it } from "vitest";
import { firstControl } from "./helpers/bytes";
import { cliAsync } from "./helpers/cli";
import { renderApp } from "./helpers/ink";
import { startTerminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

// Things people paste by accident or by malice. No NUL: argv cannot carry it.
const HOSTILE: Record<string, string> = {
  clear: "\x1b[2J\x1b[H示范",
  osc52: "\x1b]52;c;cm0gLXJmIH4K\x07诉讼",
  title: "\x1b]0;pwned\x1b\\执行",
  c1csi: "\x9b2J审判",
  bidi: "\u202e讼诉范示\u202c\u2066x\u2069",
  zwj: "👨‍👩‍👧‍👦 示\u200d范",
  combining: "e\u0301\u0301\u0301\u0301\u0301\u0301 诉讼",
  controls: "a\x07b\x08c\rd\x7fe",
  lone: "\x1b",
};

// All of them at once, plus the two endings a parser can trip on: a lone ESC and an unterminated OSC.
const ARGUMENTS = [Object.values(HOSTILE).join(" "), "示范\x1b", "示范\x1b]52;c;cm0gLXJmIH4K"];

// Every place a user-supplied string can go: each command's query, flag values, and unknown commands/options.
const FORMS: [string, (h: string) => string[]][] = [
  ["search <q>", (h) => ["search", h]],
  ["search <q> --json", (h) => ["search", h, "--json"]],
  ["glossary <q>", (h) => ["glossary", h]],
  ["metrics <q>", (h) => ["metrics", h]],
  ["metrics --category <c>", (h) => ["metrics", "--category", h]],
  ["read <section>", (h) => ["read", h]],
  ["read 2.4 --width <w>", (h) => ["read", "2.4", "--width", h]],
  ["chart <id>", (h) => ["chart", h]],
  ["<unknown command>", (h) => [h]],
  ["--<unknown option>", (h) => [`--${h}`]],
];

describe("quick-lookup commands never print a control sequence from their input", () => {
  it.each(FORMS)("%s", async (_form, args) => {
    const runs = await Promise.all([
      ...ARGUMENTS.map(async (hostile) => ({ colour: false, r: await cliAsync(args(hostile)) })),
      { colour: true, r: await cliAsync([...args(ARGUMENTS[0]!), "--color"], { FORCE_COLOR: "1" }) },
    ]);
    for (const { colour, r } of runs) {
      expect([0, 1, 2]).toContain(r.status);
      expect(firstControl(r.stdout, { allowSgr: colour })).toBeNull();
      expect(firstControl(r.stderr, { allowSgr: colour })).toBeNull();
      const { stderr } = r;
      expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
      if (r.status !== 0) expect(stderr.split("\n")[0]).toMatch(/^court-report: \S/);
    }
  });
});

// ------------------------------------------------------------------ the explorer

/** Where a paste can land: each pane's text box, opened the way a user opens it. */
const BOXES: [string, string[]][] = [
  ["5 搜索 query", ["5"]],
  ["4 用语 query", ["4"]],
  ["2 数据 filter", ["2", "/"]],
  ["1 报告 find", ["1", "enter", "/"]],
];

describe("the explorer accepts hostile pastes as text and writes no control sequence", () => {
  it.each(BOXES)(
    "%s",
    async (_box, open) => {
      for (const hostile of [...Object.values(HOSTILE), Object.values(HOSTILE).join("")]) {
        const app = renderApp({ columns: 80, rows: 24 });
        try {
          await app.press(...open);
          const before = app.written().length;
          await app.press(hostile);
          expect(app.error()).toBeUndefined();
          expect(app.exited()).toBe(false);
          const written = app.written().slice(before);
          expect(written.length, JSON.stringify(hostile)).toBeGreaterThan(0);
          expect(firstControl(written, { allowSgr: true, allowCursor: true })).toBeNull();
        } finally {
          app.unmount();
        }
      }
    },
    60_000,
  );

  // The input layer drops whole sequences (no "[2J" litter, as Ink's parser left); the bidi override
  // is removed when typed.
  it("the pasted text shows in the box, without its control characters", async () => {
    const app = renderApp({ columns: 80, rows: 24 });
    try {
      await app.press("5", "\x1b[2J\x1b]0;t\x07示\u202e范");
      const box = app.lines().find((l) => l.includes("搜索>"));
      expect(box).toContain("搜索> 示范 ");
    } finally {
      app.unmount();
    }
  });
});

describe.skipIf(skipWithout("tmux", tmuxAvailable()))("in a real terminal (tmux)", () => {
  it("a hostile paste into 搜索 neither clears the screen, retitles the window, leaves the alternate screen nor writes the clipboard", async () => {
    const term = await startTerminal({ command: ["node", "dist/cli.js"], columns: 80, rows: 24, cwd: process.cwd() });
    try {
      await term.waitFor("5 搜索", 20_000);
      await term.keys("5");
      const title = term.format("#{pane_title}");
      await term.paste(`执行${Object.values(HOSTILE).join("")}\x1b[?1049l\x1b]2;pwned\x07`);
      await term.paste("\x1b]52;c;cm0gLXJmIH4K\x07");
      const screen = await term.screen();
      expect(screen).toContain("5 搜索");
      expect(await term.alternateOn()).toBe(true);
      expect(term.format("#{pane_title}")).toBe(title);
      expect(term.buffers()).toEqual([]);
      expect(term.running()).toBe(true);
    } finally {
      term.close();
    }
  }, 40_000);
});
