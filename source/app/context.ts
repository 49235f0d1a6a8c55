// Where the keyboard is: the help, a text box, or a part of the active pane. The keymap looks keys
// up by context; the footer and the help list the context's bindings.
import { PANE_MODULES } from "./panes/index";
import type { State } from "./state";

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

export function contextOf(state: State): Context {
  if (state.help.open) return state.help.filter.focused ? "input" : "help";
  if (state.editor) return "editor";
  return contextIn(state, state.pane);
}

function contextIn<K extends State["pane"]>(state: State, pane: K): Context {
  return PANE_MODULES[pane].context(state[pane]);
}
