#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --only <words>]`: the performance budgets, measured on the built
// bundle. --only runs the figures whose step name contains <words> (e.g. --only "first frame").
// Start-up figures are ratios to `node -e 0` timed in the same run, alternating the two (machines
// are noisy); the explorer runs on a real pseudo-terminal of 80x24 made by util-linux `script`.
// Prints one table and exits 1 when a budget is missed. --quick: few runs, and only the deterministic
// budgets (bytes, package) can fail: timings and memory depend on the machine (CI).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = process.argv.includes("--quick");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? "") : "";
const RUNS = quick ? 3 : 20;
const QUERIES = 1000;
const REPEAT = 5;
// A private copy of the bundle: a rebuild while the bench runs (npm test, another terminal) would
// otherwise swap the files mid-measurement.
const snapshot = mkdtempSync(join(tmpdir(), "court-report-bench-dist-"));
process.on("exit", () => rmSync(snapshot, { recursive: true, force: true }));
const cli = join(snapshot, "dist/cli.js");
const node = process.execPath;
// The bundle runs as npm's bin does, through its shebang, so whatever that line holds is part of
// what is measured. PATH puts this node first, the one `node -e 0` is timed with.
process.env.PATH = `${dirname(node)}${delimiter}${process.env.PATH ?? ""}`;
/** Rows of the table: { figure, median, spread, budget, pass (true/false/null = not judged), machine? (depends on the machine), note }. */
const rows = [];

// ---------------------------------------------------------------- statistics

function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const median = (v) => quantile(v, 0.5);
const iqr = (v, fmt) => `${fmt(quantile(v, 0.25))}–${fmt(quantile(v, 0.75))}`;
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const us = (x) => `${(x * 1000).toFixed(0)} µs`;
const times = (x) => `${x.toFixed(2)}×`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const mb = (x) => `${(x / 1024 / 1024).toFixed(1)} MB`;

/**
 * Runs `a` and `b` alternately `runs` times (after one untimed warm-up each). Each returns
 * { wall, cpu } in ms (cpu null where unknown); gives both samples and b/a per pair.
 */
async function alternate(a, b, runs) {
  await a();
  await b();
  const pairs = [];
  for (let i = 0; i < runs; i++) pairs.push([await a(), await b()]);
  const ratio = (key) => pairs.filter(([x, y]) => x[key] && y[key]).map(([x, y]) => y[key] / x[key]);
  return {
    a: pairs.map(([x]) => x.wall),
    b: pairs.map(([, y]) => y.wall),
    ratios: ratio("wall"),
    cpuRatios: ratio("cpu"),
  };
}

function ratioRow(figure, { a, b, ratios, cpuRatios }, budget, what) {
  const m = median(ratios);
  // CPU time suffers less from a busy machine than wall time: shown to read the wall figure by.
  const cpu = cpuRatios.length >= ratios.length / 2 ? `; CPU time ${times(median(cpuRatios))}` : "";
  rows.push({
    figure,
    median: `${times(m)} (${ms(median(b))} vs ${ms(median(a))})`,
    spread: iqr(ratios, times),
    budget: `≤ ${budget}×`,
    pass: quick ? null : m <= budget,
    machine: true,
    note: `${what}${cpu}`,
  });
}

// ---------------------------------------------------------------- processes

const TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;

/** CPU time (ms) of this process's children that have exited and been waited for (Linux /proc). */
function childrenCpu() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
  } catch {
    return null;
  }
}

/** CPU time (ms) a running process has used so far (Linux /proc). */
function processCpu(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    return null;
  }
}

const cpuSince = (before) => (before === null ? null : childrenCpu() - before);

/** Wall time and CPU time of one run to exit, output drained. */
function wall(command, args) {
  return new Promise((resolve, reject) => {
    const cpu = childrenCpu();
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.resume();
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", () => resolve({ wall: performance.now() - t0, cpu: cpuSince(cpu) }));
  });
}

const hasScript = spawnSync("script", ["--version"], { stdio: "ignore" }).status === 0;
const ESC = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78MDEc])/g;

