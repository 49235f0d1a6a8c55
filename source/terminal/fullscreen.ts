// Full-screen mode for the explorer. Ink 6.8 has no alternate-screen option, so we enter it here and
// guarantee the way back: main screen, visible cursor, cooked mode, on every exit path.
//
//   const screen = enterFullscreen(process.stdout, process.stdin, { onAbort: () => ink.unmount() });
//   ...; await ink.waitUntilExit(); screen.leave();
//
// Until leave() is called, handlers restore the terminal and end the process on:
//   process exit           restore only (the exit is already happening)
//   any signal or error once the terminal is gone (the pty closed)
//                          nothing written (there is no terminal), die of SIGHUP: 129 (./hangup.ts)
//   SIGHUP with the terminal still there (kill -HUP)
//                          restore, then die of SIGHUP all the same: 129
//   every other catchable terminating signal (INT TERM QUIT ALRM USR1 USR2 PIPE XCPU XFSZ VTALRM PROF)
//                          restore, exit 128 + signal number (130, 143, 131, …)
//   uncaught exception or unhandled rejection
//                          restore, print ONE line about the error on stderr, exit 1
//   (before each of the above but the exit, onEnd runs: the one thing done even for a dead terminal)
//   SIGTSTP (kill -TSTP, job control; Ctrl-Z itself is only a key in raw mode)
//                          restore, stop; when continued in the foreground (`fg`) take the terminal
//                          again and call onResume (the app must repaint: the alternate screen comes
//                          back empty). Continued in the background (`bg`), leave the shell's screen
//                          alone and stop again until `fg`.
// leave() restores exactly once and removes every handler; calling it again does nothing.
import { constants } from "node:os";
import { errorLine } from "./error-line";
import { inForeground } from "./foreground";
import { hangUp, terminalGone } from "./hangup";

// Alternate screen, hide cursor, bracketed paste (a paste arrives marked, so it is typed, never run as keys).
export const ENTER = "\x1b[?1049h\x1b[?25l\x1b[?2004h";
// Bracketed paste off, reset colours, show cursor, main screen.
export const LEAVE = "\x1b[?2004l\x1b[0m\x1b[?25h\x1b[?1049l";

// biome-ignore lint/suspicious/noExplicitAny: the one type both process.on's and EventEmitter's listeners accept
type Listener = (...args: any[]) => void;

/** The parts of `process` used here; tests pass a fake. */
export interface Host {
  on(event: string, listener: Listener): unknown;
  off(event: string, listener: Listener): unknown;
  removeAllListeners(event: string): unknown;
  exit(code: number): void;
  kill(pid: number, signal: string): unknown;
  readonly pid: number;
}

export interface FullscreenOptions {
  /** Runs first on a signal or an uncaught error (e.g. Ink's unmount), so its last writes land on the alternate screen. */
  onAbort?: () => void;
  /** Runs after a stop (SIGTSTP) once the process continues and the terminal is full-screen again. */
  onResume?: () => void;
  /** Runs before anything else on a signal or an uncaught error, the terminal gone or not: keeps what
   * must survive the process (the reading place). Synchronous, and never touches the terminal. */
  onEnd?: () => void;
  stderr?: { write(text: string): unknown };
  host?: Host;
  /** Whether the terminal has gone away (default: stdout is no terminal any more). */
  gone?: () => boolean;
  /** Whether the process is in the terminal's foreground process group; undefined when unknown. */
  foreground?: () => boolean | undefined;
}

export interface Fullscreen {
  leave(): void;
}

const POSIX_ONLY = ["SIGQUIT", "SIGALRM", "SIGUSR1", "SIGUSR2", "SIGPIPE", "SIGXCPU", "SIGXFSZ", "SIGVTALRM"] as const;
const BACKGROUND_POLL_MS = 250;
type Signal = "SIGINT" | "SIGTERM" | "SIGHUP" | (typeof POSIX_ONLY)[number];
/**
 * Every terminating signal a process can catch (Windows knows only the first three), but SIGPROF:
 * V8's CPU profiler (node --cpu-prof, the inspector) ticks with it, and a handler here ended the
 * explorer at the profiler's first tick.
 */
