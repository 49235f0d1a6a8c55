// Whether a copy (OSC 52) can get out of tmux. Inside tmux the terminal we write to is tmux, and
// tmux decides what becomes of the sequence:
//   set-clipboard on         tmux keeps the text as a paste buffer and passes it to the outer terminal
//   set-clipboard external   (tmux's default) or off: tmux drops a program's clipboard sequence
//   allow-passthrough on     the copy wrapped in tmux's passthrough reaches the outer terminal anyway
// tmux is asked once, with a time limit, never while a key waits: the explorer asks once its first
// frame is up (the child process costs ~4 ms of the main thread, ~9 ms to answer), --copy after the
// answer is printed.
import { builtin } from "../builtin";

// node:child_process brings node:net and the stream modules with it (~8 ms of every start-up, a
// quick lookup's included): it loads when tmux is first asked.
const childProcess = () => builtin("node:child_process");

/** Where a copy goes: straight to the terminal (no tmux), through tmux, or nowhere; unknown when tmux did not say. */
export type ClipRoute = "terminal" | "tmux" | "passthrough" | "dropped" | "unknown";

/** The line to add to tmux.conf so that a copy from inside tmux arrives. */
export const TMUX_CONF_LINE = "set -g set-clipboard on";

const ASK_MS = 500;
const FORMAT = "#{set-clipboard} #{allow-passthrough}";

const tmuxArgs = (env: NodeJS.ProcessEnv): string[] => [
  "display-message",
  "-p",
  ...(env.TMUX_PANE ? ["-t", env.TMUX_PANE] : []),
  FORMAT,
];

/** The route, from tmux's answer to FORMAT (null: no answer). */
export function routeOf(answer: string | null): ClipRoute {
  if (answer === null) return "unknown";
  const [clipboard, passthrough] = answer.trim().split(/\s+/);
  if (clipboard === "on") return "tmux";
  if (passthrough === "on" || passthrough === "all" || passthrough === "1") return "passthrough";
  if (clipboard === "off" || clipboard === "external") return "dropped";
  return "unknown";
}

/** The route before tmux has answered. */
export const unaskedRoute = (env: NodeJS.ProcessEnv): ClipRoute => (env.TMUX ? "unknown" : "terminal");

/** Asks tmux, in the background; settles within ASK_MS whatever tmux does. */
export function askClipRoute(env: NodeJS.ProcessEnv = process.env): Promise<ClipRoute> {
  if (!env.TMUX) return Promise.resolve("terminal");
  return new Promise((resolve) => {
    try {
      childProcess().execFile("tmux", tmuxArgs(env), { timeout: ASK_MS, env }, (error, stdout) =>
        resolve(routeOf(error ? null : stdout)),
      );
    } catch {
      resolve("unknown");
    }
  });
}

/** Asks tmux and waits for the answer (at most ASK_MS): for --copy, once its answer is printed. */
export function clipRouteNow(env: NodeJS.ProcessEnv = process.env): ClipRoute {
  if (!env.TMUX) return "terminal";
  try {
    return routeOf(
      childProcess().execFileSync("tmux", tmuxArgs(env), { timeout: ASK_MS, env, encoding: "utf8", stdio: "pipe" }),
    );
  } catch {
    return "unknown";
  }
}
