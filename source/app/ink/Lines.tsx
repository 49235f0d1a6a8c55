// Renders pre-cut styled lines. Each line is one <Text>, memoised by content, so React only touches
// the lines whose text or styles changed and Ink's incremental renderer rewrites only those. Views
// build their lines afresh on every key, so a row is recognised as unchanged by comparing its
// segments field by field: no string is built for it (serialising every row of every frame was
// most of the allocation of a key that changes nothing but the selection).
import { Box, Text } from "ink";
import { memo } from "react";
import { drawnStyle, type Line, type Segment, type Style } from "../ui/styled";

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

/** Ink's props for a style (its name for dim is dimColor). Without colours (NO_COLOR, a terminal
 * chalk finds none in: source/terminal/attributes.ts) bold, dim, inverse and underline carry the meaning (a style's monochrome form). */
function propsOf(style: Style | undefined, colors: boolean) {
  if (!style) return undefined;
  const { dim, ...rest } = drawnStyle(style, colors);
  return dim ? { ...rest, dimColor: true } : rest;
}

const LineText = memo(
  function LineText({ line, colors }: { line: Line; colors: boolean }) {
    // An empty line still takes its row.
    if (line.length === 0) return <Text> </Text>;
    return (
      <Text wrap="wrap">
        {line.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a segment is its position in the line
          <Text key={i} {...propsOf(s.style, colors)}>
            {s.text}
          </Text>
        ))}
      </Text>
    );
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
