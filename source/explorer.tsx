// The interactive explorer: full screen on the alternate screen, Ink rendering the App, the terminal
// restored on every way out. Resolves with the exit code.
import type { Instance } from "ink";
import type { AppProps, Shell } from "./app/App";
import { RENDER_OPTIONS } from "./app/ink/render-options";
import { colorsWanted } from "./app/theme";
import { tuneHeapForExplorer } from "./runtime/heap";
import { errorLine } from "./terminal/error-line";
import { enterFullscreen } from "./terminal/fullscreen";
import { type AmbiWidth, setAmbiWidth } from "./text/width";

export interface ExplorerOptions {
  readonly ambiwidth: AmbiWidth;
  /** Widest line of the reader's text, in columns (--measure). */
  readonly measure?: number;
  /** The frame's body; tests inject a failing one (see test/helpers/explorer-fixture.tsx). */
  readonly body?: AppProps["body"];
}

export async function runExplorer(options: ExplorerOptions): Promise<number> {
  tuneHeapForExplorer();
  setAmbiWidth(options.ambiwidth);
  // Ink draws nothing but the last frame when it believes it runs under CI (CI=true and the like,
  // read once when Ink loads). We only get here with a terminal on both ends: a person is watching.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  let instance: Instance | undefined;
  let failure: unknown;
  const resumed = new Set<() => void>();
  const shell: Shell = {
    // In raw mode C-z is a key, not a stop: raise the signal ourselves. enterFullscreen gives the
    // terminal back, stops, and on `fg` takes it again and asks for a repaint (onResume).
    suspend: () => {
      if (process.platform !== "win32") process.kill(process.pid, "SIGTSTP");
    },
    onResume: (listener) => {
      resumed.add(listener);
      return () => resumed.delete(listener);
    },
  };
  const screen = enterFullscreen(process.stdout, process.stdin, {
    onAbort: () => instance?.unmount(),
    onResume: () => {
      for (const listener of resumed) listener();
    },
  });
  // Raw mode before Ink loads, so keys typed during start-up are not echoed onto the screen.
  process.stdin.setRawMode?.(true);
  try {
    const [{ render }, { App }, { withCursorFix }] = await Promise.all([
      import("ink"),
      import("./app/App"),
      import("./app/ink/cursor-fix"),
    ]);
    const app = (
      <App
        shell={shell}
        colors={colorsWanted(process.env)}
        {...(options.measure ? { measure: options.measure } : {})}
        {...(options.body ? { body: options.body } : {})}
      />
    );
    instance = render(app, {
      ...RENDER_OPTIONS,
      stdout: withCursorFix(process.stdout),
      exitOnCtrlC: true,
      patchConsole: false,
    });
    await instance.waitUntilExit();
  } catch (error) {
    failure = error ?? new Error("unknown error");
    instance?.unmount();
  }
  screen.leave();
  if (failure === undefined) return 0;
  // After leave(): the line lands on the main screen, where the user will read it.
  process.stderr.write(`${errorLine(failure)}\n`);
  return 1;
}
