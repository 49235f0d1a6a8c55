// 用语: a lookup of the report's glossary (附件一).

import { cursorBound, listBounds, scrollBound } from "../../widgets/bounds";
import type { Pane } from "../pane";
import { entryByNumber, glossaryListHeight, glossaryResults, occurrences } from "./model";
import { glossaryScreenReader } from "./screen-reader";
import type { GlossaryState } from "./state";
import { resizeGlossary, updateGlossary } from "./update";
import { detailWindow, glossaryView } from "./view";

export const glossaryPane: Pane<GlossaryState> = {
  context: (g) => (g.detail !== null ? "glossary.detail" : g.query.focused ? "input" : "glossary.list"),
  update: updateGlossary,
  view: glossaryView,
  screenReader: glossaryScreenReader,
  resize: resizeGlossary,
  // The box has focus at the start (typing starts the lookup at once); coming back, the focus stays
  // where it was (a list that had it keeps it).
  enter: (s) => s,
  selection: (g) => {
    if (g.detail !== null) return { kind: "entry", number: g.detail.entry };
    const item = glossaryResults(g.query.text)[g.list.selected];
    return item ? { kind: "entry", number: item.entry.number } : null;
  },
  bounds: (g, size) => {
    const d = g.detail;
    const entry = d ? entryByNumber(d.entry) : undefined;
    return [
      ...listBounds("glossary", g.list, glossaryResults(g.query.text).length, glossaryListHeight(size)),
      cursorBound("glossary.query", g.query),
      ...(d
        ? [
            // -1 until j/k picks a place.
            {
              name: "glossary.detail.occurrence + 1",
              at: d.occurrence + 1,
              count: (entry ? occurrences(entry).length : 0) + 1,
            },
            scrollBound("glossary.detail.scroll", d.scroll, detailWindow(d, size).max),
          ]
        : []),
    ];
  },
};
