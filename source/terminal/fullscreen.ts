// Full-screen mode for the explorer. Ink 6.8 has no alternate-screen option, so we enter it here and
// guarantee the way back: main screen, visible cursor, cooked mode, on every exit path.
//
//   const screen = enterFullscreen(process.stdout, process.stdin, { onAbort: () => ink.unmount() });
//   await screen.taken;   // at once in the foreground; started with `&`, at `fg`
//   ...; await ink.waitUntilExit(); screen.leave();
//
// The terminal is taken only in the foreground: started in the background (`&`), or continued there
// (`bg`), the process waits, running, without touching the screen (no alternate screen, no raw mode, no
// read), and takes it at `fg`. Until leave() is called, handlers restore the terminal and end the process on:
//   process exit           restore only (the exit is already happening)
//   any signal or error once the terminal is gone (the pty closed)
//                          nothing written (there is no terminal), die of SIGHUP: 129 (./hangup.ts)
//   any terminating signal while the terminal is not ours (stopped, in the background, not yet taken)
//                          nothing written, die of the signal itself: 128 + its number (./hangup.ts)
//   SIGHUP with the terminal still there (kill -HUP)
//                          restore, then die of SIGHUP all the same: 129
//   every other catchable terminating signal (INT TERM QUIT ALRM USR1 USR2 PIPE XCPU XFSZ VTALRM)
//                          restore, exit 128 + signal number (130, 143, 131, …)
//   uncaught exception or unhandled rejection
//                          restore, print ONE line about the error on stderr, exit 1
//   SIGTSTP (kill -TSTP, job control; Ctrl-Z itself is only a key in raw mode)
//                          restore, stop; when continued in the foreground (`fg`) take the terminal
//                          again, read its size again (it may have changed while we were stopped: a
//                          resize is signalled to the foreground job only) and call onResume (the app
//                          must repaint: the alternate screen comes back empty). Continued in the
//                          background (`bg`), leave the shell's screen alone and wait until `fg`.
// On a signal or an error the restore goes through `urgent`, a write that never waits (./unblocked.ts),
// so a terminal that does not read cannot keep the process from ending.
// leave() restores exactly once and removes every handler; calling it again does nothing.
// onEnd runs exactly once on every way out, after the restore and before the process ends.
import { constants } from "node:os";
import { errorLine } from "./error-line";
import { inForeground } from "./foreground";
import { beforeHangUp, dieOf, hangUp, terminalGone } from "./hangup";
import { type Resizable, refreshSize } from "./size";

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
  /**
   * THE hook before the process ends: runs exactly once on every way out (leave(), a signal, an
   * error, a hangup), after the terminal is restored or, when it is not ours or gone, left alone,
   * and before the exit. It must be synchronous and must not write to the terminal.
   */
  onEnd?: () => void;
  /** Where the restore goes on a signal or an error: a write that never waits (default: stdout). */
  urgent?: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
  host?: Host;
  /** Whether the terminal has gone away (default: stdout is no terminal any more). */
  gone?: () => boolean;
  /** Whether the process is in the terminal's foreground process group; undefined when unknown. */
  foreground?: () => boolean | undefined;
}

export interface Fullscreen {
  /** Settles once the terminal is ours: at once in the foreground; started in the background, at `fg`. */
  readonly taken: Promise<void>;
  leave(): void;
}

const POSIX_ONLY = ["SIGQUIT", "SIGALRM", "SIGUSR1", "SIGUSR2", "SIGPIPE", "SIGXCPU", "SIGXFSZ", "SIGVTALRM"] as const;
/** How often a job waiting in the background looks whether it is in the foreground (after `fg`). */
const FOREGROUND_POLL_MS = 50;
type Signal = "SIGINT" | "SIGTERM" | "SIGHUP" | (typeof POSIX_ONLY)[number];
/**
 * Every terminating signal a process can catch (Windows knows only the first three), but SIGPROF:
 * V8's CPU profiler (node --cpu-prof, the inspector) ticks with it, and a handler here ended the
 * explorer at the profiler's first tick.
 */
const SIGNALS: readonly Signal[] = ["SIGINT", "SIGTERM", "SIGHUP", ...(process.platform === "win32" ? [] : POSIX_ONLY)];

/**
 * Runs `then` after the event loop has polled once more: a signal that arrived with the SIGCONT that
 * woke us (bash's `kill %1` sends SIGTERM, then SIGCONT) has then run its handler. One immediate is
 * not enough: it runs before the next poll.
 */
const afterPoll = (then: () => void): void => {
  setImmediate(() => setImmediate(then));
};

