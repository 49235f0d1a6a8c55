// 用语: a lookup of the report's glossary (附件一).
import { focusInput } from "../../widgets/query-box";
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
  // The box has focus when the list opens, so typing starts the lookup at once.
  enter: (g) => (g.detail === null ? { ...g, query: focusInput(g.query, true) } : g),
  selection: (g) => {
    if (g.detail !== null) return { kind: "entry", number: g.detail.entry };
    const item = glossaryResults(g.query.text)[g.list.selected];
    return item ? { kind: "entry", number: item.entry.number } : null;
  },
};
