// Renders pre-cut styled lines. Each line is one <Text> holding one string with its SGR attributes
// (ui/ansi.ts, as chalk writes them), memoised by content, so React only touches the lines whose
// text or styles changed and Ink's incremental renderer rewrites only those. Views
// build their lines afresh on every key, so a row is recognised as unchanged by comparing its
// segments field by field: no string is built for it (serialising every row of every frame was
// most of the allocation of a key that changes nothing but the selection).
import { Box, Text } from "ink";
import { memo } from "react";
import { lineAnsi } from "../ui/ansi";
import type { Line, Segment, Style } from "../ui/styled";

const STYLE_KEYS = ["bold", "dim", "inverse", "underline", "color", "backgroundColor"] as const;

/** Styles are compared by what they draw, their monochrome form included. */
const sameStyle = (a: Style | undefined, b: Style | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    STYLE_KEYS.every((k) => a[k] === b[k]) &&
    (a.mono === b.mono ||
      (a.mono !== undefined && b.mono !== undefined && STYLE_KEYS.every((k) => a.mono![k] === b.mono![k]))));

const sameSegment = (a: Segment, b: Segment): boolean => a.text === b.text && sameStyle(a.style, b.style);

/** Whether two lines draw the same: same segments, same texts, same styles. */
export const sameLine = (a: Line, b: Line): boolean =>
  a === b || (a.length === b.length && a.every((s, i) => sameSegment(s, b[i]!)));

const LineText = memo(
  function LineText({ line, colors }: { line: Line; colors: boolean }) {
    // An empty line still takes its row. A row is one string with its attributes written in: one
    // element and one text node for React and Ink, however many styled segments it has.
    return <Text wrap="wrap">{line.length === 0 ? " " : lineAnsi(line, colors)}</Text>;
  },
  (a, b) => a.colors === b.colors && sameLine(a.line, b.line),
);

export function Lines({ lines, colors }: { lines: readonly Line[]; colors: boolean }) {
  return (
    <Box flexDirection="column">
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is its row on the screen
        <LineText key={i} line={l} colors={colors} />
      ))}
    </Box>
  );
}
