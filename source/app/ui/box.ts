// A bordered box of ASCII "+ - |" (box-drawing characters are ambiguous width: two columns in CJK
// terminals) around lines of content, centred in the space it gets.
import { cutLine, fitLine, type Line, line, seg } from "./styled";

export const BOX_MAX_WIDTH = 78;

/** Content lines a box of `height` lines shows. */
export const boxInnerHeight = (height: number): number => Math.max(0, height - 2);

export function boxLines(
  content: readonly Line[],
  columns: number,
  height: number,
  scroll = 0,
  maxWidth = BOX_MAX_WIDTH,
): Line[] {
  const w = Math.max(4, Math.min(columns, maxWidth));
  const inner = w - 4;
  const margin = " ".repeat(Math.floor((columns - w) / 2));
  const room = boxInnerHeight(height);
  const top = Math.max(0, Math.min(scroll, content.length - room));
  const more = content.length - top > room;
  // A rule says when there is more above or below: "+-- 2/9 --+".
  const rule = (note: string) =>
    line(`${margin}+${note === "" ? "-".repeat(w - 2) : `--${note}${"-".repeat(Math.max(0, w - 4 - note.length))}`}+`, {
      dim: true,
    });
  const shown = content.slice(top, top + room);
  const body = shown.map((l) =>
    cutLine(
      [seg(`${margin}|`, { dim: true }), seg(" "), ...fitLine(l, inner), seg(" "), seg("|", { dim: true })],
      columns,
    ),
  );
  const position = top > 0 || more ? ` ${top + 1}-${top + shown.length}/${content.length} ` : "";
  return [rule(""), ...body, rule(position)].map((l) => cutLine(l, columns)).slice(0, Math.max(1, height));
}
