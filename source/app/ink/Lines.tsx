// Renders the frame's pre-cut styled lines as one <Text>: each line one string with its SGR attributes
// (ui/ansi.ts, as chalk writes them), the lines joined by newlines. One element, one text node and one
// yoga node for the whole frame, instead of one a row: React reconciles one element and yoga lays out
// one node on every key. Ink's Output (with scripts/ink-output-patch.mjs) still draws only the rows
// whose text changed, and its incremental renderer writes only those, so the bytes are the same.
import { Text } from "ink";
import { lineAnsi } from "../ui/ansi";
import type { Line } from "../ui/styled";

/** The frame as Ink gets it: a row a line, an empty line still taking its row. */
const frameText = (lines: readonly Line[], colors: boolean): string =>
  lines.map((l) => (l.length === 0 ? " " : lineAnsi(l, colors))).join("\n");

export function Lines({ lines, colors }: { lines: readonly Line[]; colors: boolean }) {
  return <Text wrap="wrap">{frameText(lines, colors)}</Text>;
}
