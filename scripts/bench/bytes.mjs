// Bytes written on the pty: the first frame, a key in each pane against it, and the reader's
// scrolling, which moves rows instead of rewriting them; with them, how soon each key was answered
// and the peak memory after every pane.
import { childPid, peakRss } from "./processes.mjs";
import { close, explorerAvailable, FOOTER_MARKER, key, keyLatencies, pty, settle, sh, waitFor } from "./pty.mjs";
import { memoryRow, rows } from "./report.mjs";
import { cli } from "./run.mjs";
import { median, ms, quantile } from "./stats.mjs";

export async function explorerBytesAndMemory() {
  const missing = explorerAvailable();
  const figures = /** @type {const} */ ([
    "bytes: first frame",
    "bytes: j in 用语 results",
    "bytes: j in 报告 reader",
    "bytes: a char typed in 搜索",
    "memory: peak RSS, every pane + search",
  ]);
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
  /** @param {number} b */
  const share = (b) => `${((100 * b) / first).toFixed(1)}% of first frame`;
  /**
   * @param {string} figure
   * @param {number} b
   * @param {string} note
   */
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
export async function readerScrollBytes() {
  const figures = /** @type {const} */ ([
    "bytes: j in the full-width reader, 100x30",
    "bytes: Space in the full-width reader, 100x30",
  ]);
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
