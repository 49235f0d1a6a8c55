// Keys through the update and the frame, in process, as the explorer runs them: the reader's keys,
// and the notes' (adding one, typing a comment, handing each change to the store).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundled } from "./bundled.mjs";
import { rows } from "./report.mjs";
import { quick } from "./run.mjs";
import { median, ms, quantile, us } from "./stats.mjs";

/**
 * @typedef {import("../../source/input/key-event.ts").KeyEvent} KeyEvent
 * @typedef {import("../../source/app/state.ts").State} State
 * @typedef {import("../../source/app/update.ts").Step} Step
 * @typedef {Pick<typeof import("../../source/app/update.ts"), "applyKeyEvent" | "update">
 *   & Pick<typeof import("../../source/app/frame.ts"), "frameLines">
 *   & Pick<typeof import("../../source/app/state.ts"), "initialState">
 *   & Pick<typeof import("../../source/app/notes-shell.ts"), "notesShell">} AppModules
 */

/**
 * @param {string} k
 * @returns {KeyEvent}
 */
const key = (k) => ({ kind: "key", key: k });
/**
 * @param {string} t
 * @returns {KeyEvent}
 */
const text = (t) => ({ kind: "text", text: t });

/** The reader's keys: the update and the frame of each key, as the explorer runs them. */
export async function readerKeys() {
  const { mod } = /** @type {{ mod: AppModules }} */ (
    await bundled({
      "source/app/update.ts": ["applyKeyEvent"],
      "source/app/frame.ts": ["frameLines"],
      "source/app/state.ts": ["initialState"],
    })
  );
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
export async function noteKeys() {
  const { mod } = /** @type {{ mod: AppModules }} */ (
    await bundled({
      "source/app/update.ts": ["applyKeyEvent", "update"],
      "source/app/frame.ts": ["frameLines"],
      "source/app/state.ts": ["initialState"],
      "source/app/notes-shell.ts": ["notesShell"],
    })
  );
  // Between two keys the store answers (as the shell does on the next turn), untimed.
  /**
   * @param {State} s
   * @returns {State}
   */
  const answered = (s) =>
    s.saving.unsaved.length === 0
      ? s
      : mod.update(s, { type: "notesSaved", result: { ok: true, notes: s.notes }, ops: s.saving.unsaved.length }).state;
  /**
   * @param {State} s
   * @param {KeyEvent} event
   * @param {number[]} into
   * @returns {Step}
   */
  const timed = (s, event, into) => {
    const t = performance.now();
    const step = mod.applyKeyEvent(s, event);
    mod.frameLines(step.state);
    into.push(performance.now() - t);
    return { ...step, state: answered(step.state) };
  };
  const size = { columns: 80, rows: 24 };
  const rounds = quick ? 20 : 200;
  /** @type {number[]} */
  const box = [];
  let q = mod.applyKeyEvent(mod.initialState(size), text("5")).state;
  for (let r = 0; r < rounds / 10; r++) {
    for (const c of "执行到位率zhixing") q = timed(q, text(c), box).state;
    for (let i = 0; i < 12; i++) q = timed(q, key("backspace"), box).state;
  }
  /** @type {number[]} */
  const adds = [];
  /** @type {number[]} */
  const typing = [];
  /** @type {import("../../source/notes/note.ts").NoteOp[]} */
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
  /** @param {number[]} xs */
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
    /** @type {unknown[]} */
    const answered = [];
    const shell = mod.notesShell({
      path: join(dir, "notes.json"),
      dispatch: (a) => answered.push(a),
      copy: () => {},
      draftDirs: [dir],
      today: () => "bench",
    });
    /** @type {number[]} */
    const handed = [];
    /** @type {number[]} */
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
