// Renders pre-cut styled lines. Each line is one <Text>, memoised by content, so React only touches
// the lines whose text or styles changed and Ink's incremental renderer rewrites only those.
import { Box, Text } from "ink";
import { memo } from "react";
import { drawnStyle, type Line, type Style } from "../ui/styled";

const key = (l: Line) => JSON.stringify(l);

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
  (a, b) => a.colors === b.colors && (a.line === b.line || key(a.line) === key(b.line)),
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
