// Entry point, kept tiny: everything else is imported after the compile cache is on, so Node can
// reuse the compiled code of the bundle's chunks on later runs (Node >= 22.1; a no-op on Node 20).
import module from "node:module";

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// `court-report | head -1`: the reader leaving early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const { main } = await import("./cli/main");
process.exitCode = await main(process.argv.slice(2));
