// Draws frames of plain lines with an Ink (the installed one, or one bundled with the explorer's
// patches) onto a fake terminal (./vt-screen.ts): what the screen shows and what was written after
// each frame, for the tests of the dependency patches and of the layers over Ink's stdout.
import { screenStream, VtScreen } from "./vt-screen";

/** The parts of Ink and React a drawing needs: `import("ink")` with React's createElement, or a bundle. */
export interface InkParts {
  render: typeof import("ink").render;
  Box: typeof import("ink").Box;
  Text: typeof import("ink").Text;
  createElement: typeof import("react").createElement;
}

export interface Drawing {
  /** The screen's lines after each frame. */
  shown: string[][];
  /** The bytes written for each frame. */
  bytes: string[];
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Each frame rendered incrementally, as the explorer renders, through `through` (the layers under
 * test) onto a fresh screen of `columns` × `rows`; `wrap` is the Text's wrap mode, as a row is drawn.
 */
export async function drawFrames(
  ink: InkParts,
  frames: readonly (readonly string[])[],
  options: {
    columns: number;
    rows: number;
    through?: (stdout: NodeJS.WriteStream) => NodeJS.WriteStream;
    wrap?: "truncate-end";
  },
): Promise<Drawing> {
  const { render, Box, Text, createElement: h } = ink;
  const screen = new VtScreen(options.columns, options.rows);
  const written: string[] = [];
  const terminal = screenStream(screen, written);
  const app = render(h(Box), {
    stdout: options.through ? options.through(terminal) : terminal,
    incrementalRendering: true,
    patchConsole: false,
    exitOnCtrlC: false,
    // Nothing here depends on timing; a short throttle window keeps the tests quick.
    maxFps: 1000,
  });
  const drawing: Drawing = { shown: [], bytes: [] };
  try {
    for (const lines of frames) {
      const from = written.length;
      const rows = lines.map((l, i) => h(Text, { key: i, ...(options.wrap && { wrap: options.wrap }) }, l));
      app.rerender(h(Box, { flexDirection: "column" }, ...rows));
      await tick(3);
      drawing.shown.push(screen.lines());
      drawing.bytes.push(written.slice(from).join(""));
    }
  } finally {
    app.unmount();
  }
  return drawing;
}
