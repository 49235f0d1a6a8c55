// A one-line text box: what was typed (already sanitised) and whether keys go to it; its editing
// actions; and its line: prompt, the end of what was typed, a block cursor when focused, and a note
// (a count, a hint) on the right when there is room.
import { sanitize } from "../../text/sanitize";
import { graphemes, width } from "../../text/width";
import type { Action } from "../actions";
import { THEME } from "../theme";
import { cutLine, type Line, type Segment, seg, tail } from "../ui/styled";

export interface Input {
  readonly text: string;
  readonly focused: boolean;
}

export const emptyInput = (focused: boolean): Input => ({ text: "", focused });

export const focusInput = (input: Input, focused: boolean): Input =>
  input.focused === focused ? input : { ...input, focused };

/** The box after an editing action; null when the action is not an edit. */
export function editInput(input: Input, action: Action): Input | null {
  switch (action.type) {
    case "type": {
      const text = sanitize(action.text);
      return text === "" ? input : { ...input, text: input.text + text };
    }
    case "erase":
      return { ...input, text: graphemes(input.text).slice(0, -1).join("") };
    case "clearInput":
      return { ...input, text: "" };
    default:
      return null;
  }
}

export function queryLine(prompt: string, input: Input, columns: number, note = ""): Line {
  const cursor: Segment[] = input.focused ? [seg(" ", THEME.cursor)] : [];
  const promptSeg = seg(prompt, input.focused ? THEME.promptFocused : THEME.prompt);
  const noteWidth = note === "" ? 0 : width(note) + 2;
  const room = columns - width(prompt) - cursor.length - (noteWidth <= columns / 3 ? noteWidth : 0);
  const shown = tail(input.text, Math.max(0, room));
  const left: Segment[] = [promptSeg, seg(shown), ...cursor];
  const used = width(prompt) + width(shown) + cursor.length;
  if (note !== "" && used + noteWidth <= columns) {
    left.push(seg(" ".repeat(columns - used - width(note))), seg(note, THEME.muted));
  }
  return cutLine(left, columns);
}
