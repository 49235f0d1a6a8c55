// 用语: a lookup of the report's glossary (附件一).
import type { Pane } from "../pane";
import type { GlossaryState } from "./state";
import { resizeGlossary, updateGlossary } from "./update";
import { glossaryView } from "./view";

export const glossaryPane: Pane<GlossaryState> = {
  context: (g) => (g.detail !== null ? "glossary.detail" : g.query.focused ? "input" : "glossary.list"),
  update: updateGlossary,
  view: glossaryView,
  resize: resizeGlossary,
  // The box has focus at the start (typing starts the lookup at once); coming back, the focus stays
  // where it was (a list that had it keeps it).
  enter: (s) => s,
};
