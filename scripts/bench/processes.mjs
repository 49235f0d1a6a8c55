// Processes timed from outside: wall and CPU time of a run to its exit, two commands alternated
// (machines are noisy), and what /proc says of a running one.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;

/**
 * CPU time (ms) of this process's children that have exited and been waited for (Linux /proc).
 * @returns {number | null}
 */
export function childrenCpu() {
  try {
    const fields = /** @type {string} */ (readFileSync("/proc/self/stat", "utf8").split(") ")[1]).split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
  } catch {
    return null;
  }
}

/**
 * CPU time (ms) a running process has used so far (Linux /proc).
 * @param {number} pid
 * @returns {number | null}
 */
export function processCpu(pid) {
  try {
    const fields = /** @type {string} */ (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    return null;
  }
}

/**
 * @param {number | null} before
 * @returns {number | null}
 */
export const cpuSince = (before) => (before === null ? null : Number(childrenCpu()) - before);

/**
 * @typedef {{ wall: number, cpu: number | null }} Timing
 * @typedef {{ a: number[], b: number[], ratios: number[], cpuRatios: number[] }} Alternated
 */

/**
 * Wall time and CPU time of one run to exit, output drained.
 * @param {string} command
 * @param {readonly string[]} args
 * @returns {Promise<Timing>}
 */
export function wall(command, args) {
  return new Promise((resolve, reject) => {
    const cpu = childrenCpu();
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.resume();
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", () => resolve({ wall: performance.now() - t0, cpu: cpuSince(cpu) }));
  });
}

/**
 * Runs `a` and `b` alternately `runs` times (after one untimed warm-up each). Each returns
 * { wall, cpu } in ms (cpu null where unknown); gives both samples and b/a per pair.
 * @param {() => Promise<Timing>} a
 * @param {() => Promise<Timing>} b
 * @param {number} runs
 * @returns {Promise<Alternated>}
 */
export async function alternate(a, b, runs) {
  await a();
  await b();
  /** @type {[Timing, Timing][]} */
  const pairs = [];
  for (let i = 0; i < runs; i++) pairs.push([await a(), await b()]);
  /** @param {keyof Timing} key */
  const ratio = (key) => pairs.filter(([x, y]) => x[key] && y[key]).map(([x, y]) => Number(y[key]) / Number(x[key]));
  return {
    a: pairs.map(([x]) => x.wall),
    b: pairs.map(([, y]) => y.wall),
    ratios: ratio("wall"),
    cpuRatios: ratio("cpu"),
  };
}

/**
 * The pid of the program `script` runs (its only child), for /proc.
 * @param {number | undefined} pid
 * @returns {number | null}
 */
export function childPid(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0]) || null;
  } catch {
    return null;
  }
}

/**
 * @param {number} pid
 * @returns {number | null}
 */
export function peakRss(pid) {
  try {
    const kbHwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kbHwm ? Number(kbHwm) * 1024 : null;
  } catch {
    return null;
  }
}
