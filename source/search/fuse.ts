// fuse.js forgives typos only when the matcher found nothing, so it loads then: esbuild bundles this
// require() as a module initialised on its first call, and a lookup that matches never pays for
// compiling fuse's 26 KB (a third of what a one-shot `search` compiled before its first match).
import type Fuse from "fuse.js";

let loaded: typeof Fuse | undefined;

/** The Fuse class, loaded on first use. */
export function fuseClass(): typeof Fuse {
  loaded ??= require("fuse.js") as typeof Fuse;
  return loaded;
}
