// Builds a module the way scripts/build.mjs bundles the explorer — esbuild with every dependency
// patch of scripts/explorer-patches.mjs — so a test runs the Ink users get, not node_modules' own.
//
//   const { bundle, dispose } = await patchedBundle<{ render: typeof import("ink").render }>(
//     'export { render } from "ink";',
//   );
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { EXPLORER_PATCHES, REQUIRE } from "../../scripts/explorer-patches.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** `entry` (TypeScript, resolved from the project root) bundled with the build's patches and imported. */
export async function patchedBundle<T>(entry: string): Promise<{ bundle: T; dispose: () => void }> {
  // Inside the project, so the bundle's externals (none but Node's) resolve as dist/'s do.
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  const dir = mkdtempSync(join(root, "node_modules/.cache/court-report-bundle-"));
  await build({
    stdin: { contents: entry, resolveDir: root, loader: "tsx", sourcefile: "entry.tsx" },
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    banner: { js: REQUIRE },
    outfile: join(dir, "bundle.mjs"),
    logLevel: "error",
    ...EXPLORER_PATCHES,
  });
  const bundle = (await import(pathToFileURL(join(dir, "bundle.mjs")).href)) as T;
  return { bundle, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
