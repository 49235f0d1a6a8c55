// Every style the explorer draws with and every label it repeats, in one place. Views name a role
// ("the selected row", "a figure"), never a colour, so a change of look is a change here. Colours
// only ever add to an attribute (bold, inverse, underline) that still carries the meaning when the
// terminal shows no colour (NO_COLOR, --no-color, a TERM chalk does not know…); a role whose colours
// alone carry it has a `mono` form drawn instead (the current match inverse, the other matches bold
// and underlined, the landed sentence underlined). source/terminal/attributes.ts decides, ink/Lines.tsx
// and ui/ansi.ts draw.
import type { Style } from "./ui/styled";

export const THEME = {
  /** Secondary text: notes, rules, positions, pinyin. */
  muted: { dim: true },
  /** Titles and headings. */
  strong: { bold: true },
  /** A section heading inside a list or the help (a category of 数据, a group of keys). */
  group: { bold: true, color: "cyan" },
  /** The active tab and the title bar of an overlay. */
  active: { inverse: true, bold: true },
  /** The selected item of the list that has focus. */
  selected: { inverse: true },
  /** The selected item of a list that does not have focus. */
  selectedIdle: { bold: true, color: "cyan" },
  /** A key name in the footer. */
  key: { bold: true, color: "cyan" },
  /** The prompt of a focused text box. */
  promptFocused: { bold: true, color: "green" },
  prompt: { bold: true },
  cursor: { inverse: true },
  /** What the query matched in a result. */
  match: { color: "yellow", bold: true },
  /** A glossary term in running text. */
  term: { color: "cyan", underline: true },
  /** A reported figure in running text, and a figure's value. */
  figure: { color: "yellow", bold: true },
  /** The term or figure l/h has reached in the reader. */
  current: { inverse: true },
  /** A match of the reader's find, and the current one. */
  found: { backgroundColor: "yellow", color: "black", mono: { underline: true, bold: true } },
  foundCurrent: { backgroundColor: "magenta", color: "white", mono: { inverse: true, bold: true } },
  /** The span a jump landed on (a figure's quote, a search result). */
  landed: { backgroundColor: "blue", color: "white", mono: { underline: true } },
  /** A one-line notice on the status line (a find that wrapped, a goto to nothing). */
  notice: { bold: true, color: "yellow" },
  /** A chart's bars. */
  bar: { color: "green" },
  /** The label of a result's kind in 搜索. */
  kind: { color: "cyan" },
  /** The run chosen with `v` in the reader. */
  visual: { inverse: true, underline: true },
  /** The margin mark of a paragraph that has notes. */
  noted: { bold: true, color: "magenta" },
} satisfies Record<string, Style>;

export const LABELS = {
  /** Marks a figure computed from others rather than read in the report. */
  derived: "推算",
  /** Between two columns side by side. */
  gap: " | ",
  /** Right after a paragraph's id, in the column before its text, where it has notes: "2.2.p4*全力…". */
  noted: "*",
} as const;
