// Entry point. The build makes it CommonJS, one file with every quick lookup (scripts/build.mjs);
// the explorer's ES modules are imported from main only when it opens.
import { main } from "./cli/main";

// `court-report | head -1`: the reader leaving early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
