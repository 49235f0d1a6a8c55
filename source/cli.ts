// Entry point, dist/cli.js: runs dist/main.js (every command, and the explorer's launch) through the
// code cache. The build names main.js's hash; it also makes this bundle the one that holds the
// store's path and file modules, which main.js and the explorer then require from it.
import { join } from "node:path";
import { runCached } from "./code-cache";

declare const MAIN_HASH: string;

runCached(join(__dirname, "main.js"), MAIN_HASH, process.argv.slice(2), process.env);
