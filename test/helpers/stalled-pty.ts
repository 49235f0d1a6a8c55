// Runs the built explorer in a pty that stops being read (test/helpers/stalled-pty.py): the terminal of
// a stalled SSH link or a paused pane. Needs python3; suites skip without it only outside CI (./tools.ts).
import { execFileSync } from "node:child_process";
import { missingTool } from "./tools";

export interface Stalled {
  /** Bytes the terminal was left holding unread when the signal was sent (its buffer was full). */
  readonly unread: number;
  /** The exit code within 3 s of the signal (128 + n when the signal ended it), or null if it still ran. */
  readonly code: number | null;
}

export function python3Available(): boolean {
  try {
    execFileSync("python3", ["-c", "import pty"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function signalWhileStalled(signal: NodeJS.Signals, command: string[]): Stalled {
  if (!python3Available()) throw missingTool("python3");
  const out = execFileSync("python3", ["test/helpers/stalled-pty.py", signal, ...command], {
    encoding: "utf8",
    env: { ...process.env, TERM: "xterm-256color", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
  });
  return JSON.parse(out) as Stalled;
}
