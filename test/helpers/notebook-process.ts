// Runs test/helpers/notebook-child.ts as its own process (bundled once by esbuild, so it starts in
// tens of milliseconds), to be killed or to race another one.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { NoteOp } from "../../source/notes/note";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The child, bundled into a scratch directory; returns its path. */
export async function bundleNotebookChild(): Promise<string> {
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  const dir = mkdtempSync(join(root, "node_modules/.cache/court-report-notebook-"));
  const out = join(dir, "child.mjs");
  await build({
    entryPoints: [join(root, "test/helpers/notebook-child.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: out,
    logLevel: "silent",
  });
  return out;
}

export interface ChildRun {
  /** How many ops it confirmed (each confirmed op i < confirmed was saved). */
  confirmed: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Saves `ops` into the notebook at `path` in a child; `killAfterMs` SIGKILLs it from outside after
 * that long, `crash` makes it kill itself inside a save (see notebook-child.ts).
 */
export function runChild(
  child: string,
  path: string,
  ops: readonly NoteOp[],
  options: { killAfterMs?: number; crash?: string } = {},
): Promise<ChildRun> {
  const opsFile = join(mkdtempSync(join(root, "node_modules/.cache/court-report-ops-")), "ops.json");
  writeFileSync(opsFile, JSON.stringify(ops));
  const proc: ChildProcess = spawn(process.execPath, [child, path, opsFile], {
    env: { ...process.env, CRASH: options.crash ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  proc.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const timer =
    options.killAfterMs === undefined ? undefined : setTimeout(() => proc.kill("SIGKILL"), options.killAfterMs);
  return new Promise((resolve) => {
    proc.on("close", (code, signal) => {
      clearTimeout(timer);
      const confirmed = stdout.split("\n").filter((l) => /^ok \d+$/.test(l)).length;
      resolve({ confirmed, code, signal, stderr });
    });
  });
}
