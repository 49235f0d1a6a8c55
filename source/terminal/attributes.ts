// Which text attributes the explorer draws with. The selection and highlights must show on every
// terminal that reaches the explorer (a TTY whose TERM is not "dumb"): each one since the VT100 has
// bold (SGR 1) and inverse video (SGR 7). Colour is another matter, so chalk (Ink's styler) decides
// it from TERM, COLORTERM and FORCE_COLOR — but at its level 0 (no TERM, an unknown TERM,
// FORCE_COLOR=0) it drops every attribute too, inverse included, and the selection vanishes.
// So: colour where chalk found it and NO_COLOR (no-color.org) does not forbid it, or as --color /
// --no-color say; attributes always.

export interface Attributes {
  /** The chalk level to draw with: at least 1, which is what lets chalk write attributes at all. */
  readonly level: number;
  /** Whether styles keep their colours (false: bold, dim, inverse and underline only). */
  readonly colors: boolean;
}

export function chooseAttributes(level: number, env: Record<string, string | undefined>, flag?: boolean): Attributes {
  return { level: Math.max(1, level), colors: flag ?? (level > 0 && (env.NO_COLOR ?? "") === "") };
}
