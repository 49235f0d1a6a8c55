// The interactive explorer: full screen on the alternate screen, the first frame painted at once
// from the CommonJS bundle the quick lookups use, then Ink's half (source/app/ink/mount.tsx) loaded
// and rendering the App over it; keys read by our own input layer; the terminal restored on every
// way out. Resolves with the exit code.
import { dirname } from "node:path";
import type { Action } from "./app/actions";
import { answerBeforeInk } from "./app/before-ink";
import type { Shell } from "./app/effects";
import type { AppProps } from "./app/ink/App";
import { notesShell } from "./app/notes-shell";
import { keepSession } from "./app/session-keeper";
import { initialState } from "./app/state";
import { readKeys } from "./input/reader";
import { notebookPath } from "./notes/notebook";
import { osc52 } from "./output/osc52";
import { chooseAttributes } from "./terminal/attributes";
import { errorLine } from "./terminal/error-line";
import { enterFullscreen } from "./terminal/fullscreen";
import { terminalSize } from "./terminal/size";
import { askClipRoute, unaskedRoute } from "./terminal/tmux-clipboard";
import { unblockOutput, writeNow } from "./terminal/unblocked";
import { type AmbiWidth, setAmbiWidth } from "./text/width";

export interface ExplorerOptions {
  readonly ambiwidth: AmbiWidth;
  /** Whether y / Y may write to the clipboard. */
  readonly clipboard: boolean;
  /** Plain lines in reading order for a screen reader; Ink's own screen-reader mode renders them. */
  readonly screenReader: boolean;
  /** Widest line of the reader's text, in columns (--measure). */
  readonly measure?: number;
  /** --color / --no-color, whichever came last; unset: the terminal and NO_COLOR decide. */
  readonly color?: boolean;
  /** `--fresh`: start at the beginning, reading and writing no kept place. */
  readonly fresh?: boolean;
  /** Where the notebook is (--notes FILE); else the environment's or the XDG default. */
  readonly notes?: string;
  /** The frame's body; tests inject a failing one (see test/helpers/explorer-fixture.tsx). */
  readonly body?: AppProps["body"];
  /** Where Ink's half comes from; tests pass one that never arrives. */
  readonly ink?: () => Promise<InkHalf>;
}

type InkHalf = typeof import("./app/ink/mount");
const loadInk = (): Promise<InkHalf> => import("./app/ink/mount");

/** Started from a deleted directory, process.cwd() throws, and stack-utils (in Ink) calls it as it
 * loads. The explorer opens no relative path, so it moves to the root (which always exists). */
function leaveDeletedDirectory(): void {
  try {
    process.cwd();
  } catch {
    process.chdir("/");
  }
}

