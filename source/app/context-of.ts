// Which context a state's keyboard is in: the help, the comment editor, or the active pane's own.
import type { Context } from "./context";
import { PANE_MODULES } from "./panes/index";
import type { State } from "./state";

export function contextOf(state: State): Context {
  if (state.help) return state.help.filter.focused ? "input" : "help";
  if (state.editor) return "editor";
  return contextIn(state, state.pane);
}

function contextIn<K extends State["pane"]>(state: State, pane: K): Context {
  return PANE_MODULES[pane].context(state[pane]);
}
