// The program that dist/cli.js runs (through the code cache, source/code-cache.ts). The build makes it
// CommonJS, one file with every quick lookup (scripts/build.mjs); the explorer's bundles are required
// from main only when it opens.
import { main } from "./cli/main";

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
