// The table: its rows as the figures add them, the rows every kind of figure shares, and the
// judging — a budget missed makes the run exit 1; in --quick only the deterministic budgets are judged.
import { cpus, loadavg } from "node:os";
import { quick, RUNS } from "./run.mjs";
import { iqr, mb, median, ms, times } from "./stats.mjs";

/**
 * A row of the table; pass null = not judged, machine = depends on the machine.
 * @typedef {{ figure: string, median: string, spread: string, budget: string, pass: boolean | null, machine?: boolean, note: string }} Row
 */

/** @type {Row[]} */
export const rows = [];

/**
 * A ratio of two alternated timings (processes.mjs `alternate`) against its budget.
 * @param {string} figure
 * @param {import("./processes.mjs").Alternated} timings
 * @param {number} budget
 * @param {string} what
 */
export function ratioRow(figure, { a, b, ratios, cpuRatios }, budget, what) {
  const m = median(ratios);
  // CPU time suffers less from a busy machine than wall time: shown to read the wall figure by.
  const cpu = cpuRatios.length >= ratios.length / 2 ? `; CPU time ${times(median(cpuRatios))}` : "";
  rows.push({
    figure,
    median: `${times(m)} (${ms(median(b))} vs ${ms(median(a))})`,
    spread: iqr(ratios, times),
    budget: `≤ ${budget}×`,
    pass: quick ? null : m <= budget,
    machine: true,
    note: `${what}${cpu}`,
  });
}

/**
 * A peak-RSS row against the 80 MB budget (judged only in a full run: it depends on the machine).
 * @param {string} figure
 * @param {number | null} rss
 * @param {string} spread
 * @param {string} note
 */
export function memoryRow(figure, rss, spread, note) {
  rows.push({
    figure,
    median: rss ? mb(rss) : "—",
    spread,
    budget: "≤ 80 MB",
    pass: quick ? null : rss ? rss <= 80 * 1024 * 1024 : false,
    machine: true,
    note,
  });
}

/** Prints the table under a line naming the machine and the run; sets exit code 1 when a budget is missed. */
export function printReport() {
  const header = ["figure", "median", "spread (IQR)", "budget", "result", "how"];
  const table = rows.map((r) => [
    r.figure,
    r.median,
    r.spread,
    r.budget,
    r.pass === null ? (quick && r.machine ? "not judged (--quick)" : "—") : r.pass ? "pass" : "FAIL",
    r.note,
  ]);
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
  console.log(
    `court-report bench — node ${process.version}, ${cpus().length} CPUs, load average ${load}, ${RUNS} runs per start-up figure${quick ? " (--quick)" : ""}, ${new Date().toISOString()}\n`,
  );
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const r of table) console.log(`| ${r.join(" | ")} |`);
  const failed = rows.filter((r) => r.pass === false);
  if (failed.length > 0) {
    console.error(`\nbench: ${failed.length} budget(s) missed: ${failed.map((r) => r.figure).join("; ")}`);
    process.exitCode = 1;
  }
}
