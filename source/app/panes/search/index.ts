// 搜索: full-text search over the whole report.
import type { Pane } from "../pane";
import type { SearchState } from "./state";
import { resizeSearch, updateSearch } from "./update";
import { searchView } from "./view";

export const searchPane: Pane<SearchState> = {
  context: (s) => (s.query.focused ? "input" : "search"),
  update: updateSearch,
  view: searchView,
  resize: resizeSearch,
  // The box has focus at the start (typing starts the lookup at once); coming back, the focus stays
  // where it was (a list that had it keeps it).
  enter: (s) => s,
};
