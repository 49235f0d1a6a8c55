// Runs a program in a real terminal (tmux on a private socket) for end-to-end tests. Suites that use it
// skip without tmux only outside CI (./tools.ts); under CI, startTerminal fails with a clear message.
//
//   const term = await startTerminal({ command: ["node", "dist/cli.js"], columns: 80, rows: 24 });
//   try {
//     await term.keys("4");               // tmux key names: Up Down Enter Escape Tab BSpace C-c PageDown q …
//     await term.type("示范诉讼");          // literal text, CJK fine; term.paste(text) sends it as one paste
//     await term.keys("Escape");          // alone: Escape and q in one keys() call arrive as Alt-q
//     const screen = await term.screen(); // plain text, one string per row (trailing blanks trimmed by tmux)
//     expect(await term.alternateOn()).toBe(true);   // also: cursorVisible()
//     await term.resize(40, 12);
//     term.signal("SIGTERM");             // to the program itself, not to a wrapper shell
//     expect(await term.exitStatus()).toBe(143);
//     expect(await term.ttyModes()).toMatchObject({ icanon: true, echo: true });
//   } finally {
//     term.close();                       // always: kills the private tmux server
//   }
//
// Also: waitFor(text), settle(), format("#{pane_title}"), buffers() (an OSC 52 write makes one), pid(),
// running(), killPane(), and processEnds(pid) for after close() or killPane(). Every step that sends input waits until the screen has stopped changing. The pane runs
//   sh -c 'echo $$ > pid; exec COMMAND'; echo $? > status; stty -a > stty; exec sleep …
// so the program's pid, exit status and the terminal modes it left behind can be read, and the
// pane (with #{alternate_on}) stays alive after the program exits.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { missingTool } from "./tools";

export interface TerminalOptions {
  command: string[];
  columns: number;
  rows: number;
  /** Added to TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 and fresh XDG_STATE_HOME,
   * XDG_DATA_HOME and XDG_CONFIG_HOME of this terminal's own (so no test resumes another's place or
   * sees its notes, and none writes to the user's); undefined unsets a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface TtyModes {
  icanon: boolean;
  echo: boolean;
  /** The whole `stty -a` output, for failure messages. */
  stty: string;
}

export interface Terminal {
  keys(...names: string[]): Promise<string>;
  type(text: string): Promise<string>;
  /** Sends bytes as they are (escape sequences included), as a paste would. */
  paste(text: string): Promise<string>;
  screen(options?: { escapes?: boolean }): Promise<string>;
  /** Waits until the screen stops changing (or timeoutMs passes) and returns it. */
  settle(timeoutMs?: number): Promise<string>;
  /** Waits until the screen satisfies `test` (a substring or a predicate); throws with the screen on timeout. */
  waitFor(test: string | ((screen: string) => boolean), timeoutMs?: number): Promise<string>;
  alternateOn(): Promise<boolean>;
  cursorVisible(): Promise<boolean>;
  /** A tmux format of the pane, e.g. "#{pane_title}". */
  format(text: string): string;
  /** Names of tmux paste buffers (an OSC 52 clipboard write from the program would add one). */
  buffers(): string[];
  /** The text of a tmux paste buffer. */
  buffer(name: string): string;
  resize(columns: number, rows: number): Promise<string>;
  /** The program's pid (the command itself, not the wrapper shell). */
  pid(): number;
  signal(name: NodeJS.Signals): void;
  /** Resolves with the exit status once the program has exited; throws after timeoutMs. */
  exitStatus(timeoutMs?: number): Promise<number>;
  /** Terminal modes after the program exited (waits for the exit). */
  ttyModes(timeoutMs?: number): Promise<TtyModes>;
  /** Whether the program is still running. */
  running(): boolean;
  /** Closes the pane as `tmux kill-pane` does: the pty goes away under the program (SIGHUP, then EIO). */
  killPane(): void;
  /** Kills the tmux server (closing the pty sends SIGHUP to the program), waits for the program to end and
   * removes temp files. */
  close(): void;
}

let counter = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function tmuxAvailable(): boolean {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Whether `pid` still runs: a zombie (reaped late where no init reaps orphans) has finished writing. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/** Blocks until process `pid` is gone or timeoutMs has passed (close() is synchronous, as afterEach wants). */
function waitUntilGone(pid: number, timeoutMs: number): void {
  const end = Date.now() + timeoutMs;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  while (Date.now() < end) {
    if (!alive(pid)) return;
    Atomics.wait(cell, 0, 0, 25);
  }
}

/** Whether process `pid` is gone within timeoutMs, e.g. after its terminal closed under it (close() removes
 * the pid file, so read term.pid() first). */
export async function processEnds(pid: number, timeoutMs = 5000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    await sleep(50);
    if (!alive(pid)) return true;
  }
  return false;
}

