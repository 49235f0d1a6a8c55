// The explorer lives for an hour of reading but keeps only ~8 MB of live JavaScript objects, while
// V8's defaults are tuned for servers: the young generation doubles from 2 MB to 16 MB as frames
// are collected, the old generation is left to grow by 8 MB steps between full collections, and
// the optimizing compilers spend memory on render code that runs once per key. Measured (issue 5,
// peak RSS): the bench's key sequence 88 → 71 MB; a 40 s session of fast keys over every pane
// 112 → 73–77 MB; keystroke to frame unchanged (11–15 ms median). These flags are read by V8 each
// time they are used, so setting them at run time works (test/runtime-heap.test.ts); as node
// options they would need a flag in the shebang, which BusyBox `env` cannot pass.

export const EXPLORER_V8_FLAGS = [
  // The young generation keeps its starting size instead of doubling on busy collections.
  "--semi-space-growth-factor=1",
  // Full collections come after 2 MB of old-generation growth instead of 8 MB.
  "--optimize-for-size",
  // Interpreter and the Sparkplug baseline compiler only: no Turbofan (nor Maglev, Node >= 22).
  "--no-turbofan",
  "--no-maglev",
] as const;

/** Applies EXPLORER_V8_FLAGS to this process. */
export async function tuneHeapForExplorer(): Promise<void> {
  // Loaded here, not with the module: node:v8 takes ~4 ms to load, and the explorer sets the flags
  // once its first frame is drawn.
  const v8 = await import("node:v8");
  for (const flag of EXPLORER_V8_FLAGS) v8.setFlagsFromString(flag);
}
