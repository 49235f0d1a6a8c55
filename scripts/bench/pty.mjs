// The explorer on a real pseudo-terminal (util-linux `script`): started on a screen of a given
// size, keys sent, its output waited for and counted, byte for byte.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { snapshot } from "./run.mjs";

const hasScript = spawnSync("script", ["--version"], { stdio: "ignore" }).status === 0;
const ESC = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78MDEc])/g;

/**
 * One shell word.
 * @param {string} word
 */
export const sh = (word) => `'${word.replaceAll("'", `'\\''`)}'`;

/** The explorer's state directory while the bench runs: emptied before each start, so every start
 * is a first one, unless a figure keeps the place it wrote there. */
const stateHome = join(snapshot, "state");
export const sessionFile = join(stateHome, "court-report", "session.json");

/**
 * @typedef {object} Session
 * @property {import("node:child_process").ChildProcessByStdio<import("node:stream").Writable, import("node:stream").Readable, null>} child
 * @property {number} t0
 * @property {number} bytes
 * @property {Buffer[]} chunks
 * @property {number} lastWrite
 * @property {Promise<{ code: number | null, at: number }>} exited
 * @property {() => string} text
 */

/**
 * A command on a fresh 80x24 pseudo-terminal (util-linux `script`), stdin kept open for keys.
 * `chunks` holds everything the terminal receives from the program, byte for byte.
 * @param {string} commandLine
 * @param {{ cols?: number, rows?: number, kept?: boolean }} [size]
 * @returns {Session}
 */
export function pty(commandLine, { cols = 80, rows: height = 24, kept = false } = {}) {
  if (!kept) rmSync(sessionFile, { force: true });
  const t0 = performance.now();
  const child = spawn("script", ["-qfec", `stty cols ${cols} rows ${height}; exec ${commandLine}`, "/dev/null"], {
    stdio: ["pipe", "pipe", "ignore"],
    env: { ...process.env, TERM: "xterm-256color", COLUMNS: "", LINES: "", XDG_STATE_HOME: stateHome },
  });
  /** @type {Session} */
  const session = {
    child,
    t0,
    bytes: 0,
    chunks: [],
    lastWrite: t0,
    exited: new Promise((resolve) => child.on("close", (code) => resolve({ code, at: performance.now() }))),
    text: () => Buffer.concat(session.chunks).toString("utf8").replace(ESC, ""),
  };
  child.stdout.on("data", (chunk) => {
    session.chunks.push(chunk);
    session.bytes += chunk.length;
    session.lastWrite = performance.now();
  });
  return session;
}

/** @param {number} t */
export const sleep = (t) => new Promise((r) => setTimeout(r, t));

/**
 * Resolves with the time since spawn when `marker` (plain text, escapes removed) is on screen, or null on timeout/exit.
 * @param {Session} session
 * @param {string} marker
 * @returns {Promise<number | null>}
 */
export async function waitFor(session, marker, timeout = 10_000) {
  const deadline = performance.now() + timeout;
  let done = false;
  session.exited.then(() => (done = true));
  while (performance.now() < deadline) {
    if (session.text().includes(marker)) return session.lastWrite - session.t0;
    if (done) return null;
    await sleep(2);
  }
  return null;
}

/**
 * Waits until the program has written nothing for `quiet` ms; returns the bytes written since `from`.
 * @param {Session} session
 * @param {number} from
 * @returns {Promise<number>}
 */
export async function settle(session, from, quiet = 250) {
  const start = performance.now();
  while (performance.now() - session.lastWrite < quiet || performance.now() - start < quiet) await sleep(10);
  return session.bytes - from;
}

/** Milliseconds from each key sent by key() until the last byte the explorer wrote for it. */
/** @type {number[]} */
export const keyLatencies = [];

/**
 * @param {Session} session
 * @param {string} keys
 * @returns {Promise<number>}
 */
export async function key(session, keys) {
  const from = session.bytes;
  const sent = performance.now();
  session.child.stdin.write(keys);
  const bytes = await settle(session, from);
  if (bytes > 0) keyLatencies.push(session.lastWrite - sent);
  return bytes;
}

/** @param {Session} session */
export async function close(session) {
  session.child.stdin.write("\x03");
  const exited = await Promise.race([session.exited, sleep(3000).then(() => null)]);
  if (!exited) session.child.kill("SIGKILL");
}

/** The explorer's footer, the last thing a frame draws: its appearance marks the first full frame. */
export const FOOTER_MARKER = "帮助";

/** Why the explorer cannot be measured on this machine or bundle, or null when it can. */
export function explorerAvailable() {
  if (!hasScript) return "no `script` (util-linux) on this machine";
  const chunks = join(snapshot, "dist/chunks");
  if (!existsSync(chunks) || !readdirSync(chunks).some((f) => f.startsWith("mount")))
    return "not available yet (no explorer chunk in dist/)";
  return null;
}
