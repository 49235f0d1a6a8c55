// A finder: a query box over a list of results, as in 用语 and 搜索 (and fzf). Typing filters, the
// arrows move while typing, Esc leaves the box and then clears the query.
import type { Action } from "../actions";
import { LIST_START, type ListState, moveList, selectItem } from "./list";
import { editQueryBox, emptyQueryBox, focusQueryBox, type QueryBox } from "./query-box";

export interface FinderState {
  readonly query: QueryBox;
  readonly list: ListState;
}

export interface FinderRules {
  /** Results for a query. */
  readonly count: (query: string) => number;
  /** Results shown at once. */
  readonly height: number;
  /** Whether clearing the query with Esc puts the focus back in the box. */
  readonly refocusOnClear: boolean;
}

/** The finder after an action, or null when the action is the pane's to handle (Enter, …). */
export function updateFinder<S extends FinderState>(f: S, action: Action, rules: FinderRules): S | null {
  const edited = f.query.focused ? editQueryBox(f.query, action) : null;
  if (edited) return { ...f, query: edited, list: selectItem(LIST_START, 0, rules.count(edited.text), rules.height) };
  const list = moveList(f.list, action, rules.count(f.query.text), rules.height);
  if (list) return list === f.list ? f : { ...f, list };
  switch (action.type) {
    case "focusQueryBox":
      return { ...f, query: focusQueryBox(f.query, true) };
    case "back":
      if (f.query.focused) return { ...f, query: focusQueryBox(f.query, false) };
      if (f.query.text === "") return f;
      return { ...f, query: emptyQueryBox(rules.refocusOnClear), list: LIST_START };
    default:
      return null;
  }
}

/** The list kept in view at a new height. */
export const resizeFinder = <S extends FinderState>(f: S, count: number, height: number): S => ({
  ...f,
  list: selectItem(f.list, f.list.selected, count, height),
});
