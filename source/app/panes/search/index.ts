// 搜索: full-text search over the whole report.

import { cursorBound, listBounds } from "../../widgets/bounds";
import type { Pane } from "../pane";
import { searchListHeight, searchResults } from "./model";
import { searchScreenReader } from "./screen-reader";
import type { SearchState } from "./state";
import { resizeSearch, updateSearch } from "./update";
import { searchView } from "./view";

export const searchPane: Pane<SearchState> = {
  context: (s) => (s.query.focused ? "input" : "search"),
  update: updateSearch,
  view: searchView,
  screenReader: searchScreenReader,
  resize: resizeSearch,
  // The box has focus at the start (typing starts the lookup at once); coming back, the focus stays
  // where it was (a list that had it keeps it).
  enter: (s) => s,
  selection: (s) => {
    const hit = searchResults(s.query.text)[s.list.selected];
    if (!hit) return null;
    if (hit.kind === "figure") return { kind: "figure", id: hit.id };
    if (hit.kind === "glossary") return { kind: "entry", number: Number(hit.id) };
    if (hit.kind === "heading" && hit.paragraphId === "") return null;
    return { kind: "paragraph", id: hit.paragraphId };
  },
  bounds: (s, size) => [
    ...listBounds("search", s.list, searchResults(s.query.text).length, searchListHeight(size)),
    cursorBound("search.query", s.query),
  ],
};
