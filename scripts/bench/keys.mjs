// Keys on the pty beside less: each key of a list timed from writing it to the last byte of its
// answer, court-report and `less -M data/report.txt` alternately on the same size of screen.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { close, explorerAvailable, FOOTER_MARKER, pty, settle, sh, sleep, waitFor } from "./pty.mjs";
import { rows } from "./report.mjs";
import { cli, quick, root } from "./run.mjs";
import { median, ms, quantile, times } from "./stats.mjs";

/** Milliseconds from writing `keys` to the last byte of the answer (the burst ends after `quiet` ms
 * of silence), and the bytes of the answer; null when nothing answered within a second. Used for
 * court-report and less alike.
 * @param {import("./pty.mjs").Session} session
 * @param {string} keys
 * @returns {Promise<{ ms: number, bytes: number } | null>}
 */
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
export async function keysBesideLess() {
  const missing = explorerAvailable();
  const hasLess = spawnSync("less", ["--version"], { stdio: "ignore" }).status === 0;
  const report = join(root, "data/report.txt");
  /** @type {{ size: [number, number], what: string, setup: string[], key: string, less?: string, undo?: string }[]} */
  const cases = [
    // At 80 columns the reader takes the whole width while it has focus; z keeps the contents beside it.
    { size: [80, 24], what: "j in the reader beside the contents", setup: ["\r", "z"], key: "j", less: "j" },
    { size: [80, 24], what: "j in the full-width reader", setup: ["\r"], key: "j", less: "j" },
    { size: [80, 24], what: "Space in the full-width reader", setup: ["\r"], key: " ", less: " " },
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
    /** @type {Awaited<ReturnType<typeof answer>>[]} */
    const timedOurs = [];
    /** @type {Awaited<ReturnType<typeof answer>>[]} */
    const timedTheirs = [];
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
      timedOurs.push(await answer(ours, c.key));
      if (c.undo) await answer(ours, c.undo);
      if (theirs && c.less) {
        await sleep(KEY_PAUSE_MS);
        timedTheirs.push(await answer(theirs, c.less));
      }
    }
    // A key that was not answered (the end of the text) is not timed.
    /**
     * @param {Awaited<ReturnType<typeof answer>>[]} list
     * @returns {{ ms: number, bytes: number }[]}
     */
    const answered = (list) => list.filter((r) => r !== null);
    const a = answered(timedOurs);
    const b = answered(timedTheirs);
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