const SIGNALS: readonly Signal[] = ["SIGINT", "SIGTERM", "SIGHUP", ...(process.platform === "win32" ? [] : POSIX_ONLY)];

export function enterFullscreen(
  stdout: { write(text: string): unknown },
  stdin: { isTTY?: boolean; setRawMode?(mode: boolean): unknown },
  options: FullscreenOptions = {},
): Fullscreen {
  const host = options.host ?? process;
  const stderr = options.stderr ?? process.stderr;
  const gone = options.gone ?? (() => terminalGone(1));
  const foreground = options.foreground ?? (() => inForeground());
  let left = false;
  /** Whether the screen is ours (not while stopped, or continued in the background). */
  let held = true;

  // Best effort throughout: the terminal may vanish at any moment and every write then throws EIO.
  const attempt = (action: () => unknown): void => {
    try {
      action();
    } catch {
      // nothing left to restore on a terminal that no longer exists
    }
  };

  const restore = (): void => {
    if (!held) return;
    held = false;
    attempt(() => stdout.write(LEAVE));
    if (stdin.isTTY) attempt(() => stdin.setRawMode?.(false));
  };

  const unlisten = (): void => {
    host.off("exit", leave);
    for (const signal of SIGNALS) host.off(signal, onSignal);
    host.off("uncaughtException", onError);
    host.off("unhandledRejection", onError);
    host.off("SIGTSTP", onStop);
  };

  const leave = (): void => {
    if (left) return;
    left = true;
    unlisten();
    restore();
  };

  const abort = (): void => {
    if (held && options.onAbort) attempt(options.onAbort);
    leave();
  };

  /** Raw mode first: in the background it stops us (SIGTTOU) before anything is drawn. */
  const retake = (): void => {
    if (stdin.isTTY) attempt(() => stdin.setRawMode?.(true));
    attempt(() => stdout.write(ENTER));
    held = true;
    if (options.onResume) attempt(options.onResume);
  };

  function onStop(): void {
    restore();
    // Without our listener the signal takes its default action: the whole process stops inside kill()
    // and carries on from here after SIGCONT (fg or bg). In an orphaned process group the kernel
    // discards the stop instead, and kill() returns at once; either way we are running again below.
    host.off("SIGTSTP", onStop);
    attempt(() => host.kill(host.pid, "SIGTSTP"));
    if (left) return;
    host.on("SIGTSTP", onStop);
    onContinue();
  }

  /**
   * After a stop: take the terminal back in the foreground. In the background (`bg`) stop again, as
   * any background job that touches its terminal is stopped (SIGTTOU): `fg` continues a stopped job
   * with SIGCONT, but a running one with no signal at all. Where the stop is discarded (an orphaned
   * process group) look again a little later instead.
   */
  function onContinue(): void {
    if (held || left) return;
    if (foreground() === false) attempt(() => host.kill(host.pid, "SIGTTOU"));
    if (left) return;
    if (foreground() === false) {
      setTimeout(onContinue, BACKGROUND_POLL_MS);
      return;
    }
    retake();
  }

  /** The terminal is gone: not one more write, and no normal exit (./hangup.ts). */
  const hangUpNow = (): void => {
    left = true;
    unlisten();
    hangUp(host);
  };

  function onSignal(signal: Signal): void {
    if (options.onEnd) attempt(options.onEnd);
    if (gone()) {
      hangUpNow();
      return;
    }
    abort();
    // After SIGHUP the terminal may vanish at any moment, and a normal exit would then crash in
    // Node's own terminal reset; dying of the signal skips that reset, which restore() has done.
    if (signal === "SIGHUP") hangUp(host);
    else host.exit(128 + constants.signals[signal]);
  }

  function onError(error: unknown): void {
    if (options.onEnd) attempt(options.onEnd);
    if (gone()) {
      hangUpNow();
      return;
    }
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
