// The interactive explorer: full screen on the alternate screen, Ink rendering the App, the terminal
// restored on every way out. Resolves with the exit code.
import type { Instance } from "ink";
import { RENDER_OPTIONS } from "./app/render-options";
import { readKeys } from "./input/reader";
import { tuneHeapForExplorer } from "./runtime/heap";
import { chooseAttributes } from "./terminal/attributes";
import { errorLine } from "./terminal/error-line";
import { enterFullscreen } from "./terminal/fullscreen";
import { type AmbiWidth, setAmbiWidth } from "./text/width";

export interface ExplorerOptions {
  readonly ambiwidth: AmbiWidth;
}

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
  tuneHeapForExplorer();
  setAmbiWidth(options.ambiwidth);
  // Ink draws nothing but the last frame when it believes it runs under CI (CI=true and the like,
  // read once when Ink loads). We only get here with a terminal on both ends: a person is watching.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  let instance: Instance | undefined;
  let failure: unknown;
  let resume = (): void => {};
  const screen = enterFullscreen(process.stdout, process.stdin, {
    onAbort: () => instance?.unmount(),
    onResume: () => resume(),
  });
  // Raw mode before Ink loads, so keys typed during start-up are not echoed onto the screen (and
  // reach the App once it subscribes). Ink never reads stdin: no component calls its useInput.
  const reader = readKeys(process.stdin);
  try {
    const [{ render }, { App, repaint }, { withCursorFix }, { default: chalk }] = await Promise.all([
      import("ink"),
      import("./app/App"),
      import("./app/ink-cursor-fix"),
      import("chalk"),
    ]);
    chalk.level = chooseAttributes(chalk.level, process.env) as typeof chalk.level;
    resume = () => void repaint.emit("repaint");
    instance = render(<App keys={reader.keys} />, {
      ...RENDER_OPTIONS,
      stdout: withCursorFix(process.stdout),
      // C-c is a key of the keymap (quit), read by our input layer like every other key.
      exitOnCtrlC: false,
      patchConsole: false,
    });
    await instance.waitUntilExit();
  } catch (error) {
    failure = error ?? new Error("unknown error");
    instance?.unmount();
  }
  reader.close();
  screen.leave();
  if (failure === undefined) return 0;
  // After leave(): the line lands on the main screen, where the user will read it.
  process.stderr.write(`${errorLine(failure)}\n`);
  return 1;
}