export async function startTerminal(options: TerminalOptions): Promise<Terminal> {
  if (!tmuxAvailable()) throw missingTool("tmux");
  const dir = mkdtempSync(join(tmpdir(), "court-tmux-"));
  const socket = `court-${process.pid}-${++counter}`;
  const files = { pid: join(dir, "pid"), status: join(dir, "status"), stty: join(dir, "stty") };
  const tmux = (...args: string[]) =>
    execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8", cwd: options.cwd });

  const env = {
    TERM: "xterm-256color",
    LANG: "C.UTF-8",
    LC_ALL: "C.UTF-8",
    XDG_STATE_HOME: join(dir, "state"),
    XDG_DATA_HOME: join(dir, "data"),
    XDG_CONFIG_HOME: join(dir, "config"),
    ...options.env,
  };
  const setEnv = Object.entries(env)
    .map(([k, v]) => (v === undefined ? `unset ${k}` : `export ${k}=${quote(v)}`))
    .join("; ");
  const program = options.command.map(quote).join(" ");
  const inner = `echo $$ > ${quote(files.pid)}; exec ${program}`;
  const script = [
    setEnv,
    options.cwd ? `cd ${quote(options.cwd)}` : "true",
    `sh -c ${quote(inner)}`,
    `echo $? > ${quote(files.status)}.tmp`,
    `stty -a > ${quote(files.stty)} 2>&1`,
    `mv ${quote(files.status)}.tmp ${quote(files.status)}`,
    "exec sleep 86400",
  ].join("; ");

  tmux(
    "-f",
    "/dev/null",
    "new-session",
    "-d",
    "-s",
    "t",
    "-x",
    String(options.columns),
    "-y",
    String(options.rows),
    script,
  );
  tmux("set-option", "-t", "t", "status", "off");
  // Let an OSC 52 clipboard write from the program become a tmux buffer, so tests can see it.
  tmux("set-option", "-g", "set-clipboard", "on");
  tmux("resize-window", "-t", "t", "-x", String(options.columns), "-y", String(options.rows));

  const capture = (escapes = false) => tmux("capture-pane", "-p", ...(escapes ? ["-e"] : []), "-t", "t");

  const term: Terminal = {
    async keys(...names) {
      tmux("send-keys", "-t", "t", ...names);
      return term.settle();
    },
    async type(text) {
      tmux("send-keys", "-t", "t", "-l", text);
      return term.settle();
    },
    async paste(text) {
      // As a terminal pastes: one write, LF sent as CR, no bracketed-paste markers (no -p).
      tmux("set-buffer", "-b", "paste", text);
      tmux("paste-buffer", "-d", "-b", "paste", "-t", "t");
      return term.settle();
    },
    async screen(opts = {}) {
      return capture(opts.escapes);
    },
    async settle(timeoutMs = 5000) {
      const end = Date.now() + timeoutMs;
      let last = capture(true);
      let same = 0;
      while (Date.now() < end && same < 5) {
        await sleep(40);
        const now = capture(true);
        same = now === last ? same + 1 : 0;
        last = now;
      }
      return capture();
    },
    async waitFor(test, timeoutMs = 5000) {
      const ok = typeof test === "string" ? (s: string) => s.includes(test) : test;
      const end = Date.now() + timeoutMs;
      for (;;) {
        const s = capture();
        if (ok(s)) return s;
        if (Date.now() > end) throw new Error(`screen never matched ${String(test)}; it shows:\n${s}`);
        await sleep(40);
      }
    },
    async alternateOn() {
      return tmux("display-message", "-p", "-t", "t", "#{alternate_on}").trim() === "1";
    },
    async cursorVisible() {
      return tmux("display-message", "-p", "-t", "t", "#{cursor_flag}").trim() === "1";
    },
    format(text) {
      return tmux("display-message", "-p", "-t", "t", text).replace(/\n$/, "");
    },
    buffers() {
      return tmux("list-buffers", "-F", "#{buffer_name}")
        .split("\n")
        .filter((b) => b !== "");
    },
    buffer(name) {
      return tmux("show-buffer", "-b", name);
    },
    async resize(columns, rows) {
      tmux("resize-window", "-t", "t", "-x", String(columns), "-y", String(rows));
      return term.settle();
    },
    pid() {
      const text = existsSync(files.pid) ? readFileSync(files.pid, "utf8").trim() : "";
      if (!/^\d+$/.test(text)) throw new Error("the program has not started");
      return Number(text);
    },
    signal(name) {
      process.kill(term.pid(), name);
    },
    async exitStatus(timeoutMs = 5000) {
      const end = Date.now() + timeoutMs;
      while (!existsSync(files.status)) {
        if (Date.now() > end) throw new Error(`the program did not exit within ${timeoutMs} ms; screen:\n${capture()}`);
        await sleep(25);
      }
      return Number(readFileSync(files.status, "utf8").trim());
    },
    async ttyModes(timeoutMs) {
      await term.exitStatus(timeoutMs);
      const stty = readFileSync(files.stty, "utf8");
      const flags = new Set(stty.split(/[\s;]+/));
      return { icanon: flags.has("icanon"), echo: flags.has("echo"), stty };
    },
    running() {
      return alive(term.pid());
    },
    killPane() {
      tmux("kill-pane", "-t", "t");
    },
    close() {
      const pid = existsSync(files.pid) ? Number(readFileSync(files.pid, "utf8").trim()) : Number.NaN;
      try {
        tmux("kill-server");
      } catch {
        // already gone
      }
      // The program saves its files on the hang-up; removing them while it writes fails with ENOTEMPTY.
      if (Number.isInteger(pid)) waitUntilGone(pid, 10_000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await term.settle();
  return term;
}
