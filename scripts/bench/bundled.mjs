// Our TypeScript modules measured in this process, bundled as the CLI bundles them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { root } from "./run.mjs";

/**
 * Our TypeScript modules bundled as the CLI bundles them, then imported: `exports` maps a source path
 * (from the project root) to the names taken from it. Gives the module and how long its import took.
 * @param {Record<string, string[]>} exports
 * @returns {Promise<{ mod: unknown, load: number }>}
 */
export async function bundled(exports) {
  const dir = mkdtempSync(join(tmpdir(), "court-report-bench-"));
  try {
    const contents = Object.entries(exports)
      .map(([path, names]) => `export { ${names.join(", ")} } from ${JSON.stringify(join(root, path))};`)
      .join("\n");
    await build({
      stdin: { contents, resolveDir: root, loader: "ts" },
      outfile: join(dir, "bundle.mjs"),
      bundle: true,
      format: "esm",
      platform: "node",
      minify: true,
      logLevel: "warning",
    });
    const t0 = performance.now();
    const mod = await import(pathToFileURL(join(dir, "bundle.mjs")).href);
    return { mod, load: performance.now() - t0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
