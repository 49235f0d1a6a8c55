// Where the user's own files live: the XDG base directories, read from the environment once per
// call so tests can point them anywhere. Notes are data (kept, backed up); the reading place and
// the query histories are state (losing them costs a little, never words); V8's compiled code of the
// program is cache (losing it costs a few milliseconds once).
import { isAbsolute, join } from "node:path";
import { builtin } from "../builtin";

const APP = "court-report";

/** An XDG variable is used only when it is an absolute path, as the spec says. */
function base(variable: string, fallback: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const value = env[variable];
  if (value && isAbsolute(value)) return join(value, APP);
  // HOME as the environment given says (empty: no home), else the account's (what os.homedir()
  // would fall back to, but without reading this process's HOME behind the given environment's back).
  const home = env.HOME !== undefined ? env.HOME : accountHome();
  return home && isAbsolute(home) ? join(home, ...fallback, APP) : null;
}

function accountHome(): string | null {
  try {
    // node:os loads only here: with HOME set, as nearly always, a lookup never loads it.
    return builtin("node:os").userInfo().homedir || null;
  } catch {
    return null;
  }
}

/** `$XDG_DATA_HOME/court-report` (default `~/.local/share/court-report`), or null without a home. */
export const dataDir = (env: NodeJS.ProcessEnv = process.env): string | null =>
  base("XDG_DATA_HOME", [".local", "share"], env);

/** `$XDG_STATE_HOME/court-report` (default `~/.local/state/court-report`), or null without a home. */
export const stateDir = (env: NodeJS.ProcessEnv = process.env): string | null =>
  base("XDG_STATE_HOME", [".local", "state"], env);

/** `$XDG_CACHE_HOME/court-report` (default `~/.cache/court-report`), or null without a home. */
export const cacheDir = (env: NodeJS.ProcessEnv = process.env): string | null =>
  base("XDG_CACHE_HOME", [".cache"], env);

/** A file of the state directory (the kept place and histories), or null without a home. */
export function stateFile(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = stateDir(env);
  return dir === null ? null : join(dir, name);
}
