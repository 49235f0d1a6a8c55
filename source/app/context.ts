// Where the keyboard can be: the help, a text box, or a part of a pane. The keymap looks keys up by
// context; the footer and the help list the context's bindings. contextOf (context-of.ts) says which
// one a state is in.

export type Context =
  | "help"
  | "input"
  | "goto"
  | "report.toc"
  | "report.reader"
  | "report.overlay"
  | "report.pending"
  | "data"
  | "charts"
  | "charts.chart"
  | "glossary.list"
  | "glossary.detail"
  | "search"
  | "report.visual"
  | "notebook"
  | "editor";

/** A text box has the keyboard: text is typed into it. */
export const isBox = (context: Context): boolean => context === "input" || context === "goto";
