// A one-line text box: what was typed (already sanitised), where the cursor is, and whether keys go
// to it; its editing actions (a shell line's: source/text/line-edit.ts); and its line: prompt, the
// text scrolled so the cursor shows, a block cursor when focused, and a note (a count, a hint) on
// the right when there is room.

import {
  backspace,
  deleteForward,
  deleteToEnd,
  deleteToStart,
  deleteWordBack,
  end,
  home,
  insert,
  type LineValue,
  left,
  right,
} from "../../text/line-edit";
import { sanitize } from "../../text/sanitize";
import { graphemes, width } from "../../text/width";
import type { Action, EditOp } from "../actions";
import { THEME } from "../theme";
import { cutLine, type Line, type Segment, seg } from "../ui/styled";

export interface QueryBox extends LineValue {
  readonly focused: boolean;
}

export const emptyQueryBox = (focused: boolean): QueryBox => ({ text: "", cursor: 0, focused });

/** A box holding `text`, the cursor at its end. */
export const queryBoxOf = (text: string, focused: boolean): QueryBox => ({ text, cursor: text.length, focused });

export const focusQueryBox = (input: QueryBox, focused: boolean): QueryBox =>
  input.focused === focused ? input : { ...input, focused };

const EDITS: Record<EditOp, (v: LineValue) => LineValue> = {
  backspace,
  deleteForward,
  deleteWordBack,
  deleteToStart,
  deleteToEnd,
  left,
  right,
  home,
  end,
};

/** The box after an editing action; null when the action is not an edit. With `lines`, line breaks
 * typed or pasted are kept (a comment), else they become spaces (a query). */
export function editQueryBox(input: QueryBox, action: Action, lines = false): QueryBox | null {
  switch (action.type) {
    case "type": {
      const text = sanitize(action.text, { keepNewlines: lines });
      return text === "" ? input : { ...insert(input, text, lines), focused: input.focused };
    }
    case "edit":
      return { ...EDITS[action.op](input), focused: input.focused };
    default:
      return null;
  }
}

/** The part of the text shown in `room` columns: all of it if it fits, else a window around the cursor. */
function visible(input: QueryBox, room: number): { before: string; after: string } {
  const before = input.text.slice(0, input.cursor);
  const after = input.text.slice(input.cursor);
  if (width(input.text) <= room) return { before, after };
  // Keep the cursor in view: as much before it as fits, then what follows while there is room.
  let shownBefore = "";
  for (const g of graphemes(before).reverse()) {
    if (width(g + shownBefore) > room) break;
    shownBefore = g + shownBefore;
  }
  let shownAfter = "";
  for (const g of graphemes(after)) {
    if (width(shownBefore + shownAfter + g) > room) break;
    shownAfter += g;
  }
  return { before: shownBefore, after: shownAfter };
}

export function queryBoxLine(prompt: string, input: QueryBox, columns: number, note = ""): Line {
  const promptSeg = seg(prompt, input.focused ? THEME.promptFocused : THEME.prompt);
  const noteWidth = note === "" ? 0 : width(note) + 2;
  // One column for the cursor block when it stands after the text.
  const room = columns - width(prompt) - 1 - (noteWidth <= columns / 3 ? noteWidth : 0);
  const { before, after } = visible(input, Math.max(0, room));
  const left: Segment[] = [promptSeg, seg(before)];
  if (input.focused) {
    // The block cursor sits on the character after it, or on a space at the end.
    const [under = " ", ...rest] = graphemes(after);
    left.push(seg(under, THEME.cursor), seg(rest.join("")));
  } else left.push(seg(after));
  const used = left.reduce((n, s) => n + width(s.text), 0);
  if (note !== "" && used + noteWidth <= columns) {
    left.push(seg(" ".repeat(columns - used - width(note))), seg(note, THEME.muted));
  }
  return cutLine(left, columns);
}
