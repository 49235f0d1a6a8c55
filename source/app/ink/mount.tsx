// Ink's half of the explorer: loaded once the first frame is on the screen (source/explorer.ts),
// it brings Ink, React and yoga and renders the App over that frame, from the same state.
import chalk from "chalk";
import { type Instance, render } from "ink";
import { App, type AppProps } from "./App";
import { withCursorFix } from "./cursor-fix";
import { RENDER_OPTIONS } from "./render-options";
import { withScrolling } from "./scroll";

export interface MountOptions {
  /** chalk's level, as the first paint chose it (source/terminal/attributes.ts). */
  readonly level: number;
  readonly screenReader: boolean;
}

export function mount(props: AppProps, { level, screenReader }: MountOptions): Instance {
  chalk.level = level as typeof chalk.level;
  return render(<App {...props} />, {
    ...RENDER_OPTIONS,
    isScreenReaderEnabled: screenReader,
    // Ink's screen-reader output rewrites its lines without the incremental renderer's cursor bug.
    // Scrolling moves rows where a frame's rows moved (source/app/ink/scroll.ts).
    stdout: screenReader ? process.stdout : withScrolling(withCursorFix(process.stdout)),
    // C-z, C-c and every other key are read by our own input layer (source/input/), never by Ink.
    exitOnCtrlC: false,
    patchConsole: false,
  });
}
