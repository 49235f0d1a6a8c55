// Styled lines as the bytes a terminal needs to show them: SGR attributes around each segment, the
// way chalk writes them. The explorer paints its first frame with this before Ink has loaded, so the
// first screen appears without waiting for Ink, React and yoga (Ink then redraws the same screen);
// and Ink gets every frame as such text, a row a line (ink/Lines.tsx).
import { drawnStyle, type Line, type Style } from "./styled";

const COLORS: Record<string, number> = {
  black: 0,
  red: 1,
  green: 2,
  yellow: 3,
  blue: 4,
  magenta: 5,
  cyan: 6,
  white: 7,
};

function codesOf(given: Style, colors: boolean): readonly [string, string] {
  const style = drawnStyle(given, colors);
  const on: number[] = [];
  const off: number[] = [];
  const add = (yes: boolean | undefined, a: number, b: number) => {
    if (yes) {
      on.push(a);
      off.unshift(b);
    }
  };
  add(style.bold, 1, 22);
  add(style.dim, 2, 22);
  add(style.underline, 4, 24);
  add(style.inverse, 7, 27);
  const fg = style.color !== undefined ? COLORS[style.color] : undefined;
  const bg = style.backgroundColor !== undefined ? COLORS[style.backgroundColor] : undefined;
  add(fg !== undefined, 30 + (fg ?? 0), 39);
  add(bg !== undefined, 40 + (bg ?? 0), 49);
  // One code an escape, as chalk writes them (Ink's Output reads them the same way).
  const codes = (list: number[]) => list.map((c) => `\x1b[${c}m`).join("");
  return [codes(on), codes(off)];
}

// Views share their styles (the theme's), and every line of every frame is written again on each
// key: a style's codes are worked out once, with colours and without.
const CODES = {
  colors: new WeakMap<Style, readonly [string, string]>(),
  mono: new WeakMap<Style, readonly [string, string]>(),
};

function sgr(given: Style, colors: boolean): readonly [string, string] {
  const known = colors ? CODES.colors : CODES.mono;
  let codes = known.get(given);
  if (codes === undefined) {
    codes = codesOf(given, colors);
    known.set(given, codes);
  }
  return codes;
}

/** One line as text with its SGR attributes around each segment. */
export function lineAnsi(line: Line, colors: boolean): string {
  let text = "";
  for (const s of line) {
    if (s.style === undefined) text += s.text;
    else {
      const [on, off] = sgr(s.style, colors);
      text += on + s.text + off;
    }
  }
  return text;
}

/** The lines from the top-left corner down, each ended by a newline; the cursor is left at the top. */
export function paintLines(lines: readonly Line[], colors: boolean): string {
  const body = lines.map((l) => lineAnsi(l, colors));
  return `\x1b[H${body.join("\r\n")}\x1b[H`;
}