export function enterFullscreen(
  stdout: { write(text: string): unknown } & Resizable,
  stdin: {
    isTTY?: boolean;
    setRawMode?(mode: boolean): unknown;
    isPaused?(): boolean;
    pause?(): unknown;
    resume?(): unknown;
  },
  options: FullscreenOptions = {},
): Fullscreen {
  const host = options.host ?? process;
  const stderr = options.stderr ?? process.stderr;
  // Every write of the app passes the gate: while the terminal is not ours (not yet taken, stopped,
  // in the background) a late frame (Ink's throttled render, a timer) is dropped instead of drawn on
  // the shell's screen; the app repaints whole once the terminal is ours again (onResume).
  const unpatched = stdout.write;
  const own = { write: unpatched.bind(stdout) as (text: string) => unknown };
  const gate = (...args: unknown[]): unknown => {
    if (held) return (unpatched as (...a: unknown[]) => unknown).apply(stdout, args);
    const done = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (done) queueMicrotask(done);
    return true;
  };
  stdout.write = gate as typeof stdout.write;
  const urgent = options.urgent ?? own;
  const gone = options.gone ?? (() => terminalGone(1));
  const foreground = options.foreground ?? (() => inForeground());
  let left = false;
  let ended = false;
  /** Whether the screen is ours (not before it is taken, while stopped, or continued in the background). */
  let held = false;

  // Best effort throughout: the terminal may vanish at any moment and every write then throws EIO.
  const attempt = (action: () => unknown): void => {
    try {
      action();
    } catch {
      // nothing left to restore on a terminal that no longer exists
    }
  };

  const end = (): void => {
    if (ended) return;
    ended = true;
    if (options.onEnd) attempt(options.onEnd);
  };
  // A write that finds the terminal gone ends the process by hangUp() from outside this module
  // (./output-errors.ts): onEnd runs on that way out too.
  const unhook = beforeHangUp(end);

  const restore = (out: { write(text: string): unknown } = own): void => {
    if (!held) return;
    held = false;
    attempt(() => out.write(LEAVE));
    if (stdin.isTTY) attempt(() => stdin.setRawMode?.(false));
  };

  const unlisten = (): void => {
    unhook();
    stdout.write = unpatched;
    host.off("exit", leave);
    for (const signal of SIGNALS) host.off(signal, onSignal);
    host.off("uncaughtException", onError);
    host.off("unhandledRejection", onError);
    host.off("SIGTSTP", onStop);
  };

  function leave(): void {
    if (left) return;
    left = true;
    unlisten();
    restore();
    end();
  }

  /** A signal or an error ends the process: the app's last writes, then the restore that never waits. */
  const abort = (): void => {
    if (held && options.onAbort) attempt(options.onAbort);
    left = true;
    unlisten();
    restore(urgent);
    end();
  };

  /** Raw mode first: where the foreground is unknown, in the background that stops us (SIGTTOU) before anything is drawn. */
  const take = (): void => {
    if (stdin.isTTY) attempt(() => stdin.setRawMode?.(true));
    attempt(() => own.write(ENTER));
    held = true;
  };

  /**
   * Runs `then` once the process is in the foreground. In the background it waits, running, without
   * touching the terminal, so that any signal still ends it (a stopped job keeps SIGINT pending until
   * it is continued). `fg` gives a running job the terminal without a signal: look every little while.
   */
  function whenForeground(then: () => void): void {
    if (left) return;
    if (foreground() === false) setTimeout(() => whenForeground(then), FOREGROUND_POLL_MS);
    else then();
  }

  function onStop(): void {
    restore();
    // Reading the terminal from the background would stop us (SIGTTIN) as soon as the user types.
    const reading = stdin.isPaused?.() === false;
    if (reading) attempt(() => stdin.pause?.());
    // Without our listener the signal takes its default action: the whole process stops inside kill()
    // and carries on from here after SIGCONT (fg or bg). In an orphaned process group the kernel
    // discards the stop instead, and kill() returns at once; either way we are running again below.
    host.off("SIGTSTP", onStop);
    attempt(() => host.kill(host.pid, "SIGTSTP"));
    if (left) return;
    host.on("SIGTSTP", onStop);
    afterPoll(() =>
      whenForeground(() => {
        if (held) return;
        take();
        if (reading) attempt(() => stdin.resume?.());
        attempt(() => refreshSize(stdout));
        if (options.onResume) attempt(options.onResume);
      }),
    );
  }

  /** The terminal is gone: not one more write, and no normal exit (./hangup.ts). */
  const hangUpNow = (): void => {
    left = true;
    unlisten();
    end();
    hangUp(host);
  };

  function onSignal(signal: Signal): void {
    if (gone()) {
      hangUpNow();
      return;
    }
    if (!held) {
      // Not ours: not one write, and no normal exit, whose terminal reset would stop us (SIGTTOU).
      left = true;
      unlisten();
      end();
      dieOf(signal, host);
      return;
    }
    abort();
    // After SIGHUP the terminal may vanish at any moment, and a normal exit would then crash in
    // Node's own terminal reset; dying of the signal skips that reset, which restore() has done.
    if (signal === "SIGHUP") hangUp(host);
    else host.exit(128 + constants.signals[signal]);
  }

  function onError(error: unknown): void {
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
  const taken = new Promise<void>((resolve) =>
    whenForeground(() => {
      if (!held) take();
      resolve();
    }),
  );
  return { taken, leave };
}
