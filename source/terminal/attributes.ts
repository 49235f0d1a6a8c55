// Which text attributes the explorer draws with. The selection and highlights must show on every
// terminal that reaches the explorer (a TTY whose TERM is not "dumb"): each one since the VT100 has
// bold (SGR 1) and inverse video (SGR 7). Colour is another matter, so chalk (Ink's styler) decides
// it from TERM, COLORTERM and FORCE_COLOR — but at its level 0 (no TERM, an unknown TERM,
// FORCE_COLOR=0) it drops every attribute too, inverse included, and the selection vanishes.
// So: colour where chalk found it and NO_COLOR (no-color.org) does not forbid it; attributes always.

let colour = true;

/** Whether styles keep their colours (false: bold, dim, inverse and underline only). */
export const coloursShown = (): boolean => colour;

/**
 * Decides the mode from chalk's detected level and the environment; returns the chalk level to
 * use: at least 1 (16 colours, which is also what lets chalk write attributes at all).
 */
export function chooseAttributes(level: number, env: Record<string, string | undefined>): number {
  colour = level > 0 && (env.NO_COLOR ?? "") === "";
  return Math.max(1, level);
}
