// Runs the built CLI (dist/cli.js; `npm run build` first) the way a user's shell or script would.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { charts } from "../../data/index";
import { missingTool } from "./tools";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout split into lines, without the final empty one. */
  lines: string[];
}

type Env = Record<string, string | undefined>;

export interface Spawn {
  /**
   * Runs it as another user (only root can), e.g. to meet a directory it may not write, from a `cwd`
   * that holds a copy of dist/ that user can read.
   */
  readonly as?: { uid: number; gid: number; cwd: string };
  /** The working directory, for a program that must leave it as it found it. */
  readonly cwd?: string;
  /** A descriptor for stdout or stderr instead of a pipe, e.g. one opened on /dev/full. */
  readonly stdout?: number;
  readonly stderr?: number;
}

const CLI = join(process.cwd(), "dist/cli.js");
const script = (how: Spawn) => (how.as ? join(how.as.cwd, "dist/cli.js") : CLI);

/** Piped stdout and stderr, no terminal; NO_COLOR, FORCE_COLOR, COLUMNS and the ambiwidth are cleared unless given. */
function spawnArgs(env: Env, how: Spawn) {
  return {
    ...how.as,
    ...(how.cwd !== undefined && { cwd: how.cwd }),
    env: {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      COLUMNS: undefined,
      COURT_REPORT_AMBIWIDTH: undefined,
      ...env,
    },
    stdio: ["ignore", how.stdout ?? "pipe", how.stderr ?? "pipe"] as ["ignore", number | "pipe", number | "pipe"],
  };
}

const runOf = (status: number | null, stdout: string, stderr: string): Run => ({
  status,
  stdout,
  stderr,
  lines: stdout.replace(/\n$/, "").split("\n"),
});

/** The built CLI (dist/cli.js) as a user's shell or script runs it. */
export function cli(args: readonly string[], env: Env = {}, how: Spawn = {}): Run {
  const r = spawnSync(process.execPath, [script(how), ...args], {
    ...spawnArgs(env, how),
    encoding: "utf8",
    timeout: 20_000,
  });
  return runOf(r.status, r.stdout ?? "", r.stderr ?? "");
}

/** The same without blocking, for many runs side by side. */
export function cliAsync(args: readonly string[], env: Env = {}, how: Spawn = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script(how), ...args], spawnArgs(env, how));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (d: Buffer) => out.push(d));
    child.stderr?.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve(runOf(status, Buffer.concat(out).toString("utf8"), Buffer.concat(err).toString("utf8"))),
    );
  });
}

/**
 * The same CLI in this process (source/cli/main.ts, as dist/cli.js runs it) with stdout and stderr
 * captured and no terminal: for checks over hundreds of runs, where a spawn each would take minutes.
 */
export async function cliHere(args: readonly string[]): Promise<Run> {
  const { main } = await import("../../source/cli/main");
  const { terminalSize } = await import("../../source/terminal/size");
  const captured = { stdout: "", stderr: "" };
  const status = await main([...args], {
    terminal: false,
    size: () => terminalSize({}, process.env),
    out(text) {
      captured.stdout += text;
    },
    err(text) {
      captured.stderr += text;
    },
  });
  const { stdout, stderr } = captured;
  return { status, stdout, stderr, lines: stdout.replace(/\n$/, "").split("\n") };
}

/** `script` (util-linux) gives the CLI a real pseudo-terminal and records the raw bytes it writes. */
export const scriptAvailable = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** In a terminal, the explorer keeps its place in a fresh state directory of the run's own. */
export function cliInTerminal(args: readonly string[], env: Record<string, string | undefined> = {}): string {
  if (!scriptAvailable) throw missingTool("script");
  const line = ["node", CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const state = mkdtempSync(join(tmpdir(), "court-state-"));
  try {
    return execFileSync("script", ["-qec", `stty cols 80 rows 24; ${line}`, "/dev/null"], {
      encoding: "utf8",
      env: {
        ...process.env,
        NO_COLOR: undefined,
        FORCE_COLOR: undefined,
        TERM: "xterm-256color",
        XDG_STATE_HOME: state,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 20_000,
    });
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}

/** Every text-output form of every command, for checks that hold across all of them. */
export const TEXT_COMMANDS: readonly (readonly string[])[] = [
  [],
  ["--help"],
  ["glossary", "sfss"],
  ["glossary", "诉讼"],
  ["glossary", "--all"],
  ["glossary", "--help"],
  ["glossary", "诉讼", "--limit", "3"],
  ["metrics"],
  ["metrics", "--sources"],
  ["metrics", "执行", "--sources"],
  ["metrics", "--category", "刑事"],
  ["metrics", "万元"],
  ["metrics", "--help"],
  ["toc"],
  ["toc", "--help"],
  ["read", "2.4"],
  ["read", "执行"],
  ["read", "2"],
  ["read", "附件一"],
  ["read", "5"],
  ["read", "2.2.p4"],
  ["read", "--help"],
  ["search", "示范诉讼"],
  ["search", "sfss", "--limit", "50"],
  ["search", "执行"],
  ["search", "--help"],
  ["chart"],
  ...charts.map((c) => ["chart", c.id]),
  ["chart", "--help"],
  ["help"],
  ["help", "help"],
];
