// Entry point. The build makes it CommonJS, one file with every quick lookup (scripts/build.mjs);
// the explorer's ES modules are imported from main only when it opens.
import { main } from "./cli/main";
import { handleOutputErrors } from "./terminal/output-errors";

handleOutputErrors();

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
