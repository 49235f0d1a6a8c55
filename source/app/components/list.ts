// A scrolled list window: items from `top`, the selected one shown as a bar (inverse when the list
// has focus, coloured otherwise), every line cut to the width.
import { fitLine, type Line, restyle, type Style } from "./styled";

const FOCUSED: Style = { inverse: true };
const UNFOCUSED: Style = { bold: true, color: "cyan" };

export function listLines(
  items: readonly Line[],
  selected: number,
  top: number,
  height: number,
  columns: number,
  focused: boolean,
): Line[] {
  const out: Line[] = [];
  for (let i = top; i < Math.min(items.length, top + height); i++) {
    const item = items[i]!;
    out.push(
      i === selected
        ? fitLine(restyle(item, focused ? FOCUSED : UNFOCUSED), columns, focused ? FOCUSED : undefined)
        : fitLine(item, columns),
    );
  }
  return out;
}
