// Renders the explorer's App in-process with a fake terminal (./fake-tty.ts) of a fixed size, so tests can check
// every frame Ink writes at any size and drive it with raw key bytes.
//
//   const app = renderApp({ columns: 40, rows: 12 });
//   await app.press("down", "enter");  // key names (see KEY_BYTES) or any text (typed/pasted as one chunk);
//                                      // each waits until the app has rendered its effect
//   app.frame();                       // the last frame, as written (SGR colour codes included)
//   app.lines();                       // the last frame's lines
//   await app.resize({ columns: 100, rows: 30 }); // waits for the App's re-render
//   app.written();                     // every byte written so far, for byte-level checks
//   app.unmount();
//
// Ink runs in debug mode: every render writes the whole frame, with no cursor movement, so a frame
// is exactly what the user would see on the screen.
import { type Instance, render } from "ink";
import { createElement } from "react";
import { App } from "../../source/app/ink/App";
import type { Size, State } from "../../source/app/state";
import { ESC_TIMEOUT_MS } from "../../source/input/decoder";
import { readKeys } from "../../source/input/reader";
import { FakeStdin, FakeStdout } from "./fake-tty";

/** What a terminal sends for each key. */
export const KEY_BYTES: Record<string, string> = {
  up: "\x1b[A",
  down: "\x1b[B",
  right: "\x1b[C",
  left: "\x1b[D",
  pageup: "\x1b[5~",
  pagedown: "\x1b[6~",
  home: "\x1b[H",
  end: "\x1b[F",
  enter: "\r",
  escape: "\x1b",
  tab: "\t",
  backtab: "\x1b[Z",
  backspace: "\x7f",
  "ctrl-c": "\x03",
  "ctrl-u": "\x15",
  "ctrl-z": "\x1a",
  "ctrl-d": "\x04",
  "ctrl-f": "\x06",
  "ctrl-b": "\x02",
  "ctrl-o": "\x0f",
  "ctrl-r": "\x12",
};

export interface RenderedApp {
  press(...keys: string[]): Promise<void>;
  frame(): string;
  /** The last frame's lines (a trailing newline does not make an empty last line). */
  lines(): string[];
  written(): string;
  resize(size: Size): Promise<void>;
  exited(): boolean;
  /** The error the app exited with, if any. */
  error(): unknown;
  unmount(): void;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Waits until no new frame arrives for two full turns of the event loop (React may render a turn or two later, more on a busy machine). */
async function settled(stdout: FakeStdout): Promise<void> {
  let quiet = 0;
  for (let i = 0; i < 100 && quiet < 2; i++) {
    const n = stdout.writes.length;
    await tick();
    await macrotask();
    quiet = stdout.writes.length === n ? quiet + 1 : 0;
  }
}

export function renderApp(size: Size, initial?: State): RenderedApp {
  const stdout = new FakeStdout(size.columns, size.rows);
  const stdin = new FakeStdin();
  const stderr = new FakeStdout(size.columns, size.rows);
  let done = false;
  let failure: unknown;
  const reader = readKeys(stdin);
  const instance: Instance = render(createElement(App, { keys: reader.keys, ...(initial ? { initial } : {}) }), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  const frame = () => stdout.writes.at(-1) ?? "";
  instance.waitUntilExit().then(
    () => {
      done = true;
    },
    (error: unknown) => {
      done = true;
      failure = error;
    },
  );
  return {
    async press(...keys) {
      for (const k of keys) {
        stdin.send(KEY_BYTES[k] ?? k);
        // The decoder holds a lone ESC for ESC_TIMEOUT_MS (waiting for the rest of a sequence), and
        // React may commit the update a turn later still: wait for both, so frame() shows this key's effect.
        if ((KEY_BYTES[k] ?? k).endsWith("\x1b"))
          await new Promise((resolve) => setTimeout(resolve, ESC_TIMEOUT_MS + 5));
        await settled(stdout);
      }
    },
    frame,
    lines: () => frame().replace(/\n$/, "").split("\n"),
    written: () => stdout.writes.join(""),
    async resize(next) {
      stdout.resize(next.columns, next.rows);
      // Ink redraws the old tree at the new width at once; the App's own update follows.
      await settled(stdout);
    },
    exited: () => done,
    error: () => failure,
    unmount() {
      reader.close();
      if (!done) instance.unmount();
      instance.cleanup();
    },
  };
}
