// Keeps the session while the explorer runs: the state it starts from (resumed where the last one
// ended), the latest state remembered after every step, written within SAVE_DELAY_MS of a change (so
// a SIGKILL loses little) and at once, synchronously, by save() on every way out. A state already
// written is not laid out again, so the ways out that meet (the end of the run, the terminal's
// restore, a hang-up) cost one write between them.
import { type OpenOptions, openSessionFile } from "../store/session-file";
import { resumeSession, sessionOf } from "./session";
import type { State } from "./state";

/** How long after a change, at most, the session is written while the explorer runs. */
export const SAVE_DELAY_MS = 2000;

export interface SessionKeeper {
  /** The state to start from: resumed at the saved session, with the line that says so. */
  readonly start: State;
  /** The latest state; written within SAVE_DELAY_MS. */
  track(state: State): void;
  /** Writes the latest state now, synchronously, touching nothing but the file. Never throws. */
  save(): void;
}

export function keepSession(initial: State, options: OpenOptions = {}): SessionKeeper {
  const file = openSessionFile(options);
  let start = initial;
  if (file.saved) {
    try {
      start = resumeSession(initial, file.saved);
    } catch {
      start = { ...initial, notice: "上次的阅读位置无法恢复，从头开始" };
    }
  }
  if (file.notice) start = { ...start, notice: start.notice ? `${start.notice}；${file.notice}` : file.notice };
  let latest = start;
  // Nothing happened since the start or the last write: the file stays as it is (or is not made at all).
  let written = start;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (latest === written) return;
    try {
      file.save(sessionOf(latest));
      written = latest;
    } catch {
      // The session is a convenience: the explorer goes on (or ends) all the same.
    }
  };
  return {
    start,
    track(state) {
      if (state === latest || !file.keeps) return;
      latest = state;
      if (timer) return;
      timer = setTimeout(save, SAVE_DELAY_MS);
      timer.unref?.();
    },
    save,
  };
}
