// A terminal's two streams, faked for rendering Ink in-process. Ink decides how to draw from the
// streams: it needs isTTY to take raw input, columns and rows to lay out (ink-testing-library's stdout
// is 100 columns with no rows), and a "resize" event to re-lay out. Faking them gives a terminal of
// any size that needs no pty: FakeStdout records every write, in order (in Ink's debug mode each write
// is a whole frame); FakeStdin hands what the user types or pastes to its 'data' listener (the input
// layer, source/input/reader.ts) chunk by chunk, as a pty would.
import { EventEmitter } from "node:events";

export class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly writes: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (data: string): boolean => {
    this.writes.push(data);
    return true;
  };
  /** Takes the new size and tells Ink, as SIGWINCH does for a real terminal. */
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit("resize");
  }
}

export class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  /** One chunk of input, as one read() returns it: a key's bytes, or a whole paste. */
  send(data: string | Buffer): void {
    this.emit("data", data);
  }
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}
