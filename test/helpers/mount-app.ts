// The explorer's App on a fake terminal (./fake-tty.ts) of a fixed size, with any Ink: the one
// harness of every in-process App test. It imports no Ink itself, so a test can set the environment
// Ink reads as it loads (CI, FORCE_COLOR) first; ./ink.ts gives it the installed Ink.
//
// By default Ink runs in debug mode: every render writes the whole frame, with no cursor movement, so
// a frame is exactly what the user would see on the screen. `live` renders as the explorer does
// (its render options, through its stdout layers), for counting the bytes a key costs:
//
//   const app = mountApp(parts, size, { live: { options: RENDER_OPTIONS, through: withCursorFix } });
//   app.send("j"); await app.quiet(120);  // raw bytes; then until nothing is written for 120 ms
//   app.bytes();                          // bytes written so far
import type { Instance, render as inkRender, RenderOptions } from "ink";
import { type ComponentType, createElement } from "react";
import type { Size, State } from "../../source/app/state";
import { ESC_TIMEOUT_MS } from "../../source/input/decoder";
import type { KeySource, readKeys } from "../../source/input/reader";
import { FakeStdin, FakeStdout } from "./fake-tty";
import type { VtScreen } from "./vt-screen";

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

/** The Ink, App and key reader to run: the installed ones, or a bundle with the build's patches. */
export interface ExplorerParts {
  render: typeof inkRender;
  App: ComponentType<{ keys: KeySource; initial?: State }>;
  readKeys: typeof readKeys;
}

export interface MountOptions {
  initial?: State;
  live?: { options: RenderOptions; through: (stdout: NodeJS.WriteStream) => NodeJS.WriteStream };
  /** A screen that shows what is written, as a terminal would. */
  screen?: VtScreen;
}

export interface RenderedApp {
  press(...keys: string[]): Promise<void>;
  /** Sends raw bytes without waiting. */
  send(data: string): void;
  /** Waits until nothing has been written for `ms` (a loaded machine renders late). */
  quiet(ms: number): Promise<void>;
  /** Bytes on the wire so far: what a slow SSH link pays for. */
  bytes(): number;
  /** The writes so far, one string per write. */
  readonly writes: readonly string[];
  frame(): string;
  /** The last frame without its SGR attributes: the text the screen shows. */
  text(): string;
  /** The last frame's lines as text (without SGR; a trailing newline does not make an empty last line). */
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

export function mountApp(parts: ExplorerParts, size: Size, { initial, live, screen }: MountOptions = {}): RenderedApp {
  const stdout = new FakeStdout(size.columns, size.rows);
  if (screen) {
    const record = stdout.write;
    stdout.write = (data: string) => {
      screen.write(data);
      return record(data);
    };
  }
  const stdin = new FakeStdin();
  const stderr = new FakeStdout(size.columns, size.rows);
  let done = false;
  let failure: unknown;
  const reader = parts.readKeys(stdin);
  const terminal = stdout as unknown as NodeJS.WriteStream;
  const element = createElement(parts.App, { keys: reader.keys, ...(initial ? { initial } : {}) });
  const instance: Instance = parts.render(element, {
    ...(live
      ? { ...live.options, stdout: live.through(terminal), exitOnCtrlC: false }
      : { stdout: terminal, debug: true, exitOnCtrlC: true }),
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    patchConsole: false,
  });
  const bytes = () => stdout.writes.reduce((n, w) => n + Buffer.byteLength(w), 0);
  const frame = () => stdout.writes.at(-1) ?? "";
  const text = () => frame().replace(/\x1b\[[0-9;]*m/g, "");
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
    send: (data) => stdin.send(data),
    async quiet(ms) {
      for (let seen = -1; seen !== bytes(); ) {
        seen = bytes();
        await new Promise((resolve) => setTimeout(resolve, ms));
      }
    },
    bytes,
    writes: stdout.writes,
    frame,
    text,
    lines: () => text().replace(/\n$/, "").split("\n"),
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
