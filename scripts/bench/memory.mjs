// Memory after a long session: round after round of reading, paging, filtering, sorting, charts,
// lookups and searches in every pane, typed at about 25 keys a second.
import { childPid, peakRss } from "./processes.mjs";
import { close, explorerAvailable, FOOTER_MARKER, pty, settle, sh, sleep, waitFor } from "./pty.mjs";
import { memoryRow, rows } from "./report.mjs";
import { cli, quick } from "./run.mjs";

// A key typed within the decoder's ESC_TIMEOUT_MS (50 ms) of an Escape is read as Alt and that key,
// so the Escape that leaves a box is followed by a longer pause: without it, the round's keys after
// leaving 用语 were typed into its box, and 数据, sorting and reading were never reached.
const ESC_PAUSE_MS = 100;

/** Keys for one round of a reading session over every pane, typed at about 25 keys a second. */
/**
 * @param {number} round
 * @returns {string[]}
 */
function sessionRound(round) {
  /**
   * @param {string} key
   * @param {number} n
   * @returns {string[]}
   */
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

export async function explorerLongSession() {
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
      await sleep(k === "\x1b" ? ESC_PAUSE_MS : 40);
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
