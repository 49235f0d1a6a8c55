#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --only <words>]`: the performance budgets, measured on the built
// bundle. --only runs the figures whose step name contains <words> (e.g. --only "first frame").
// Start-up figures are ratios to `node -e 0` timed in the same run, alternating the two (machines
// are noisy); the explorer runs on a real pseudo-terminal of 80x24 made by util-linux `script`.
// Prints one table and exits 1 when a budget is missed. --quick: few runs, and only the deterministic
// budgets (bytes, package) can fail: timings and memory depend on the machine (CI).
// Each figure's job is a module of scripts/bench/; this file runs them in order and prints the table.
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import { explorerBytesAndMemory, readerScrollBytes } from "./bench/bytes.mjs";
import { keysBesideLess } from "./bench/keys.mjs";
import { explorerLongSession } from "./bench/memory.mjs";
import { packageFigures } from "./bench/package.mjs";
import { printReport, rows } from "./bench/report.mjs";
import { only, root, snapshot } from "./bench/run.mjs";
import { keystrokeSearch } from "./bench/search.mjs";
import { explorerFirstFrame, quickLookup, searchStartup } from "./bench/startup.mjs";
import { noteKeys, readerKeys } from "./bench/update.mjs";

if (!existsSync(join(root, "dist/cli.js"))) {
  console.error("bench: dist/cli.js is missing; run `npm run build` first (npm run bench does)");
  process.exit(1);
}
cpSync(join(root, "dist"), join(snapshot, "dist"), { recursive: true });
const steps = {
  "quick lookup start-up": quickLookup,
  "search start-up": searchStartup,
  "explorer first frame (80x24 pty)": explorerFirstFrame,
  "keystroke search": keystrokeSearch,
  "reader keys": readerKeys,
  "note keys": noteKeys,
  "explorer bytes and memory": explorerBytesAndMemory,
  "reader scroll bytes (100x30 pty)": readerScrollBytes,
  "keys beside less": keysBesideLess,
  "explorer long session": explorerLongSession,
  package: packageFigures,
};
for (const [figure, step] of Object.entries(steps)) {
  if (!figure.includes(only)) continue;
  try {
    await step();
  } catch (error) {
    rows.push({
      figure,
      median: "—",
      spread: "",
      budget: "",
      pass: false,
      note: `failed: ${error instanceof Error ? error.message : error}`,
    });
  }
}

printReport();
