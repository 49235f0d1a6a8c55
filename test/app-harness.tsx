// Renders the explorer with Ink into a fake terminal of a given size (ink-testing-library's is 100
// columns with no rows) and types at it. Debug mode: every frame is written whole, so the last
// write is the screen.
import { EventEmitter } from "node:events";
import { render, type Instance } from "ink";
import { App } from "../source/app/App";
import { initialState, type State } from "../source/app/state";

class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  frames: string[] = [];
  constructor(public columns: number, public rows: number) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  write(data: string) {
    this.data = data;
    this.emit("readable");
  }
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Harness {
  frame(): string;
  lines(): string[];
  /** Sends raw input; waits long enough for a lone Esc to be told apart from a sequence. */
  press(data: string): Promise<string>;
  resize(columns: number, rows: number): Promise<string>;
  exited(): boolean;
  unmount(): void;
}

export const KEYS = { enter: "\r", escape: "\x1b", tab: "\t", backtab: "\x1b[Z", down: "\x1b[B", up: "\x1b[A", pageDown: "\x1b[6~", backspace: "\x7f", ctrlC: "\x03" };

export async function renderApp(columns: number, rows: number, state?: State): Promise<Harness> {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  let exited = false;
  const instance: Instance = render(<App initial={state ?? initialState({ columns, rows })} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  void instance.waitUntilExit().then(() => (exited = true));
  const frame = () => stdout.frames.at(-1) ?? "";
  // Until no frame has been written for a while (a lone Esc waits for Ink's escape timeout first).
  const settle = async (quiet: number) => {
    let seen = -1;
    for (let i = 0; i < 100 && seen !== stdout.frames.length; i++) {
      seen = stdout.frames.length;
      await tick(quiet);
    }
  };
  await settle(10);
  return {
    frame,
    lines: () => frame().replace(/\n$/, "").split("\n"),
    async press(data) {
      stdin.write(data);
      await settle(data === "\x1b" ? 80 : 15);
      return frame();
    },
    async resize(c, r) {
      stdout.columns = c;
      stdout.rows = r;
      stdout.emit("resize");
      await settle(15);
      return frame();
    },
    exited: () => exited,
    unmount: () => instance.unmount(),
  };
}
