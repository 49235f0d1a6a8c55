// Runs a CommonJS bundle with V8's compiled code of it kept between runs, in the user's cache
// directory: compiling dist/main.js and the functions a lookup first calls is about a third of a
// quick lookup's time beyond `node -e 0` (docs/performance.md). Node >= 22.1's own compile cache
// (module.enableCompileCache) is not on Node 20, the floor. The first run, and the first after an
// upgrade, compiles as before and writes the cache as it ends; a cache that cannot be read, is
// rejected by V8 or cannot be written only costs that time again, never the run.
import { readdirSync, readFileSync, unlinkSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { writeAtomic } from "./store/atomic-file";
import { cacheDir } from "./store/paths";

const PREFIX = "code-";

/** The files of one build on this Node. V8 rejects code made by another V8 or with other flags, but
 * of the source it checks only the length: the bundle's own hash names the files. */
const buildPrefix = (hash: string): string => `${PREFIX}${hash}-${process.version}-${process.arch}-`;

/**
 * The cache's file for `command` (commandOf): each command keeps the code of the functions it calls,
 * which a cache made by another command lacks.
 */
const cacheFile = (dir: string, hash: string, command: string): string =>
  join(dir, `${buildPrefix(hash)}${command}.bin`);

/** The command a command line runs, as far as the cache cares: its first word when it looks like one;
 * without a word, the explorer, unless the line asks for the help or the version. */
export function commandOf(args: readonly string[]): string {
  const word = args.find((a) => !a.startsWith("-"));
  if (word === undefined) return args.some((a) => /^(-h|--help|-v|--version)$/.test(a)) ? "other" : "explorer";
  return /^[a-z]{1,16}$/.test(word) ? word : "other";
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes the code compiled so far (the top level and every function called). Other builds' caches
 * go, and temporary files a killed run left (another run's, removed as it writes, only loses its write). */
function save(script: Script, path: string, hash: string): void {
  try {
    writeAtomic(path, script.createCachedData());
    const dir = dirname(path);
    for (const name of readdirSync(dir))
      if ((name.startsWith(PREFIX) && !name.startsWith(buildPrefix(hash))) || name.startsWith(`.${PREFIX}`))
        unlinkSync(join(dir, name));
  } catch {
    // A full disk or a read-only home: the next run compiles again.
  }
}

/**
 * Runs `file` as Node would require it as the main program's module, with the compiled code of
 * the bundle named `hash` for the command of `args` from the cache directory of `env`.
 */
export function runCached(file: string, hash: string, args: readonly string[], env: NodeJS.ProcessEnv): void {
  const dir = cacheDir(env);
  const path = dir === null ? null : cacheFile(dir, hash, commandOf(args));
  const cachedData = path === null ? undefined : readCache(path);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  // Saved when the run ends, so the functions it called are in it too; only after a run that went
  // well, so that a mistyped command makes no file of its own.
  if (path !== null && (cachedData === undefined || script.cachedDataRejected))
    process.once("beforeExit", () => {
      if (!process.exitCode) save(script, path, hash);
    });
  const require = createRequire(file);
  const module = new Module(file);
  module.filename = file;
  // The explorer's bundles require this one by name for the modules it provides: one copy, this one.
  require.cache[file] = module;
  script.runInThisContext()(module.exports, require, module, file, dirname(file));
  module.loaded = true;
}
