// 用语's update: pure. A finder over the glossary; Enter opens an entry's definition, where j/k pick
// one of the places the term occurs and Enter shows it in the report.
import type { Size } from "../../../terminal/size";
import type { Action } from "../../actions";
import { resizeFinder, updateFinder } from "../../widgets/finder";
import { focusInput } from "../../widgets/query-box";
import { step } from "../../widgets/scroll";
import type { PaneStep } from "../pane";
import { entryByNumber, glossaryListHeight, glossaryResults, occurrences } from "./model";
import type { GlossaryDetail, GlossaryState } from "./state";

const count = (query: string): number => glossaryResults(query).length;

function updateDetail(g: GlossaryState, d: GlossaryDetail, action: Action, size: Size): PaneStep<GlossaryState> {
  const entry = entryByNumber(d.entry);
  const occ = entry ? occurrences(entry) : [];
  const page = Math.max(1, glossaryListHeight(size) - 1);
  switch (action.type) {
    case "move":
      // Place 1 is already the one Enter opens (shown selected): the first j goes on to place 2.
      return {
        slice: { ...g, detail: { ...d, occurrence: step(Math.max(0, d.occurrence), action.delta, occ.length) } },
      };
    case "page":
      return { slice: { ...g, detail: { ...d, scroll: Math.max(0, d.scroll + action.delta * page) } } };
    case "open": {
      const o = occ[Math.max(0, d.occurrence)];
      if (!o) return { slice: g };
      const span = { start: o.start, end: o.end };
      // The term stays the reader's find: n/N walk through its other places.
      const query = entry?.term ?? "";
      return { slice: g, intent: { type: "openParagraph", paragraphId: o.paragraphId, span, query } };
    }
    case "back":
      return { slice: { ...g, detail: null } };
    default:
      return { slice: g };
  }
}

export function updateGlossary(g: GlossaryState, action: Action, size: Size): PaneStep<GlossaryState> {
  if (g.detail !== null) return updateDetail(g, g.detail, action, size);
  const found = updateFinder(g, action, { count, height: glossaryListHeight(size), refocusOnClear: false });
  if (found) return { slice: found };
  if (action.type !== "open") return { slice: g };
  const item = glossaryResults(g.query.text)[g.list.selected];
  // No term matches: Enter looks the words up in the whole report instead.
  if (!item && g.query.text.trim() !== "") return { slice: g, intent: { type: "searchFor", query: g.query.text } };
  // The list keeps the focus under the definition, so closing it (or coming back) finds the list.
  const detail = item ? { entry: item.entry.number, occurrence: -1, scroll: 0 } : null;
  return { slice: detail ? { ...g, query: focusInput(g.query, false), detail } : g };
}

export const resizeGlossary = (g: GlossaryState, _from: Size, to: Size): GlossaryState =>
  resizeFinder(g, count(g.query.text), glossaryListHeight(to));