/** One shell word. */
const sh = (word) => `'${word.replaceAll("'", `'\\''`)}'`;

/** The explorer's state directory while the bench runs: emptied before each start, so every start
 * is a first one, unless a figure keeps the place it wrote there. */
const stateHome = join(snapshot, "state");
const sessionFile = join(stateHome, "court-report", "session.json");

/**
 * A command on a fresh 80x24 pseudo-terminal (util-linux `script`), stdin kept open for keys.
 * `chunks` holds everything the terminal receives from the program, byte for byte.
 */
function pty(commandLine, { cols = 80, rows: height = 24, kept = false } = {}) {
  if (!kept) rmSync(sessionFile, { force: true });
  const t0 = performance.now();
  const child = spawn("script", ["-qfec", `stty cols ${cols} rows ${height}; exec ${commandLine}`, "/dev/null"], {
    stdio: ["pipe", "pipe", "ignore"],
    env: { ...process.env, TERM: "xterm-256color", COLUMNS: "", LINES: "", XDG_STATE_HOME: stateHome },
  });
  const session = {
    child,
    t0,
    bytes: 0,
    chunks: [],
    lastWrite: t0,
    exited: new Promise((resolve) => child.on("close", (code) => resolve({ code, at: performance.now() }))),
    text: () => Buffer.concat(session.chunks).toString("utf8").replace(ESC, ""),
  };
  child.stdout.on("data", (chunk) => {
    session.chunks.push(chunk);
    session.bytes += chunk.length;
    session.lastWrite = performance.now();
  });
  return session;
}

const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** Resolves with the time since spawn when `marker` (plain text, escapes removed) is on screen, or null on timeout/exit. */
async function waitFor(session, marker, timeout = 10_000) {
  const deadline = performance.now() + timeout;
  let done = false;
  session.exited.then(() => (done = true));
  while (performance.now() < deadline) {
    if (session.text().includes(marker)) return session.lastWrite - session.t0;
    if (done) return null;
    await sleep(2);
  }
  return null;
}

/** Waits until the program has written nothing for `quiet` ms; returns the bytes written since `from`. */
async function settle(session, from, quiet = 250) {
  const start = performance.now();
  while (performance.now() - session.lastWrite < quiet || performance.now() - start < quiet) await sleep(10);
  return session.bytes - from;
}

/** Milliseconds from each key sent by key() until the last byte the explorer wrote for it. */
const keyLatencies = [];

async function key(session, keys) {
  const from = session.bytes;
  const sent = performance.now();
  session.child.stdin.write(keys);
  const bytes = await settle(session, from);
  if (bytes > 0) keyLatencies.push(session.lastWrite - sent);
  return bytes;
}

/** The pid of the program `script` runs (its only child), for /proc. */
function childPid(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0]) || null;
  } catch {
    return null;
  }
}

function peakRss(pid) {
  try {
    const kbHwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kbHwm ? Number(kbHwm) * 1024 : null;
  } catch {
    return null;
  }
}

async function close(session) {
  session.child.stdin.write("\x03");
  const exited = await Promise.race([session.exited, sleep(3000).then(() => null)]);
  if (!exited) session.child.kill("SIGKILL");
}

// ---------------------------------------------------------------- figures

async function quickLookup() {
  // `glossary <query>` is the quick lookup; until the CLI has it, time the nearest command that exists
  // and say so in the table rather than timing an error exit.
  const probe = spawnSync(cli, ["glossary", "示范诉讼"], { encoding: "utf8" });
  const ready = probe.status === 0 && probe.stdout.includes("示范诉讼");
  const args = ready ? ["glossary", "示范诉讼"] : ["glossary", "--json"];
  const label = ready
    ? "quick lookup start-up"
    : "quick lookup start-up (STAND-IN: `glossary --json`; `glossary <query>` not built yet)";
  ratioRow(
    label,
    await alternate(
      () => wall(node, ["-e", "0"]),
      () => wall(cli, args),
      RUNS,
    ),
    1.5,
    `court-report ${args.join(" ")} (through its shebang) ÷ node -e 0`,
  );
}

async function searchStartup() {
  // The one-shot search: parses the query, loads the pinyin table, matches every paragraph and figure.
  const args = ["search", "wcnr", "--limit", "3"];
  ratioRow(
    "search start-up",
    await alternate(
      () => wall(node, ["-e", "0"]),
      () => wall(cli, args),
      RUNS,
    ),
    1.3,
    `court-report ${args.join(" ")} (through its shebang) ÷ node -e 0`,
  );
}

/** The explorer's footer, the last thing a frame draws: its appearance marks the first full frame. */
const FOOTER_MARKER = "帮助";

function explorerAvailable() {
  if (!hasScript) return "no `script` (util-linux) on this machine";
  const chunks = join(snapshot, "dist/chunks");
  if (!existsSync(chunks) || !readdirSync(chunks).some((f) => f.startsWith("mount")))
    return "not available yet (no explorer chunk in dist/)";
  return null;
}

/** A kept place as full as it gets: every history place kept (20 each way, the reader at another size), every mark,
 * the most queries of every box, the reader in 2.2.p4 and 搜索's query kept. */
function fullSession() {
  const input = (text) => ({ text, cursor: text.length, focused: false });
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

async function explorerFirstFrame() {
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
    1.4,
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
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push((await answered()).wall);
  rows.push({
    figure: "explorer accepts keys (80x24 pty)",
    median: `${quantile(times, 0.5).toFixed(0)} ms`,
    spread: `${quantile(times, 0.25).toFixed(0)}–${quantile(times, 0.75).toFixed(0)} ms`,
    budget: "—",
    pass: null,
    machine: true,
    note: "spawn → a key typed at once (2) answered (no budget)",
  });
}

async function explorerBytesAndMemory() {
  const missing = explorerAvailable();
  const figures = [
    "bytes: first frame",
    "bytes: j in 用语 results",
    "bytes: j in 报告 reader",
    "bytes: a char typed in 搜索",
    "memory: peak RSS, every pane + search",
  ];
  if (missing) {
    for (const figure of figures)
      rows.push({ figure, median: "—", spread: "—", budget: "", pass: null, note: missing });
    return;
  }
  const s = pty(sh(cli));
  if ((await waitFor(s, FOOTER_MARKER)) === null) throw new Error("the explorer drew no first frame");
  const first = await settle(s, 0);
  // 报告: open 2.2 (longer than the screen) in the reader and scroll one line.
  for (let i = 0; i < 4; i++) await key(s, "j");
  await key(s, "\r");
  const reader = await key(s, "j");
  // 数据, 图表 (every chart), 用语: leave the query box, move one result.
  await key(s, "\t");
  await key(s, "\t");
  for (let i = 0; i < 8; i++) await key(s, "j");
  await key(s, "\t");
  await key(s, "\x1b");
  const glossary = await key(s, "j");
  // 搜索: the query box has focus; type one character, then a whole query.
  await key(s, "\t");
  const typed = await key(s, "执");
  await key(s, "行到位");
  const pid = childPid(s.child.pid);
  const rss = pid ? peakRss(pid) : null;
  await close(s);
  const share = (b) => `${((100 * b) / first).toFixed(1)}% of first frame`;
  const select = (figure, b, note) =>
    rows.push({ figure, median: `${b} B`, spread: share(b), budget: "≤ 25%", pass: b <= first * 0.25, note });
  rows.push({
    figure: figures[0],
    median: `${first} B`,
    spread: "",
    budget: "",
    pass: null,
    note: "everything written until the screen settles",
  });
  select(figures[1], glossary, "selection moves one row");
  rows.push({
    figure: figures[2],
    median: `${reader} B`,
    spread: share(reader),
    budget: "",
    pass: null,
    note: "the whole text moves up a line: not a selection move",
  });
  rows.push({
    figure: figures[3],
    median: `${typed} B`,
    spread: share(typed),
    budget: "",
    pass: null,
    note: "results change: not a selection move",
  });
  rows.push({
    figure: `keystroke → frame written (${keyLatencies.length} keys)`,
    median: ms(median(keyLatencies)),
    spread: `p90 ${ms(quantile(keyLatencies, 0.9))}, max ${ms(Math.max(...keyLatencies))}`,
    budget: "",
    pass: null,
    machine: true,
    note: "from the key reaching the pty to the last byte of the new frame (Ink paces frames at maxFps 30)",
  });
  memoryRow(figures[4], rss, "", "VmHWM of the node process");
}

/** A one-line scroll in the full-width reader (z) at 100x30 moves rows on the terminal
 * (source/app/ink/scroll.ts) instead of rewriting them; a page never costs more than a frame. */
async function readerScrollBytes() {
  const figures = ["bytes: j in the full-width reader, 100x30", "bytes: Space in the full-width reader, 100x30"];
  const missing = explorerAvailable();
  if (missing) {
    for (const figure of figures)
      rows.push({ figure, median: "—", spread: "—", budget: "", pass: null, note: missing });
    return;
  }
  const s = pty(sh(cli), { cols: 100, rows: 30 });
  if ((await waitFor(s, FOOTER_MARKER)) === null) throw new Error("the explorer drew no first frame");
  const first = await settle(s, 0);
  await key(s, "\r");
  const beside = await key(s, "j");
  await key(s, "z");
  for (const keys of [":", "2.2", "\r"]) await key(s, keys);
  const js = [];
  for (let i = 0; i < 10; i++) js.push(await key(s, "j"));
  // The median j: a j that also moves the current term's highlight or the percentage rewrites those rows too.
  const wide = median(js);
  const pages = [];
  for (let i = 0; i < 3; i++) pages.push(await key(s, " "));
  const page = Math.max(...pages);
  await close(s);
  rows.push({
    figure: figures[0],
    median: `${wide} B`,
    spread: `max ${Math.max(...js)} B of ${js.length}; beside the contents ${beside} B`,
    budget: "≤ 400 B",
    pass: wide <= 400,
    note: "2.2 after z; less sends 133 B",
  });
  rows.push({
    figure: figures[1],
    median: `${page} B`,
    spread: `${(page / first).toFixed(2)}× the first frame (${first} B)`,
    budget: "≤ 1.2× a frame",
    pass: page <= first * 1.2,
    note: "max of 3 pages",
  });
}

/** Milliseconds from writing `keys` to the last byte of the answer (the burst ends after `quiet` ms
 * of silence), and the bytes of the answer; null when nothing answered within a second. Used for
 * court-report and less alike. */
async function answer(session, keys, quiet = 15) {
  const from = session.bytes;
  const sent = performance.now();
  session.child.stdin.write(keys);
  while (session.bytes === from || performance.now() - session.lastWrite < quiet) {
    await sleep(1);
    if (session.bytes === from && performance.now() - sent > 1000) return null;
  }
  return { ms: session.lastWrite - sent, bytes: session.bytes - from };
}

const KEY_RUNS = quick ? 10 : 100;
/** Silence before each timed key, longer than Ink's throttle window (34 ms): the key after a pause. */
const KEY_PAUSE_MS = 50;

/**
 * Each key of the list, court-report beside `less -M data/report.txt` on the same size of pty, in the
 * same run: one key to each, alternately. `setup` brings court-report to where the key is meant
 * (untimed), `undo` takes it back between two timed keys when the key is not repeatable.
 */
async function keysBesideLess() {
  const missing = explorerAvailable();
  const hasLess = spawnSync("less", ["--version"], { stdio: "ignore" }).status === 0;
  const report = join(root, "data/report.txt");
  const cases = [
    { size: [80, 24], what: "j in the reader beside the contents", setup: ["\r"], key: "j", less: "j" },
    { size: [80, 24], what: "j in the full-width reader", setup: ["\r", "z"], key: "j", less: "j" },
    { size: [80, 24], what: "Space in the full-width reader", setup: ["\r", "z"], key: " ", less: " " },
    { size: [80, 24], what: "j in 数据", setup: ["2"], key: "j", undo: "k" },
    { size: [80, 24], what: "a character typed in 搜索", setup: ["5"], key: "z", undo: "\x7f" },
    { size: [80, 24], what: "switching panes (2, then 1 untimed)", setup: [], key: "2", undo: "1" },
    { size: [80, 24], what: "opening help (?, closed by ? untimed)", setup: [], key: "?", undo: "?" },
    { size: [200, 60], what: "j in the reader beside the contents", setup: ["\r"], key: "j", less: "j" },
    { size: [200, 60], what: "j in the full-width reader", setup: ["\r", "z"], key: "j", less: "j" },
    { size: [200, 60], what: "Space in the full-width reader", setup: ["\r", "z"], key: " ", less: " " },
  ];
  for (const c of cases) {
    const [cols, height] = c.size;
    const figure = `key → last byte: ${c.what}, ${cols}x${height}`;
    if (missing) {
      rows.push({ figure, median: "—", spread: "—", budget: "", pass: null, note: missing });
      continue;
    }
    const ours = pty(sh(cli), { cols, rows: height });
    if ((await waitFor(ours, FOOTER_MARKER)) === null) throw new Error("the explorer drew no first frame");
    await settle(ours, 0);
    for (const k of c.setup) {
      ours.child.stdin.write(k);
      await settle(ours, ours.bytes, 100);
    }
    const theirs = c.less && hasLess ? pty(`less -M ${sh(report)}`, { cols, rows: height }) : null;
    if (theirs) await settle(theirs, 0, 200);
    const a = [];
    const b = [];
    for (let i = 0; i < KEY_RUNS; i++) {
      // Space pages to the end of the report (sooner on a tall screen): start again from the top.
      if (c.key === " " && i % 5 === 4) {
        ours.child.stdin.write("g");
        await settle(ours, ours.bytes, 50);
        if (theirs) {
          theirs.child.stdin.write("g");
          await settle(theirs, theirs.bytes, 50);
        }
      }
      await sleep(KEY_PAUSE_MS);
      a.push(await answer(ours, c.key));
      if (c.undo) await answer(ours, c.undo);
      if (theirs) {
        await sleep(KEY_PAUSE_MS);
        b.push(await answer(theirs, c.less));
      }
    }
    // A key that was not answered (the end of the text) is not timed.
    const answered = (list) => list.filter((r) => r !== null);
    a.splice(0, a.length, ...answered(a));
    b.splice(0, b.length, ...answered(b));
    await close(ours);
    if (theirs) {
      theirs.child.stdin.write("q");
      await Promise.race([theirs.exited, sleep(1000)]);
      theirs.child.kill();
    }
    const oursMs = a.map((r) => r.ms);
    const oursB = Math.round(median(a.map((r) => r.bytes)));
    const med = median(oursMs);
    const p99 = quantile(oursMs, 0.99);
    const small = cols <= 80;
    const pass = small ? med <= 3 && p99 <= 10 : med <= 5;
    let vs = "less has no such key";
    if (theirs) {
      const lm = median(b.map((r) => r.ms));
      vs = `less ${ms(lm)}, p99 ${ms(
        quantile(
          b.map((r) => r.ms),
          0.99,
        ),
      )}, ${Math.round(median(b.map((r) => r.bytes)))} B; ratio ${times(med / lm)}`;
    }
    rows.push({
      figure,
      median: ms(med),
      spread: `p99 ${ms(p99)}; ${oursB} B a key`,
      budget: small ? "median ≤ 3 ms, p99 ≤ 10 ms" : "median ≤ 5 ms",
      pass: quick ? null : pass,
      machine: true,
      note: `${a.length} keys, each after ${KEY_PAUSE_MS} ms of silence; ${vs}; the answer ends after 15 ms of silence`,
    });
  }
}

/** A peak-RSS row against the 80 MB budget (judged only in a full run: it depends on the machine). */
function memoryRow(figure, rss, spread, note) {
  rows.push({
    figure,
    median: rss ? mb(rss) : "—",
    spread,
    budget: "≤ 80 MB",
    pass: quick ? null : rss ? rss <= 80 * 1024 * 1024 : false,
    machine: true,
    note,
  });
}

/** Keys for one round of a reading session over every pane, typed at about 25 keys a second. */
function sessionRound(round) {
  const times = (key, n) => Array(n).fill(key);
  return [
    "1",
    ...times("j", 10),
    "\r",
    ...times("j", 30),
    ...times("l", 10),
    "\x1b",
    "2",
    ...times("j", 20),
    "s",
    "s",
    "s",
    "3",
    ...times("j", 7),
    "4",
    ..."sfss",
    ...times("\x7f", 4),
    "执",
    "行",
    "\x1b",
    ...times("j", 5),
    "5",
    "法",
    "院",
    ...String(round),
    ...times("\x7f", 3 + String(round).length),
    "\x1b",
  ];
}

async function explorerLongSession() {
  const figure = "memory: peak RSS, long session";
  const missing = explorerAvailable();
  if (missing) return rows.push({ figure, median: "—", spread: "", budget: "", pass: null, note: missing });
  const s = pty(sh(cli));
  if ((await waitFor(s, FOOTER_MARKER)) === null) throw new Error("the explorer drew no first frame");
  const rounds = quick ? 1 : 8;
  let keys = 0;
  const t0 = performance.now();
  for (let round = 1; round <= rounds; round++) {
    for (const k of sessionRound(round)) {
      s.child.stdin.write(k);
      keys++;
      await sleep(40);
    }
  }
  await settle(s, s.bytes);
  const pid = childPid(s.child.pid);
  const rss = pid ? peakRss(pid) : null;
  const seconds = (performance.now() - t0) / 1000;
  await close(s);
  const note =
    "VmHWM after reading, paging, filtering, sorting, charts, lookups and searches in every pane, round after round";
  memoryRow(figure, rss, `${keys} keys in ${seconds.toFixed(0)} s`, note);
}

/**
 * Queries over the body's own words, as typed without a Chinese input method: for random runs of 2–4
 * Han characters of the paragraphs, every prefix of their full pinyin, their initials and their
 * spaced pinyin, and pairs of them as several terms (Chinese, pinyin, initials, one excluded).
 */
function pinyinQueries(paragraphs, readingsAt, count) {
  let seed = 16;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const words = [];
  while (words.length < count) {
    const text = paragraphs[rand(paragraphs.length)].text;
    const at = rand(Math.max(1, text.length - 4));
    const readings = readingsAt(text);
    const length = 2 + rand(3);
    const syllables = readings.slice(at, at + length).map((r) => r?.[0]);
    if (syllables.length === length && syllables.every(Boolean))
      words.push({ han: text.slice(at, at + length), syllables });
  }
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const { han, syllables } = words[i];
    const full = syllables.join("");
    const initials = syllables.map((s) => s[0]).join("");
    const other = words[(i + 1) % words.length];
    const otherInitials = other.syllables.map((s) => s[0]).join("");
    const prefixes = Array.from({ length: full.length }, (_, k) => full.slice(0, k + 1));
    out.push(
      ...prefixes.filter((_, k) => k % 2 === 1 || k === full.length - 1),
      initials,
      syllables.join(" "),
      `${han} ${other.han}`,
      `${full} ${otherInitials}`,
      `${initials} !${other.syllables.join("")}`,
    );
  }
  return out;
}

/** Realistic keystroke-by-keystroke queries: every prefix of terms, pinyin, initials, figure labels, body phrases, typos. */
function realisticQueries(glossary, figures, paragraphs) {
  let seed = 2022;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const prefixes = (s) => Array.from({ length: [...s].length }, (_, i) => [...s].slice(0, i + 1).join(""));
  const out = [];
  for (const g of glossary) {
    out.push(...prefixes(g.term), ...prefixes(g.pinyin), ...prefixes(g.initials), ...prefixes(g.syllables.join(" ")));
    const chars = [...g.term];
    chars[rand(chars.length)] = "讼";
    out.push(chars.join("")); // one character wrong
    const p = [...g.pinyin];
    const i = rand(p.length - 1);
    [p[i], p[i + 1]] = [p[i + 1], p[i]];
    out.push(p.join("")); // two letters swapped
  }
  for (const m of figures) out.push(...prefixes(m.label));
  while (out.length < QUERIES * 1.5) {
    const text = paragraphs[rand(paragraphs.length)].text;
    const at = rand(Math.max(1, text.length - 6));
    out.push(...prefixes(text.slice(at, at + 2 + rand(5))));
  }
  // Shuffle deterministically, then take the first QUERIES.
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out.slice(0, QUERIES);
}

/**
 * Our TypeScript modules bundled as the CLI bundles them, then imported: `exports` maps a source path
 * (from the project root) to the names taken from it. Gives the module and how long its import took.
 */
async function bundled(exports) {
  const dir = mkdtempSync(join(tmpdir(), "court-report-bench-"));
  try {
    const contents = Object.entries(exports)
      .map(([path, names]) => `export { ${names.join(", ")} } from ${JSON.stringify(join(root, path))};`)
      .join("\n");
    await build({
      stdin: { contents, resolveDir: root, loader: "ts" },
      outfile: join(dir, "bundle.mjs"),
      bundle: true,
      format: "esm",
      platform: "node",
      minify: true,
      logLevel: "warning",
    });
    const t0 = performance.now();
    const mod = await import(pathToFileURL(join(dir, "bundle.mjs")).href);
    return { mod, load: performance.now() - t0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The reader's keys: the update and the frame of each key, as the explorer runs them. */
async function readerKeys() {
  const { mod } = await bundled({
    "source/app/update.ts": ["applyKeyEvent"],
    "source/app/frame.ts": ["frameLines"],
    "source/app/state.ts": ["initialState"],
  });
  const key = (k) => ({ kind: "key", key: k });
  const text = (t) => ({ kind: "text", text: t });
  // Reading, paging, half pages, sections, ends, find and its matches, marks, goto, back: every key of
  // the reader, round after round.
  const round = [
    ..."jjjjkk".split("").map(key),
    key("space"),
    key("b"),
    key("ctrl-d"),
    key("ctrl-u"),
    key("ctrl-f"),
    key("ctrl-b"),
    key("]"),
    key("]"),
    key("["),
    key("G"),
    key("g"),
    text("/执行"),
    key("enter"),
    key("n"),
    key("n"),
    key("N"),
    key("escape"),
    text("ma"),
    ..."jjjj".split("").map(key),
    text("'a"),
    text(":2.2"),
    key("enter"),
    key("backspace"),
    key("ctrl-r"),
    key("z"),
    key("j"),
    key("z"),
  ];
  const times = [];
  for (const size of [
    { columns: 100, rows: 30 },
    { columns: 80, rows: 24 },
    { columns: 40, rows: 12 },
  ]) {
    let s = mod.applyKeyEvent(mod.initialState(size), key("enter")).state;
    for (let r = 0; r < (quick ? 3 : 30); r++) {
      for (const event of round) {
        const t = performance.now();
        s = mod.applyKeyEvent(s, event).state;
        mod.frameLines(s);
        times.push(performance.now() - t);
      }
    }
  }
  const p99 = quantile(times, 0.99);
  rows.push({
    figure: `reader keys, update + frame (${times.length} keys)`,
    median: `p99 ${us(p99)}`,
    spread: `p50 ${us(median(times))}, max ${us(Math.max(...times))}`,
    budget: "p99 ≤ 2 ms",
    pass: quick ? null : p99 <= 2,
    machine: true,
    note: "j/k, pages, half pages, sections, ends, find and n/N, marks, goto, back/forward, z; 100x30, 80x24, 40x12",
  });
}

/** Notes: `a` and typing a comment, update + frame, beside a character typed into the 搜索 box; and
 * what a change costs the key that makes it (queueing it) against the save itself, after the key. */
async function noteKeys() {
  const { mod } = await bundled({
    "source/app/update.ts": ["applyKeyEvent", "update"],
    "source/app/frame.ts": ["frameLines"],
    "source/app/state.ts": ["initialState"],
    "source/app/notes-shell.ts": ["notesShell"],
  });
  const key = (k) => ({ kind: "key", key: k });
  const text = (t) => ({ kind: "text", text: t });
  // Between two keys the store answers (as the shell does on the next turn), untimed.
  const answered = (s) =>
    s.saving.unsaved.length === 0
      ? s
      : mod.update(s, { type: "notesSaved", result: { ok: true, notes: s.notes }, ops: s.saving.unsaved.length }).state;
  const timed = (s, event, into) => {
    const t = performance.now();
    const step = mod.applyKeyEvent(s, event);
    mod.frameLines(step.state);
    into.push(performance.now() - t);
    return { ...step, state: answered(step.state) };
  };
  const size = { columns: 80, rows: 24 };
  const rounds = quick ? 20 : 200;
  const box = [];
  let q = mod.applyKeyEvent(mod.initialState(size), text("5")).state;
  for (let r = 0; r < rounds / 10; r++) {
    for (const c of "执行到位率zhixing") q = timed(q, text(c), box).state;
    for (let i = 0; i < 12; i++) q = timed(q, key("backspace"), box).state;
  }
  const adds = [];
  const typing = [];
  const ops = [];
  let s = mod.applyKeyEvent(mod.initialState(size), text("2")).state;
  for (let r = 0; r < rounds; r++) {
    s = mod.applyKeyEvent(s, key("j")).state;
    let step = timed(s, text("a"), adds);
    ops.push(...step.effects.filter((e) => e.type === "note").map((e) => e.op));
    s = step.state;
    for (const c of "执行有力，建议公开 ok") {
      step = timed(s, text(c), typing);
      ops.push(...step.effects.filter((e) => e.type === "note").map((e) => e.op));
      s = step.state;
    }
    s = mod.applyKeyEvent(s, key("escape")).state;
  }
  const p99 = (xs) => quantile(xs, 0.99);
  const worst = Math.max(p99(adds), p99(typing));
  rows.push({
    figure: `notes: a and a comment typed, update + frame (${adds.length} adds, ${typing.length} characters)`,
    median: `p99 ${us(worst)}`,
    spread: `a p50 ${us(median(adds))}, typing p50 ${us(median(typing))}; 搜索 box p50 ${us(median(box))}, p99 ${us(p99(box))}`,
    budget: "p99 ≤ 搜索 box p99",
    pass: quick ? null : worst <= p99(box),
    machine: true,
    note: `80x24, up to ${rounds} notes in the notebook; a character typed into 搜索 (search as you type) is the query-box keystroke`,
  });
  // The shell: what a key pays to hand a change over, and the save itself (after the key's frame).
  const dir = mkdtempSync(join(tmpdir(), "court-report-bench-notes-"));
  try {
    const answered = [];
    const shell = mod.notesShell({
      path: join(dir, "notes.json"),
      dispatch: (a) => answered.push(a),
      copy: () => {},
      draftDirs: [dir],
      today: () => "bench",
    });
    const handed = [];
    const saves = [];
    for (const op of ops.slice(0, quick ? 60 : 600)) {
      const t = performance.now();
      shell.saveNote(op);
      handed.push(performance.now() - t);
      const t1 = performance.now();
      await new Promise((resolve) => setImmediate(resolve));
      saves.push(performance.now() - t1);
    }
    rows.push({
      figure: `notes: a change handed to the store, on the key (${handed.length} changes)`,
      median: `p99 ${us(p99(handed))}`,
      spread: `the save itself, after the key: p50 ${ms(median(saves))}, p99 ${ms(p99(saves))}`,
      budget: "p99 ≤ 0.1 ms",
      pass: quick ? null : p99(handed) <= 0.1,
      machine: true,
      note: "saveNote queues and returns; the write (temp file, fsync, rename) runs on the next turn (setImmediate)",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function keystrokeSearch() {
  const { mod, load } = await bundled({
    "source/search/fulltext.ts": ["search"],
    "source/search/glossary.ts": ["lookupGlossary"],
    "data/index.ts": ["glossary", "figures", "paragraphs"],
    "source/search/readings.ts": ["readingsAt"],
    "source/search/figures.ts": ["matchFigures"],
  });
  const body = mod.paragraphs.filter((p) => !p.id.startsWith("4."));
  const typed = pinyinQueries(body, mod.readingsAt, 60);
  const queries = [...realisticQueries(mod.glossary, mod.figures, mod.paragraphs), ...typed];
  const tc = performance.now();
  mod.search(queries[0]);
  const cold = performance.now() - tc;
  for (const q of queries.slice(0, 100)) mod.search(q); // warm-up, as after a few keystrokes
  // Each query is timed REPEAT times and its median kept: the machine's noise (another process taking
  // the core mid-query) then stops passing for the cost of a query, while a query that is slow every
  // time (or collects garbage every time) still counts in full.
  const timeEach = (fn) =>
    queries.map((q) =>
      Array.from({ length: REPEAT }, () => {
        const t = performance.now();
        fn(q);
        return performance.now() - t;
      }),
    );
  const runs = timeEach(mod.search);
  const samples = runs.map(median);
  const firstTries = runs.map((r) => r[0]);
  const p99 = quantile(samples, 0.99);
  const slowest = samples
    .map((t, i) => [t, queries[i]])
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([t, q]) => `${JSON.stringify(q)} ${us(t)}`);
  rows.push({
    figure: `keystroke search (${samples.length} queries, ${typed.length} of them pinyin/initials/several terms over body words; median of ${REPEAT} each)`,
    median: `p99 ${us(p99)}`,
    spread: `p50 ${us(median(samples))}, max ${us(Math.max(...samples))}; first tries only: p99 ${us(quantile(firstTries, 0.99))}`,
    budget: "p99 ≤ 1 ms",
    pass: quick ? null : p99 <= 1,
    machine: true,
    note: `search(): glossary + every paragraph + figure labels; module load ${ms(load)}, first query ${ms(cold)}; slowest ${slowest.join(", ")}`,
  });
  // The longest queries anyone can type or paste: the matcher caps what it matches, so each
  // answers in bounded time in every place a query goes.
  const long = ["未".repeat(10_000), "wcnr".repeat(2500), "zh".repeat(5000), "执行 ".repeat(2500), 'a1!"'.repeat(2500)];
  const longTimes = long.map((q) => {
    const t = performance.now();
    mod.search(q);
    mod.lookupGlossary(q);
    mod.matchFigures(q);
    return performance.now() - t;
  });
  rows.push({
    figure: "10,000-character query",
    median: `max ${ms(Math.max(...longTimes))}`,
    spread: longTimes.map(ms).join(", "),
    budget: "≤ 50 ms",
    pass: quick ? null : Math.max(...longTimes) <= 50,
    machine: true,
    note: "search() + lookupGlossary() + matchFigures() of 10,000 characters (Chinese, initials, pinyin, terms, punctuation); the first 100 characters and 16 terms are matched",
  });
  const lookups = timeEach(mod.lookupGlossary).map(median);
  rows.push({
    figure: "keystroke glossary lookup",
    median: `p99 ${us(quantile(lookups, 0.99))}`,
    spread: `p50 ${us(median(lookups))}`,
    budget: "",
    pass: null,
    note: "lookupGlossary(), the 用语 pane",
  });
}

function packageFigures() {
  const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
  const info = JSON.parse(pack.stdout)[0];
  rows.push({
    figure: "package: npm pack tarball",
    median: kb(info.size),
    spread: `${info.entryCount} files, ${kb(info.unpackedSize)} unpacked`,
    budget: "≤ 500 KB",
    pass: info.size <= 500 * 1024,
    note: "",
  });
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const deps = ["dependencies", "optionalDependencies", "peerDependencies"].flatMap((k) => Object.keys(pkg[k] ?? {}));
  rows.push({
    figure: "package: runtime dependencies",
    median: String(deps.length),
    spread: deps.join(", "),
    budget: "0",
    pass: deps.length === 0,
    note: "",
  });
}

// ---------------------------------------------------------------- run

if (!existsSync(join(root, "dist/cli.js"))) {
  console.error("bench: dist/cli.js is missing; run `npm run build` first (npm run bench does)");
  process.exit(1);
}
cpSync(join(root, "dist"), join(snapshot, "dist"), { recursive: true });
const steps = {
  "quick lookup start-up": quickLookup,
  "search start-up": searchStartup,
  "explorer first frame (80x24 pty)": explorerFirstFrame,
  "keystroke search": keystrokeSearch,
  "reader keys": readerKeys,
  "note keys": noteKeys,
  "explorer bytes and memory": explorerBytesAndMemory,
  "reader scroll bytes (100x30 pty)": readerScrollBytes,
  "keys beside less": keysBesideLess,
  "explorer long session": explorerLongSession,
  package: packageFigures,
};
for (const [figure, step] of Object.entries(steps)) {
  if (!figure.includes(only)) continue;
  try {
    await step();
  } catch (error) {
    rows.push({
      figure,
      median: "—",
      spread: "",
      budget: "",
      pass: false,
      note: `failed: ${error instanceof Error ? error.message : error}`,
    });
  }
}

const header = ["figure", "median", "spread (IQR)", "budget", "result", "how"];
const table = rows.map((r) => [
  r.figure,
  r.median,
  r.spread,
  r.budget,
  r.pass === null ? (quick && r.machine ? "not judged (--quick)" : "—") : r.pass ? "pass" : "FAIL",
  r.note,
]);
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(" ");
console.log(
  `court-report bench — node ${process.version}, ${cpus().length} CPUs, load average ${load}, ${RUNS} runs per start-up figure${quick ? " (--quick)" : ""}, ${new Date().toISOString()}\n`,
);
console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
for (const r of table) console.log(`| ${r.join(" | ")} |`);
const failed = rows.filter((r) => r.pass === false);
if (failed.length > 0) {
  console.error(`\nbench: ${failed.length} budget(s) missed: ${failed.map((r) => r.figure).join("; ")}`);
  process.exitCode = 1;
}
