// Start-up: the quick lookup, the one-shot search and the explorer's first frame as ratios to
// `node -e 0` timed in the same run; the first frame with the fullest kept place against the one with
// nothing kept; and how soon the explorer answers a key typed at once.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { alternate, childPid, childrenCpu, cpuSince, processCpu, wall } from "./processes.mjs";
import { close, explorerAvailable, FOOTER_MARKER, pty, sessionFile, sh, waitFor } from "./pty.mjs";
import { ratioRow, rows } from "./report.mjs";
import { cacheHome, cli, node, RUNS } from "./run.mjs";
import { median, quantile, times } from "./stats.mjs";

export async function quickLookup() {
  // `glossary <query>` is the quick lookup; until the CLI has it, time the nearest command that exists
  // and say so in the table rather than timing an error exit.
  const probe = spawnSync(cli, ["glossary", "示范诉讼"], { encoding: "utf8" });
  const ready = probe.status === 0 && probe.stdout.includes("示范诉讼");
  const args = ready ? ["glossary", "示范诉讼"] : ["glossary", "--json"];
  const label = ready
    ? "quick lookup start-up"
    : "quick lookup start-up (STAND-IN: `glossary --json`; `glossary <query>` not built yet)";
  const bare = () => wall(node, ["-e", "0"]);
  // A first start (or the first after an upgrade) compiles everything and writes the code cache.
  const first = await alternate(
    bare,
    () => {
      rmSync(join(cacheHome, "court-report"), { recursive: true, force: true });
      return wall(cli, args);
    },
    Math.ceil(RUNS / 2),
  );
  ratioRow(
    label,
    await alternate(bare, () => wall(cli, args), RUNS),
    1.15,
    `court-report ${args.join(" ")} (through its shebang) ÷ node -e 0, the code cache made by the run before; ` +
      `a first start, no code cache: ${times(median(first.ratios))}`,
  );
}

export async function searchStartup() {
  // The one-shot search: parses the query, loads the pinyin table, matches every paragraph and figure.
  const args = ["search", "wcnr", "--limit", "3"];
  ratioRow(
    "search start-up",
    await alternate(
      () => wall(node, ["-e", "0"]),
      () => wall(cli, args),
      RUNS,
    ),
    1.2,
    `court-report ${args.join(" ")} (through its shebang) ÷ node -e 0`,
  );
}

/** A kept place as full as it gets: every history place kept (20 each way, the reader at another size), every mark,
 * the most queries of every box, the reader in 2.2.p4 and 搜索's query kept. */
function fullSession() {
  /** @param {string} text */
  const input = (text) => ({ text, cursor: text.length, focused: false });
  /** @param {number} i */
  const report = (i) => ({
    section: i % 20,
    focus: "reader",
    tocTop: 0,
    scroll: i * 37,
    mark: -1,
    find: input(i % 3 ? "" : "执行"),
    match: 0,
    goto: input(""),
    pending: null,
    overlay: null,
    overlayScroll: 0,
    landing: null,
    measure: 80,
    wide: false,
    promptFrom: null,
  });
  /** @param {number} i */
  const place = (i) => ({ pane: "report", slice: report(i), size: { columns: 100, rows: 30 } });
  const anchor = { section: 4, paragraphId: "2.2.p4", start: 40 };
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const queries = Array.from({ length: 50 }, (_, i) => `查询${i} zhixing`);
  return JSON.stringify({
    version: 1,
    pane: "report",
    reader: { anchor, focus: "reader", wide: false },
    size: { columns: 100, rows: 30 },
    panes: {
      data: { filter: input("执行"), sort: "report", list: { selected: 3, top: 0 } },
      charts: { selected: 2, focus: "list", figure: 0, scroll: 0 },
      glossary: { query: input("sfss"), list: { selected: 0, top: 0 }, detail: null },
      search: { query: input("未成年人"), list: { selected: 2, top: 0 } },
    },
    marks: Object.fromEntries([...letters].map((l) => [l, anchor])),
    history: {
      back: Array.from({ length: 20 }, (_, i) => place(i)),
      forward: Array.from({ length: 20 }, (_, i) => place(i)),
    },
    queries: Object.fromEntries(["find", "goto", "filter", "glossary", "search", "help"].map((b) => [b, queries])),
  });
}

export async function explorerFirstFrame() {
  const missing = explorerAvailable();
  if (missing)
    return rows.push({
      figure: "explorer first frame (80x24 pty)",
      median: "—",
      spread: "—",
      budget: "≤ 3×",
      pass: null,
      note: missing,
    });
  const frame = async () => {
    const s = pty(sh(cli));
    const t = await waitFor(s, FOOTER_MARKER);
    const pid = childPid(s.child.pid);
    const cpu = pid ? processCpu(pid) : null;
    await close(s);
    if (t === null) throw new Error(`the explorer drew no frame with "${FOOTER_MARKER}" within 10 s`);
    return { wall: t, cpu };
  };
  const bare = async () => {
    const cpu = childrenCpu();
    const s = pty(`${sh(node)} -e 0`);
    const { at } = await s.exited;
    return { wall: at - s.t0, cpu: cpuSince(cpu) };
  };
  ratioRow(
    "explorer first frame (80x24 pty)",
    await alternate(bare, frame, RUNS),
    1.3,
    `spawn → footer drawn, ÷ node -e 0 in the same pty harness`,
  );
  // With a full kept place (twenty places of history each way, every mark, fifty queries in every box), the
  // place is read and put back before the first frame, whose line then says so.
  const KEPT_MARKER = "回到上次的位置";
  const kept = async () => {
    writeFileSync(sessionFile, fullSession());
    const s = pty(sh(cli), { kept: true });
    const t = await waitFor(s, KEPT_MARKER);
    const pid = childPid(s.child.pid);
    const cpu = pid ? processCpu(pid) : null;
    await close(s);
    rmSync(sessionFile, { force: true });
    if (t === null) throw new Error(`the explorer drew no frame with "${KEPT_MARKER}" within 10 s`);
    return { wall: t, cpu };
  };
  mkdirSync(dirname(sessionFile), { recursive: true, mode: 0o700 });
  ratioRow(
    "explorer first frame with a full kept place (80x24 pty)",
    await alternate(frame, kept, RUNS),
    1.05,
    "spawn → the resumed frame drawn, ÷ the first frame with nothing kept",
  );
  // The first frame is painted before Ink loads; keys typed meanwhile wait for the App. This is when a
  // key typed at once (2: open 数据) has been answered.
  const answered = async () => {
    const s = pty(sh(cli));
    s.child.stdin.write("2");
    const t = await waitFor(s, "筛选>");
    await close(s);
    if (t === null) throw new Error("the explorer did not answer a key typed at start within 10 s");
    return { wall: t, cpu: null };
  };
  const answers = [];
  for (let i = 0; i < RUNS; i++) answers.push((await answered()).wall);
  rows.push({
    figure: "explorer accepts keys (80x24 pty)",
    median: `${quantile(answers, 0.5).toFixed(0)} ms`,
    spread: `${quantile(answers, 0.25).toFixed(0)}–${quantile(answers, 0.75).toFixed(0)} ms`,
    budget: "—",
    pass: null,
    machine: true,
    note: "spawn → a key typed at once (2) answered (no budget)",
  });
}
