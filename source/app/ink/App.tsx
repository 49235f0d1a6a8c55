// The root component: renders frameLines(state) and nothing else, so the frame every test checks is
// the frame users see. Keys come from our input layer through the keymap to the update; the effects
// it returns (quit, suspend, copy) are carried out here, through the shell the explorer passes in.
import { useApp, useStdout } from "ink";
import { useCallback, useEffect, useRef, useState } from "react";
import type { KeySource } from "../../input/reader";
import { terminalSize } from "../../terminal/size";
import { type Effect, NO_SHELL, runEffect, type Shell } from "../effects";
import { bodyLines, frameLines } from "../frame";
import { initialState, type State } from "../state";
import type { Line } from "../ui/styled";
import { applyKeyEvent, type Step, update } from "../update";
import { ErrorBoundary } from "./ErrorBoundary";
import { Lines } from "./Lines";
import { FRAME_MS } from "./render-options";

export interface AppProps {
  /** Where keys come from: readKeys(stdin).keys (source/input/reader.ts). */
  readonly keys: KeySource;
  readonly initial?: State;
  readonly shell?: Shell;
  /** Colours on (attributes always carry the meaning; see theme.ts). */
  readonly colors?: boolean;
  /** The body of the frame; tests inject a failing one. */
  readonly body?: (state: State) => Line[];
  /** Told every new state (the session is kept from it). */
  readonly onState?: (state: State) => void;
}

/** Longer than two of Ink's throttle windows, so the blank frame is drawn on its own. */
const REPAINT_GAP_MS = 2.5 * FRAME_MS;

function Explorer({ keys, initial, shell = NO_SHELL, colors = true, body = bodyLines, onState }: AppProps) {
  const { stdout } = useStdout();
  const { exit } = useApp();
  const [state, setState] = useState(() => initial ?? initialState(terminalSize(stdout)));
  // The latest state, for handlers that run between renders (several keys can arrive in one read).
  const current = useRef(state);

  const run = useCallback((effect: Effect) => runEffect(effect, shell, exit), [exit, shell]);
  const apply = useCallback(
    (step: Step) => {
      current.current = step.state;
      setState(step.state);
      onState?.(step.state);
      step.effects.forEach(run);
    },
    [run, onState],
  );

  // One blank frame, then the real one: Ink's incremental renderer then rewrites every line. The
  // real one waits: Ink throttles frames (maxFps), and a blank and a full frame within one throttle
  // window are merged into the full one, which Ink skips as unchanged (seen after C-z and fg).
  const [blank, setBlank] = useState(false);
  useEffect(() => shell.onResume(() => setBlank(true)), [shell]);
  useEffect(() => {
    if (!blank) return;
    const timer = setTimeout(() => setBlank(false), REPAINT_GAP_MS);
    return () => clearTimeout(timer);
  }, [blank]);

  useEffect(() => {
    const onResize = () => apply(update(current.current, { type: "resize", size: terminalSize(stdout) }));
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout, apply]);

  // What the world sends back (a save's result), between keys.
  useEffect(() => shell.onAction((action) => apply(update(current.current, action))), [shell, apply]);

  // Every key of every read, in order, from our own input layer (source/input/): Ink never reads stdin.
  useEffect(() => keys((event) => apply(applyKeyEvent(current.current, event))), [keys, apply]);

  if (blank) return null;
  return <Lines lines={frameLines(state, body)} colors={colors} />;
}

export function App(props: AppProps) {
  const { exit } = useApp();
  return (
    <ErrorBoundary onError={(error) => exit(error instanceof Error ? error : new Error(String(error)))}>
      <Explorer {...props} />
    </ErrorBoundary>
  );
}
