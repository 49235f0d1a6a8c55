// 用语: a lookup of the report's glossary (附件一).
import type { Pane } from "../pane";
import { glossaryLinear } from "./linear";
import { glossaryResults } from "./model";
import type { GlossaryState } from "./state";
import { resizeGlossary, updateGlossary } from "./update";
import { glossaryView } from "./view";

export const glossaryPane: Pane<GlossaryState> = {
  context: (g) => (g.detail !== null ? "glossary.detail" : g.query.focused ? "input" : "glossary.list"),
  update: updateGlossary,
  view: glossaryView,
  linear: glossaryLinear,
  resize: resizeGlossary,
  // The box has focus at the start (typing starts the lookup at once); coming back, the focus stays
  // where it was (a list that had it keeps it).
  enter: (s) => s,
  selection: (g) => {
    if (g.detail !== null) return { kind: "entry", number: g.detail.entry };
    const item = glossaryResults(g.query.text)[g.list.selected];
    return item ? { kind: "entry", number: item.entry.number } : null;
  },
};
