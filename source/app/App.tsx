// The root: header, the active pane (or the help overlay), footer. Keys come from the input layer
// (source/input/, never Ink's useInput) through the keymap to the reducer; the terminal's size is
// state, updated on every 'resize'.

import { EventEmitter } from "node:events";
import { Box, useApp, useStdout } from "ink";
import { useEffect, useState } from "react";
import type { KeySource } from "../input/reader";
import { terminalSize } from "../terminal/size";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Lines } from "./components/Lines";
import { footerLine, headerLine, helpView, tooSmallLine } from "./frame";
import { bodyHeight, tooSmall } from "./geometry";
import { ChartsPane } from "./panes/charts";
import { DataPane } from "./panes/data";
import { GlossaryPane } from "./panes/glossary";
import { ReportPane } from "./panes/report";
import { SearchPane } from "./panes/search";
import { reduce, reduceKeyEvent } from "./reducer";
import { FRAME_MS } from "./render-options";
import { initialState, type State } from "./state";

function ActivePane({ state }: { state: State }) {
  // Test hook (test/reliability-exit.test.ts): COURT_REPORT_TEST_THROW=<pane id> makes that pane fail to render.
  if (process.env.COURT_REPORT_TEST_THROW === state.pane)
    throw new Error(`test hook: ${state.pane} pane failed to render`);
  if (state.help.open) return <Lines lines={helpView(state)} />;
  switch (state.pane) {
    case "report":
      return <ReportPane state={state} />;
    case "data":
      return <DataPane state={state} />;
    case "charts":
      return <ChartsPane state={state} />;
    case "glossary":
      return <GlossaryPane state={state} />;
    case "search":
      return <SearchPane state={state} />;
  }
}

/** Emit "repaint" to redraw every line: after a stop (SIGTSTP) the alternate screen comes back empty. */
export const repaint = new EventEmitter();
/** Longer than two of Ink's throttle windows, so the blank frame is drawn on its own. */
const REPAINT_GAP_MS = 2.5 * FRAME_MS;

interface Props {
  /** Where keys come from: source/input/reader.ts's readKeys(stdin).keys. */
  keys: KeySource;
  initial?: State;
}

function Explorer({ keys, initial }: Props) {
  const { stdout } = useStdout();
  const { exit } = useApp();
  const [state, setState] = useState(() => initial ?? initialState(terminalSize(stdout)));

  // One blank frame, then the real one: Ink's incremental renderer then rewrites every line. The
  // real one waits: Ink throttles frames (maxFps), and a blank and a full frame within one throttle
  // window are merged into the full one, which Ink skips as unchanged (seen after C-z and fg).
  const [blank, setBlank] = useState(false);
  useEffect(() => {
    const onRepaint = () => setBlank(true);
    repaint.on("repaint", onRepaint);
    return () => void repaint.off("repaint", onRepaint);
  }, []);
  useEffect(() => {
    if (!blank) return;
    const timer = setTimeout(() => setBlank(false), REPAINT_GAP_MS);
    return () => clearTimeout(timer);
  }, [blank]);

  useEffect(() => {
    const onResize = () => setState((s) => reduce(s, { type: "resize", size: terminalSize(stdout) }));
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout]);

  // Every event of a read, in order, each on the state the one before left.
  useEffect(() => keys((event) => setState((s) => reduceKeyEvent(s, event))), [keys]);

  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  // In raw mode C-z is a key, not a stop: raise the signal ourselves. source/terminal/fullscreen.ts
  // gives the terminal back, stops, and on `fg` takes it again and asks for a repaint.
  useEffect(() => {
    if (state.suspends === 0 || process.platform === "win32") return;
    process.kill(process.pid, "SIGTSTP");
  }, [state.suspends]);

  if (blank) return null;
  if (tooSmall(state.size)) return <Lines lines={[tooSmallLine(state)]} />;
  // A fixed height of rows - 1 (header, pane, footer): never the full terminal height.
  return (
    <Box flexDirection="column" height={state.size.rows - 1} overflow="hidden">
      <Lines lines={[headerLine(state)]} />
      <Box height={bodyHeight(state.size)} flexDirection="column" overflow="hidden">
        <ActivePane state={state} />
      </Box>
      <Lines lines={[footerLine(state)]} />
    </Box>
  );
}

export function App({ keys, initial }: Props) {
  const { exit } = useApp();
  return (
    <ErrorBoundary onError={(error) => exit(error instanceof Error ? error : new Error(String(error)))}>
      <Explorer keys={keys} {...(initial ? { initial } : {})} />
    </ErrorBoundary>
  );
}
