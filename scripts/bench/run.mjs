// What every figure of one bench run shares: its flags, the private copy of the bundle it measures,
// and the node that bundle is timed against.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const quick = process.argv.includes("--quick");
const onlyAt = process.argv.indexOf("--only");
export const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? "") : "";
export const RUNS = quick ? 3 : 20;
// A private copy of the bundle: a rebuild while the bench runs (npm test, another terminal) would
// otherwise swap the files mid-measurement.
export const snapshot = mkdtempSync(join(tmpdir(), "court-report-bench-dist-"));
process.on("exit", () => rmSync(snapshot, { recursive: true, force: true }));
export const cli = join(snapshot, "dist/cli.js");
// The code cache the bin keeps (source/code-cache.ts) lives in a directory of the run's own: the run
// starts without one, as a first start does, and leaves the user's cache alone.
export const cacheHome = mkdtempSync(join(tmpdir(), "court-report-bench-cache-"));
process.env.XDG_CACHE_HOME = cacheHome;
process.on("exit", () => rmSync(cacheHome, { recursive: true, force: true }));
export const node = process.execPath;
// The bundle runs as npm's bin does, through its shebang, so whatever that line holds is part of
// what is measured. PATH puts this node first, the one `node -e 0` is timed with.
process.env.PATH = `${dirname(node)}${delimiter}${process.env.PATH ?? ""}`;
