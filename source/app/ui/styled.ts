// Styled lines: what every pane produces. A frame is a list of lines cut to the terminal width here,
// with width() from source/text/width.ts, so Ink never has to wrap or truncate anything itself.
import { truncate, width } from "../../text/width";

export interface Style {
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly inverse?: boolean;
  readonly underline?: boolean;
  readonly color?: string;
  readonly backgroundColor?: string;
  /** The attributes drawn in place of the colours when there are none (NO_COLOR, --no-color, a TERM
   * without colours), for a style whose colours alone carry its meaning. */
  readonly mono?: Omit<Style, "mono">;
}

/** The style as drawn: with its colours, or without them and with its monochrome form. */
export function drawnStyle(style: Style, colors: boolean): Style {
  if (colors) {
    if (!style.mono) return style;
    const { mono: _, ...rest } = style;
    return rest;
  }
  const { mono, color: _c, backgroundColor: _b, ...rest } = style;
  return mono ? { ...rest, ...mono } : rest;
}

export interface Segment {
  readonly text: string;
  readonly style?: Style;
}

export type Line = readonly Segment[];

/** A part of a string to style: [start, end) in UTF-16 offsets. */
export interface StyledRange {
  readonly start: number;
  readonly end: number;
  readonly style: Style;
}

export const seg = (text: string, style?: Style): Segment => (style ? { text, style } : { text });
export const line = (text: string, style?: Style): Line => (text === "" ? [] : [seg(text, style)]);
export const lineText = (l: Line): string => l.map((s) => s.text).join("");
export const lineWidth = (l: Line): number => l.reduce((n, s) => n + width(s.text), 0);

/** Cuts a line to at most `columns`, ending with an ellipsis where it was cut. */
export function cutLine(l: Line, columns: number): Line {
  if (lineWidth(l) <= columns) return l;
  const out: Segment[] = [];
  let used = 0;
  for (const s of l) {
    const w = width(s.text);
    if (used + w <= columns) {
      out.push(s);
      used += w;
      continue;
    }
    const cut = truncate(s.text, columns - used);
    if (cut !== "") out.push({ ...s, text: cut });
    break;
  }
  return out;
}

/** Cuts or pads a line to exactly `columns`; `fill` styles the padding (a selected row's bar). */
export function fitLine(l: Line, columns: number, fill?: Style): Line {
  const cut = cutLine(l, columns);
  const pad = columns - lineWidth(cut);
  return pad > 0 ? [...cut, seg(" ".repeat(pad), fill)] : cut;
}

/** Applies one style to every segment of a line, over the segments' own styles. */
export const restyle = (l: Line, style: Style): Line => l.map((s) => seg(s.text, { ...s.style, ...style }));

/** Splits text into segments by spans; where spans overlap, later ones win property by property. */
export function highlight(text: string, spans: readonly StyledRange[], base?: Style): Line {
  const inside = spans.filter((s) => s.end > 0 && s.start < text.length && s.end > s.start);
  if (inside.length === 0) return line(text, base);
  const cuts = new Set([0, text.length]);
  for (const s of inside) {
    cuts.add(Math.max(0, s.start));
    cuts.add(Math.min(text.length, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    let style: Style | undefined = base;
    for (const s of inside) if (s.start <= from && s.end >= to) style = { ...style, ...s.style };
    out.push(seg(text.slice(from, to), style));
  }
  return out;
}

/** Two columns of lines side by side: the left padded to `leftWidth`, then `gap`, then the right. */
export function besideLines(left: readonly Line[], leftWidth: number, gap: Line, right: readonly Line[]): Line[] {
  const n = Math.max(left.length, right.length);
  const out: Line[] = [];
  for (let i = 0; i < n; i++) out.push([...fitLine(left[i] ?? [], leftWidth), ...gap, ...(right[i] ?? [])]);
  return out;
}
