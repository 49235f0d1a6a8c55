// One copy of each of our modules per process, however many bundles load it. dist/cli.js holds the
// data, search and text modules the quick lookups need; the explorer's bundles (the first paint in
// CommonJS, Ink's half in ES modules) need many of the same. Bundled again, each copy would be
// compiled and run again before the first frame (the report's data parsed twice), and module state
// such as the ambiguous-width setting would exist twice. Instead a bundle that provides modules
// exports them by key (registryEntry), and a bundle that uses them resolves each import of one to
// `require(<provider>)[key]` (sharedFrom).

import { relative, resolve } from "node:path";

/** Our modules only: dependencies keep esbuild's own handling (and the explorer's patches). */
const OURS = /^(source|data)\/.*\.tsx?$|^package\.json$/;

/**
 * The registry key of a module: its path from the project root as an identifier.
 * @param {string} root
 * @param {string} path
 * @returns {string}
 */
export function moduleKey(root, path) {
  return `m_${relative(root, path).replace(/[^A-Za-z0-9]/g, "_")}`;
}

/**
 * The project's own modules among a metafile's inputs, as absolute paths.
 * @param {string} root
 * @param {import("esbuild").Metafile} metafile
 * @returns {Set<string>}
 */
export function ownInputs(root, metafile) {
  return new Set(
    Object.keys(metafile.inputs)
      .filter((input) => OURS.test(input))
      .map((input) => resolve(root, input)),
  );
}

/**
 * An entry's source that is `entry` and also exports each of `modules` under its key, for esbuild's
 * stdin: the bundle built from it provides them to the others.
 * @param {string} root
 * @param {string} entry
 * @param {Iterable<string>} modules
 * @returns {string}
 */
export function registryEntry(root, entry, modules) {
  /** @type {Map<string, string>} */
  const keys = new Map();
  for (const path of modules) {
    const key = moduleKey(root, path);
    if (keys.has(key)) throw new Error(`${path} and ${keys.get(key)} have the same key ${key}`);
    keys.set(key, path);
  }
  return [
    `export * from ${JSON.stringify(resolve(root, entry))};`,
    ...[...keys].map(([key, path]) => `export * as ${key} from ${JSON.stringify(path)};`),
  ].join("\n");
}

/**
 * An esbuild plugin: every import of a module in `provided` (absolute path → the provider's file,
 * as this bundle requires it) becomes that provider's export of the module.
 * @param {string} root
 * @param {Map<string, string>} provided
 * @returns {import("esbuild").Plugin}
 */
export function sharedFrom(root, provided) {
  return {
    name: "use-shared",
    setup(b) {
      b.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData?.inner || args.namespace === "shared") return undefined;
        const found = await b.resolve(args.path, {
          importer: args.importer,
          resolveDir: args.resolveDir,
          kind: args.kind,
          pluginData: { inner: true },
        });
        if (found.errors.length > 0 || !provided.has(found.path)) return undefined;
        return { path: found.path, namespace: "shared" };
      });
      b.onResolve({ filter: /./, namespace: "shared" }, ({ path }) => ({ path, external: true }));
      b.onLoad({ filter: /./, namespace: "shared" }, ({ path }) => ({
        contents: `module.exports = require(${JSON.stringify(provided.get(path))}).${moduleKey(root, path)};`,
        loader: "js",
      }));
    },
  };
}
