// Every pane, with scrolls, searches and overlays open, at sizes from 1x1 to 300x100: the frame fits
// (at most rows lines, none wider than the terminal) or is the one line saying what size is needed.
// Then live resizes keep what the user was looking at.
import { describe, expect, it } from "vitest";
import { frameLines } from "../source/app/frame";
import { MIN_COLUMNS, MIN_ROWS, tooSmall } from "../source/app/geometry";
import { figureRows } from "../source/app/panes/data/model";
import { COMPACT_ROWS, currentDoc, docLineOf, reportLayout } from "../source/app/panes/report/model";
import { searchResults } from "../source/app/panes/search/model";
import { initialState, type Size, type State } from "../source/app/state";
import { lineText, lineWidth } from "../source/app/ui/styled";
import { width } from "../source/text/width";
import { firstControl } from "./helpers/bytes";
import { press as pressKeys, reduce } from "./helpers/explorer-state";
import { KEY_BYTES, renderApp } from "./helpers/ink";
import { startTerminal, tmuxAvailable } from "./helpers/tmux";
import { skipWithout } from "./helpers/tools";

/** The state after keys (helpers' KEY names, anything else typed as text) through the real keymap. */
const press = (state: State, ...keys: string[]): State => pressKeys(state, ...keys).state;

const resize = (s: State, size: Size) => reduce(s, { type: "resize", size });
const start = initialState({ columns: 100, rows: 30 });

/** Scenarios, each checked to be in the state it claims, so no size test silently tests something else. */
const SCENARIOS: [string, () => State][] = [
  ["报告 contents", () => start],
  [
    "报告 reader, mid-section",
    () => {
      const s = press(
        resize(start, { columns: 60, rows: 16 }),
        "down",
        "down",
        "down",
        "down",
        "enter",
        "pageDown",
        "pageDown",
      );
      expect(s.report.focus).toBe("reader");
      expect(s.report.scroll).toBeGreaterThan(0);
      return s;
    },
  ],
  [
    "报告 find in section",
    () => {
      const s = press(start, "down", "down", "down", "enter", "/", "诉讼", "enter");
      expect(s.report.find.text).toBe("诉讼");
      return s;
    },
  ],
  [
    "报告 term overlay",
    () => {
      const s = press(start, "4", "sfss", "down", "enter", "enter", "enter");
      expect(s.pane).toBe("report");
      expect(s.report.overlay).not.toBeNull();
      return s;
    },
  ],
  [
    "数据 filtered, selection moved",
    () => {
      const s = press(start, "2", "/", "执行", "escape", "down", "down");
      expect(s.data.filter.text).toBe("执行");
      expect(s.data.list.selected).toBe(2);
      return s;
    },
  ],
  [
    "数据 sorted by value, end",
    () => {
      const s = press(start, "2", "s", "G");
      expect(s.data.sort).toBe("value");
      return s;
    },
  ],
  ["图表 third chart scrolled", () => press(start, "3", "down", "down", "pageDown")],
  [
    "用语 query",
    () => {
      const s = press(start, "4", "sfss");
      expect(s.glossary.query.text).toBe("sfss");
      return s;
    },
  ],
  [
    "用语 definition",
    () => {
      const s = press(start, "4", "shifan", "enter");
      expect(s.glossary.detail).not.toBeNull();
      return s;
    },
  ],
  [
    "搜索 results, selection moved",
    () => {
      const s = press(start, "5", "执行", "down", "down", "down");
      expect(s.search.list.selected).toBe(3);
      return s;
    },
  ],
  [
    "help overlay scrolled",
    () => {
      const s = press(start, "?", "pageDown");
      expect(s.help).not.toBeNull();
      return s;
    },
  ],
];

// Both sides of every threshold (the 40x12 minimum, side-by-side from 72 columns) and the extremes.
const COLUMNS = [1, 2, 10, 39, 40, 41, 60, 71, 72, 80, 120, 200, 300];
const ROWS = [1, 2, 11, 12, 13, 24, 50, 100];

