// A terminal that does not read (a stalled SSH link, a paused tmux pane) must never hold the process.
// Node writes to a terminal synchronously (tty.WriteStream makes its handle blocking): one write into
// a full pty blocks the event loop, and no signal's handler runs until the terminal reads again.
//   unblockOutput(stdout)  frames are queued by libuv while the terminal does not read, instead of
//                          blocking; they go out in order once it reads again
//   writeNow(text)         the restore on the way out: one write that gives up at once (EAGAIN) rather
//                          than wait, through a description of the terminal of its own
import { closeSync, constants, openSync, writeSync } from "node:fs";

interface StreamHandle {
  readonly fd?: number;
  setBlocking?(blocking: boolean): unknown;
}

/**
 * Makes stdout's writes non-blocking. Only when libuv opened the terminal anew for the stream (its
 * descriptor is not 1, as on Linux): a non-blocking flag on the description the shell shares with us
 * would outlive us and break the shell's own writes.
 */
export function unblockOutput(stdout: NodeJS.WriteStream): boolean {
  const handle = (stdout as unknown as { _handle?: StreamHandle })._handle;
  if (!stdout.isTTY || typeof handle?.fd !== "number" || handle.fd === 1 || !handle.setBlocking) return false;
  handle.setBlocking(false);
  return true;
}

/** stdout's terminal, opened anew: Linux names it exactly; elsewhere the controlling terminal. */
const TERMINAL = process.platform === "linux" ? "/proc/self/fd/1" : "/dev/tty";

/** Writes `text` to the terminal without waiting: throws (EAGAIN, EIO) instead of blocking. */
export function writeNow(text: string, path = TERMINAL): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
