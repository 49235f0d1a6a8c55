// Full-screen mode for the explorer. Ink 6.8 has no alternate-screen option, so we enter it here and
// guarantee the way back: main screen, visible cursor, cooked mode, on every exit path.
//
//   const screen = enterFullscreen(process.stdout, process.stdin, { onAbort: () => ink.unmount() });
//   ...; await ink.waitUntilExit(); screen.leave();
//
// Until leave() is called, handlers restore the terminal and end the process on:
//   process exit           restore only (the exit is already happening)
//   SIGINT/SIGTERM/SIGHUP  restore, exit 128 + signal number (130/143/129): an SSH drop must not leave
//                          a process spinning on a dead terminal
//   uncaught exception or unhandled rejection
//                          restore, print ONE line about the error on stderr, exit 1
//   SIGTSTP (kill -TSTP, job control; Ctrl-Z itself is only a key in raw mode)
//                          restore, stop; when continued take the terminal again and call onResume (the
//                          app must repaint: the alternate screen comes back empty)
// leave() restores exactly once and removes every handler; calling it again does nothing.
import { constants } from "node:os";
import { errorLine } from "./error-line";

export const ENTER = "\x1b[?1049h\x1b[?25l"; // alternate screen, hide cursor
export const LEAVE = "\x1b[0m\x1b[?25h\x1b[?1049l"; // reset colours, show cursor, main screen

// biome-ignore lint/suspicious/noExplicitAny: the one type both process.on's and EventEmitter's listeners accept
type Listener = (...args: any[]) => void;

/** The parts of `process` used here; tests pass a fake. */
export interface Host {
  on(event: string, listener: Listener): unknown;
  off(event: string, listener: Listener): unknown;
  exit(code: number): void;
  kill(pid: number, signal: string): unknown;
  readonly pid: number;
}

export interface FullscreenOptions {
  /** Runs first on a signal or an uncaught error (e.g. Ink's unmount), so its last writes land on the alternate screen. */
  onAbort?: () => void;
  /** Runs after a stop (SIGTSTP) once the process continues and the terminal is full-screen again. */
  onResume?: () => void;
  stderr?: { write(text: string): unknown };
  host?: Host;
}

export interface Fullscreen {
  leave(): void;
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export function enterFullscreen(
  stdout: { write(text: string): unknown },
  stdin: { isTTY?: boolean; setRawMode?(mode: boolean): unknown },
  options: FullscreenOptions = {},
): Fullscreen {
  const host = options.host ?? process;
  const stderr = options.stderr ?? process.stderr;
  let left = false;

  // Best effort throughout: after SIGHUP the terminal is gone and every write may throw EIO.
  const attempt = (action: () => unknown): void => {
    try {
      action();
    } catch {
      // nothing left to restore on a terminal that no longer exists
    }
  };

  const restore = (): void => {
    attempt(() => stdout.write(LEAVE));
    if (stdin.isTTY) attempt(() => stdin.setRawMode?.(false));
  };

  const leave = (): void => {
    if (left) return;
    left = true;
    host.off("exit", leave);
    for (const signal of SIGNALS) host.off(signal, onSignal);
    host.off("uncaughtException", onError);
    host.off("unhandledRejection", onError);
    host.off("SIGTSTP", onStop);
    restore();
  };

  const abort = (): void => {
    if (options.onAbort) attempt(options.onAbort);
    leave();
  };

  function onStop(): void {
    restore();
    // Without our listener the signal takes its default action: the whole process stops inside kill()
    // and carries on from here after SIGCONT (fg). In an orphaned process group the kernel discards
    // the stop instead, and kill() returns at once; either way we are running again below.
    host.off("SIGTSTP", onStop);
    attempt(() => host.kill(host.pid, "SIGTSTP"));
    if (left) return;
    host.on("SIGTSTP", onStop);
    attempt(() => stdout.write(ENTER));
    if (stdin.isTTY) attempt(() => stdin.setRawMode?.(true));
    if (options.onResume) attempt(options.onResume);
  }

  function onSignal(signal: (typeof SIGNALS)[number]): void {
    abort();
    host.exit(128 + constants.signals[signal]);
  }

  function onError(error: unknown): void {
    abort();
    attempt(() => stderr.write(`${errorLine(error)}\n`));
    host.exit(1);
  }

  host.on("exit", leave);
  for (const signal of SIGNALS) host.on(signal, onSignal);
  host.on("uncaughtException", onError);
  host.on("unhandledRejection", onError);
  host.on("SIGTSTP", onStop);
  stdout.write(ENTER);
  return { leave };
}