function checkFits(s: State): void {
  const lines = frameLines(s);
  const where = `${s.size.columns}x${s.size.rows}`;
  if (tooSmall(s.size)) {
    expect(lines, where).toHaveLength(1);
    if (s.size.columns >= 30) expect(lineText(lines[0]!), where).toContain(`${MIN_COLUMNS}x${MIN_ROWS}`);
  } else {
    expect(lines.length, where).toBeLessThanOrEqual(s.size.rows);
  }
  for (const l of lines)
    expect(lineWidth(l), `${where}: ${JSON.stringify(lineText(l))}`).toBeLessThanOrEqual(s.size.columns);
}

describe("every pane at every size", () => {
  it.each(SCENARIOS)(
    "%s: frame fits from 1x1 to 300x100",
    (_name, build) => {
      const base = build();
      for (const columns of COLUMNS) for (const rows of ROWS) checkFits(resize(base, { columns, rows }));
    },
    60_000,
  );

  // The rendered app, as Ink lays it out and writes it, at the sizes where layouts switch.
  const RENDER_SIZES: Size[] = [
    { columns: 1, rows: 1 },
    { columns: 39, rows: 30 },
    { columns: 100, rows: 11 },
    { columns: 40, rows: 12 },
    { columns: 71, rows: 20 },
    { columns: 72, rows: 20 },
    { columns: 80, rows: 24 },
    { columns: 300, rows: 100 },
  ];
  it.each(SCENARIOS)(
    "%s: rendered frames fit",
    async (_name, build) => {
      const base = build();
      for (const size of RENDER_SIZES) {
        const app = renderApp(size, { initial: resize(base, size) });
        try {
          const frame = app.frame();
          expect(firstControl(frame, { allowSgr: true })).toBeNull();
          const lines = frame.split("\n");
          expect(lines.length, `${size.columns}x${size.rows}:\n${frame}`).toBeLessThanOrEqual(
            tooSmall(size) ? 1 : size.rows,
          );
          for (const l of lines)
            expect(width(l), `${size.columns}x${size.rows}: ${JSON.stringify(l)}`).toBeLessThanOrEqual(size.columns);
        } finally {
          app.unmount();
        }
      }
    },
    60_000,
  );
});

describe("live resize keeps the place", () => {
  const SIZES: Size[] = [
    { columns: 60, rows: 20 },
    { columns: 40, rows: 12 },
    { columns: 20, rows: 5 },
    { columns: 160, rows: 50 },
    { columns: 100, rows: 30 },
  ];

  it("mid-scroll: the line at the top of the reader stays in view", () => {
    let s = press(
      resize(start, { columns: 60, rows: 16 }),
      "down",
      "down",
      "down",
      "down",
      "enter",
      "pageDown",
      "pageDown",
    );
    const top = currentDoc(s.size, s.report).lines[s.report.scroll]!;
    expect(top.paragraphId).toBeDefined();
    for (const size of SIZES) {
      s = resize(s, size);
      if (tooSmall(size)) continue;
      const line = docLineOf(currentDoc(size, s.report), top.paragraphId!, top.start);
      const h = reportLayout(size, s.report).readerHeight;
      expect(line, `${size.columns}x${size.rows}`).toBeGreaterThanOrEqual(s.report.scroll);
      expect(line, `${size.columns}x${size.rows}`).toBeLessThan(s.report.scroll + h);
    }
  });

  it("mid-search: query and selected hit survive", () => {
    let s = press(start, "5", "执行", "down", "down", "down");
    const hit = searchResults(s.search.query.text)[s.search.list.selected]!;
    for (const size of SIZES) {
      s = resize(s, size);
      expect(s.search.query).toMatchObject({ text: "执行", focused: true });
      expect(searchResults(s.search.query.text)[s.search.list.selected]!.id).toBe(hit.id);
      checkFits(s);
    }
  });

  it("with an overlay open: it stays open, and the selection in 数据 stays on its figure", () => {
    let s = press(start, "2", "down", "down", "down", "down", "4", "sfss", "down", "enter", "enter", "enter");
    const overlay = s.report.overlay;
    expect(overlay).not.toBeNull();
    const figure = figureRows(s.data.filter.text, s.data.sort).rows[s.data.list.selected]!.id;
    for (const size of SIZES) {
      s = resize(s, size);
      expect(s.report.overlay).toEqual(overlay);
      expect(figureRows(s.data.filter.text, s.data.sort).rows[s.data.list.selected]!.id).toBe(figure);
      checkFits(s);
    }
  });

  it("the rendered app follows a resize event from the terminal", async () => {
    const app = renderApp({ columns: 100, rows: 30 });
    try {
      await app.press("5", "执行", KEY_BYTES.down!);
      for (const size of [...SIZES, { columns: 1, rows: 1 }, { columns: 300, rows: 100 }]) {
        await app.resize(size);
        const lines = app.frame().split("\n");
        expect(lines.length).toBeLessThanOrEqual(tooSmall(size) ? 1 : size.rows);
        for (const l of lines) expect(width(l)).toBeLessThanOrEqual(size.columns);
        if (!tooSmall(size)) expect(app.frame()).toContain("执行");
      }
    } finally {
      app.unmount();
    }
  });
});

