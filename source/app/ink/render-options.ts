// Ink options that decide what a keystroke costs on the wire: the explorer renders with them, and
// test/perf-bytes.test.tsx measures with them.
export const RENDER_OPTIONS = { incrementalRendering: true, maxFps: 30 } as const;

/** Ink draws at most one frame per this many milliseconds (its throttle window). */
export const FRAME_MS = 1000 / RENDER_OPTIONS.maxFps;
