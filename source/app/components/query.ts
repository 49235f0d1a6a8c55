// A one-line text box: prompt, the end of what was typed, a block cursor when focused, and a note
// (a count, a hint) on the right when there is room.
import { width } from "../../text/width";
import type { Input } from "../state";
import { cutLine, type Line, type Segment, seg, tail } from "./styled";

export function queryLine(prompt: string, input: Input, columns: number, note = ""): Line {
  const cursor: Segment[] = input.focused ? [seg(" ", { inverse: true })] : [];
  const promptSeg = seg(prompt, { bold: true, color: input.focused ? "green" : undefined });
  const noteWidth = note === "" ? 0 : width(note) + 2;
  const room = columns - width(prompt) - cursor.length - (noteWidth <= columns / 3 ? noteWidth : 0);
  const shown = tail(input.text, Math.max(0, room));
  const left: Segment[] = [promptSeg, seg(shown), ...cursor];
  const used = width(prompt) + width(shown) + cursor.length;
  if (note !== "" && used + noteWidth <= columns)
    left.push(seg(" ".repeat(columns - used - width(note))), seg(note, { dim: true }));
  return cutLine(left, columns);
}