describe.skipIf(skipWithout("tmux", tmuxAvailable()))("live resize in a real terminal (tmux)", () => {
  const SIZES: [number, number][] = [
    [60, 20],
    [30, 10],
    [200, 60],
    [40, 12],
    [100, 30],
  ];

  /** One frame on screen: the tabs once, on the top row, and the footer on the last. */
  function checkScreen(screen: string, columns: number, rows: number, mustShow: string): void {
    const lines = screen.split("\n");
    const where = `${columns}x${rows}:\n${screen}`;
    if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
      expect(
        lines.filter((l) => l.trim() !== ""),
        where,
      ).toEqual([expect.stringContaining(`${MIN_COLUMNS}x${MIN_ROWS}`)]);
      return;
    }
    const tabs = lines.filter((l) => /1\s?报告.*5\s?搜索/.test(l));
    // The tabs once, on the top row; or none where a short terminal reads with one bar, as less.
    if (rows >= COMPACT_ROWS || tabs.length > 0) {
      expect(lines[0], where).toMatch(/1\s?报告/);
      expect(tabs, where).toHaveLength(1);
    }
    // The footer (or the bar), with its way out, is on the terminal's last row: every row used, none scrolled away.
    expect(lines[rows - 1], where).toMatch(/退出/);
    expect(screen, where).toContain(mustShow);
  }

  it("mid-scroll, mid-search and with the help overlay open", async () => {
    const term = await startTerminal({ command: ["node", "dist/cli.js"], columns: 100, rows: 30, cwd: process.cwd() });
    try {
      await term.waitFor("5 搜索", 20_000);
      const scenarios: [string, () => Promise<unknown>, string][] = [
        ["scroll", () => term.keys("j", "j", "j", "j", "Enter", "PageDown", "PageDown"), "%"],
        [
          "search",
          async () => {
            await term.keys("5");
            await term.type("执行");
            await term.keys("Down", "Down");
          },
          "执行",
        ],
        [
          "help",
          async () => {
            await term.keys("Escape");
            await term.keys("?");
          },
          "按键帮助",
        ],
      ];
      for (const [name, act, mustShow] of scenarios) {
        await act();
        for (const [columns, rows] of SIZES) {
          const screen = await term.resize(columns, rows);
          checkScreen(screen, columns, rows, mustShow);
        }
        expect(term.running(), name).toBe(true);
      }
      await term.keys("Escape");
      await term.keys("q");
      expect(await term.exitStatus()).toBe(0);
    } finally {
      term.close();
    }
  }, 90_000);
});
