// The explorer before Ink has loaded: the first frame is painted at once, and keys are answered from
// the first moment — the same update the App runs, the whole frame painted again after each read —
// instead of waiting the quarter of a second Ink, React and yoga take to load. When Ink is ready the
// App starts from the state reached here and draws the same lines over the painted ones.
import type { KeySource } from "../input/reader";
import { runEffect, type Shell } from "./effects";
import { frameLines } from "./frame";
import type { Size, State } from "./state";
import { paintLines } from "./ui/ansi";
import type { Line } from "./ui/styled";
import { applyKeyEvent, type Step, update } from "./update";

export interface BeforeInkOptions {
  readonly initial: State;
  readonly keys: KeySource;
  readonly shell: Shell;
  /** Writes to the terminal. */
  readonly write: (text: string) => void;
  readonly colors: boolean;
  /** The frame's body (tests inject a failing one). */
  readonly body?: (state: State) => Line[];
  /** Told every new state (the session is kept from it). */
  readonly onState?: (state: State) => void;
}

/** How the explorer ended before Ink came: a quit, or a failure to report. */
export interface Ending {
  readonly failure?: unknown;
}

export interface BeforeInk {
  /** The state reached so far: where the App starts. */
  state(): State;
  /** Settles when the user quit, or a frame failed, before Ink came. */
  readonly ended: Promise<Ending>;
  /** The terminal changed size. */
  resize(size: Size): void;
  /** The screen came back empty (after a stop): paint it again. */
  repaint(): void;
  /** Changes what the frame does not show (where a copy goes, once tmux has said), without a paint. */
  amend(change: (state: State) => State): void;
  /** Stops answering keys and painting: the App takes over. */
  stop(): void;
}

export function answerBeforeInk({ initial, keys, shell, write, colors, body, onState }: BeforeInkOptions): BeforeInk {
  let state = initial;
  let stopped = false;
  let painting = false;
  let unsubscribe = (): void => {};
  let unlisten = (): void => {};
  let settle: (ending: Ending) => void = () => {};
  const ended = new Promise<Ending>((resolve) => {
    settle = resolve;
  });

  const stop = () => {
    stopped = true;
    unsubscribe();
    unlisten();
  };
  const end = (ending: Ending) => {
    if (stopped) return;
    stop();
    settle(ending);
  };
  const failed = (error: unknown) => end({ failure: error ?? new Error("unknown error") });
  const paint = () => {
    painting = false;
    if (stopped) return;
    try {
      write(`\x1b[2J${paintLines(frameLines(state, body), colors)}`);
    } catch (error) {
      failed(error);
    }
  };
  // One paint per read, however many keys it held (a fast typist's burst, keys typed at start-up).
  const apply = (next: () => Step) => {
    if (stopped) return;
    try {
      const step = next();
      state = step.state;
      onState?.(state);
      for (const effect of step.effects) runEffect(effect, shell, () => end({}));
    } catch (error) {
      failed(error);
      return;
    }
    if (!painting) {
      painting = true;
      queueMicrotask(paint);
    }
  };

  paint();
  if (!stopped) unlisten = shell.onAction((action) => apply(() => update(state, action)));
  if (!stopped) unsubscribe = keys((event) => apply(() => applyKeyEvent(state, event)));
  // Keys typed before this point arrive inside keys(): one of them may have quit already.
  if (stopped) {
    unsubscribe();
    unlisten();
  }
  return {
    state: () => state,
    ended,
    resize: (size) => apply(() => update(state, { type: "resize", size })),
    repaint: paint,
    amend: (change) => {
      state = change(state);
    },
    stop,
  };
}
