// The quick lookups' stdout and stderr: whole writes on the descriptors, as Node itself writes to
// pipes, files and terminals on Linux (synchronously). Node's process.stdout and process.stderr
// would load node:net, node:stream and node:tty for them, the largest part of a lookup's start-up
// after compiling the bundle (docs/performance.md); node:tty loads only when stdout is a character
// device, to tell a terminal from /dev/null. What a failed write means is output-errors.ts's table.
import { fstatSync } from "node:fs";
import { writeAll } from "../write-all";
import { hangUp, isatty, terminalGone } from "./hangup";
import { outputErrorLine } from "./output-errors";
import { type Size, terminalSize } from "./size";

export interface Stdio {
  /** Whether stdout is a terminal. */
  readonly terminal: boolean;
  /** The terminal's size, or COLUMNS/LINES and the fallback when stdout is none. */
  size(): Size;
  /** Writes all of `text` to stdout, or ends the process as output-errors.ts says. */
  out(text: string): void;
  /** Writes `text` to stderr; a failure is ignored (there is nowhere left to report it). */
  err(text: string): void;
}

function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && isatty(fd);
  } catch {
    return false;
  }
}

export function processStdio(): Stdio {
  const terminal = isTerminal(1);
  const err = (text: string) => {
    try {
      writeAll(2, text);
    } catch {
      // nowhere left to say it
    }
  };
  return {
    terminal,
    size: () => terminalSize(terminal ? process.stdout : {}, process.env),
    out(text) {
      try {
        writeAll(1, text);
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        if (e.code === "EPIPE") process.exit(0);
        if (terminal && terminalGone(1)) return hangUp();
        err(`${outputErrorLine(e)}\n`);
        process.exit(1);
      }
    },
    err,
  };
}
