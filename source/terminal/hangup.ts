// The terminal is gone (the pty closed: SSH dropped, the window closed, `tmux kill-pane`). Nothing
// may touch it again, and the process must not end through a normal exit: Node 20 then restores the
// saved terminal modes of stdio (ResetStdio), tcsetattr fails with EIO on the dead pty and an
// assertion aborts the process with a native stack and a core file (nodejs/node#51519). Dying of
// SIGHUP itself skips that: exit status 129, as for any program killed by the hangup.
import { builtin } from "../builtin";

/** The parts of `process` used here; tests pass a fake. */
export interface HangupHost {
  removeAllListeners(event: string): unknown;
  kill(pid: number, signal: string): unknown;
  readonly pid: number;
}

/** tty.isatty, with node:tty loaded when first asked: it loads node:net and node:stream with it. */
export const isatty = (fd: number): boolean => builtin("node:tty").isatty(fd);

/** Whether a descriptor that was a terminal no longer is one: after a hangup the kernel answers
 * every terminal ioctl on it with EIO (Linux, the BSDs, macOS), so isatty() turns false. */
export const terminalGone = (fd = 1): boolean => !isatty(fd);

const lastWords = new Set<() => void>();

/** Runs `keep` (synchronous, touching no terminal: saving the reading place) before a hang-up ends
 * the process, whichever path finds the terminal gone; returns the way to take it back. */
export function beforeHangUp(keep: () => void): () => void {
  lastWords.add(keep);
  return () => lastWords.delete(keep);
}

/**
 * Ends the process by the signal's default action, touching neither the terminal nor stdio: no normal
 * exit, whose terminal reset would stop a background process (SIGTTOU) or crash on a dead pty. The
 * shell sees 128 + the signal's number, as for any program the signal ended.
 */
export function dieOf(signal: string, host: HangupHost = process): void {
  // With no listener left, Node gives the signal back its default action.
  host.removeAllListeners(signal);
  host.kill(host.pid, signal);
}

/** Ends the process by SIGHUP's default action (termination), after the last words. */
export function hangUp(host: HangupHost = process): void {
  for (const keep of lastWords) {
    try {
      keep();
    } catch {
      // Ending is what matters now.
    }
  }
  dieOf("SIGHUP", host);
  // Only if SIGHUP could not end it (never seen): SIGKILL, which skips the exit path too.
  setTimeout(() => host.kill(host.pid, "SIGKILL"), 1000);
}