export async function runExplorer(options: ExplorerOptions): Promise<number> {
  leaveDeletedDirectory();
  setAmbiWidth(options.ambiwidth);
  // Ink draws nothing but the last frame when it believes it runs under CI (CI=true and the like,
  // read once when Ink loads). We only get here with a terminal on both ends: a person is watching.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  let instance: ReturnType<InkHalf["mount"]> | undefined;
  let failure: unknown;
  const resumed = new Set<() => void>();
  // Actions sent while neither the first paint's loop nor the App listens (the hand-over) wait here.
  let listener: ((action: Action) => void) | null = null;
  const waiting: Action[] = [];
  const dispatch = (action: Action) => (listener ? listener(action) : waiting.push(action));
  const copy = (text: string) => {
    const bytes = osc52(text, process.env);
    if (bytes) process.stdout.write(bytes);
  };
  const path = notebookPath({ ...(options.notes ? { flag: options.notes } : {}), env: process.env });
  const notes = notesShell({
    path,
    dispatch,
    copy,
    // A draft goes where the user started the explorer, else beside the notebook.
    draftDirs: [process.cwd(), ...(path ? [dirname(path)] : [])],
    today: () => new Date().toISOString().slice(0, 10),
  });
  const shell: Shell = {
    // In raw mode C-z is a key, not a stop: raise the signal ourselves. enterFullscreen gives the
    // terminal back, stops, and on `fg` takes it again and asks for a repaint (onResume).
    suspend: () => {
      if (process.platform !== "win32") process.kill(process.pid, "SIGTSTP");
    },
    copy,
    onResume: (listener) => {
      resumed.add(listener);
      return () => resumed.delete(listener);
    },
    saveNote: notes.saveNote,
    draft: notes.draft,
    onAction: (next) => {
      listener = next;
      for (const action of waiting.splice(0)) next(action);
      return () => {
        if (listener === next) listener = null;
      };
    },
  };
  // A terminal that does not read must not hold a signal's handler (source/terminal/unblocked.ts).
  const unblocked = unblockOutput(process.stdout);
  // The kept place is read before the first paint (one small JSON file) and written on every way out.
  const start = {
    clipboard: options.clipboard,
    clipRoute: unaskedRoute(process.env),
    screenReader: options.screenReader,
    ...(options.measure ? { measure: options.measure } : {}),
  };
  const session = keepSession(initialState(terminalSize(process.stdout), start), { fresh: options.fresh === true });
  const screen = enterFullscreen(process.stdout, process.stdin, {
    onEnd: session.save,
    // A signal ends the process right after this: the notes still queued are saved first.
    onAbort: () => {
      notes.flush();
      instance?.unmount();
    },
    onResume: () => {
      for (const listener of resumed) listener();
    },
    ...(unblocked ? { urgent: { write: writeNow } } : {}),
  });
  // Started in the background (`&`), it waits here, stopped, with the screen untouched until `fg`.
  await screen.taken;
  // Raw mode before anything is drawn, so keys typed during start-up are not echoed onto the screen;
  // they wait in the reader until the first frame can answer them, in order. Ink never reads stdin:
  // no component calls its useInput.
  const reader = readKeys(process.stdin);
  // chalk (Ink's styler) draws every style at the level chosen here (mount sets it); the first paint
  // draws with the same attributes. The level is chalk's own detection, the supports-color it
  // vendors, without building chalk itself (~4 ms before the first frame; test/terminal-colour-level
  // checks both agree). It reads the environment as it loads: only now, with CI unset (see above).
  const { default: supportsColor } = await import("../node_modules/chalk/source/vendor/supports-color/index.js");
  const attributes = chooseAttributes(
    supportsColor.stdout ? supportsColor.stdout.level : 0,
    process.env,
    options.color,
  );
  // The first frame is a pure function of the size: draw it now, and answer keys while Ink, React
  // and yoga load (source/app/before-ink.ts). The App starts from the state reached meanwhile and
  // redraws the same lines over the painted ones.
  const early = answerBeforeInk({
    initial: session.start,
    onState: session.track,
    keys: reader.keys,
    shell,
    write: (text) => process.stdout.write(text),
    colors: attributes.colors,
    ...(options.body ? { body: options.body } : {}),
  });
  // Asked once the first frame is up, answered while Ink loads (within 500 ms at worst); until then
  // y says what is unknown. A key never waits on tmux.
  const clipRoute = options.clipboard ? askClipRoute(process.env) : Promise.resolve(start.clipRoute);
  void clipRoute.then((route) => early.amend((state) => ({ ...state, clipRoute: route })));
  // The notebook is read after the first frame, which never waits for it.
  setImmediate(notes.open);
  const onResize = () => early.resize(terminalSize(process.stdout));
  process.stdout.on("resize", onResize);
  const unresume = shell.onResume(early.repaint);
  try {
    const loaded = await Promise.race([(options.ink ?? loadInk)(), early.ended]);
    early.stop();
    process.stdout.off("resize", onResize);
    unresume();
    if ("mount" in loaded) {
      const props: AppProps = {
        keys: reader.keys,
        initial: { ...early.state(), clipRoute: await clipRoute },
        onState: session.track,
        shell,
        colors: attributes.colors,
        ...(options.body ? { body: options.body } : {}),
      };
      instance = loaded.mount(props, { level: attributes.level, screenReader: options.screenReader });
      await instance.waitUntilExit();
    } else failure = loaded.failure;
  } catch (error) {
    failure = error ?? new Error("unknown error");
    instance?.unmount();
  }
  // However the explorer ended, every change typed is saved before it goes; the place is saved by
  // leave() (its onEnd).
  notes.flush();
  reader.close();
  screen.leave();
  if (failure === undefined) return 0;
  // After leave(): the line lands on the main screen, where the user will read it.
  process.stderr.write(`${errorLine(failure)}\n`);
  return 1;
}
