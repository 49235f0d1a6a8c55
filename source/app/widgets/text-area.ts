// A box of several lines (a note's comment): the text broken into screen lines at the width, with
// the cursor's line kept in view and drawn as a block, as the one-line query box draws it.
import { graphemes, width } from "../../text/width";
import { THEME } from "../theme";
import { type Line, type Segment, seg } from "../ui/styled";
import type { QueryBox } from "./query-box";

interface Row {
  readonly start: number;
  readonly text: string;
}

/** The text's screen lines: each of its lines, cut into pieces of at most `columns` (one column is
 * kept for the cursor at a line's end). */
function rows(text: string, columns: number): Row[] {
  const out: Row[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    let row = "";
    let at = start;
    for (const g of graphemes(part)) {
      if (row !== "" && width(row + g) > columns - 1) {
        out.push({ start: at, text: row });
        at += row.length;
        row = "";
      }
      row += g;
    }
    out.push({ start: at, text: row });
    start += part.length + 1;
  }
  return out;
}

/** At most `height` lines of the box, scrolled so the cursor shows. */
export function textAreaLines(input: QueryBox, columns: number, height: number, placeholder: string): Line[] {
  if (input.text === "") {
    const cursor = input.focused ? [seg(" ", THEME.cursor)] : [];
    return [[...cursor, seg(placeholder, THEME.muted)]];
  }
  const all = rows(input.text, Math.max(2, columns));
  // The cursor's row: the last one starting at or before it (a cursor at a row's end stays on it).
  let at = 0;
  for (let i = 0; i < all.length; i++) if (all[i]!.start <= input.cursor) at = i;
  const top = Math.max(0, Math.min(at - height + 1, all.length - height));
  return all.slice(Math.max(0, top), Math.max(0, top) + height).map((r, i): Line => {
    if (!input.focused || Math.max(0, top) + i !== at) return r.text === "" ? [] : [seg(r.text)];
    const before = r.text.slice(0, input.cursor - r.start);
    const [under = " ", ...rest] = graphemes(r.text.slice(input.cursor - r.start));
    const out: Segment[] = [seg(before), seg(under, THEME.cursor), seg(rest.join(""))];
    return out.filter((s) => s.text !== "");
  });
}
