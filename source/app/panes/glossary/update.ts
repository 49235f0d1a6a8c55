// 用语's update: pure. A finder over the glossary; Enter opens an entry's definition, where j/k pick
// one of the places the term occurs and Enter shows it in the report.
import type { Size } from "../../../terminal/size";
import type { Action } from "../../actions";
import { resizeFinder, updateFinder } from "../../widgets/finder";
import { focusQueryBox } from "../../widgets/query-box";
import { clamp, follow, step } from "../../widgets/scroll";
import type { PaneStep } from "../pane";
import { entryByNumber, glossaryListHeight, glossaryResults, occurrences } from "./model";
import type { GlossaryDetail, GlossaryState } from "./state";
import { detailWindow } from "./view";

const count = (query: string): number => glossaryResults(query).length;

/**
 * The definition with its top at `scroll`, kept within the text; with `follow`, moved as little as
 * needed to show the selected place (j/k), while PgUp/PgDn move the text whatever is selected.
 */
function scrolled(d: GlossaryDetail, scroll: number, size: Size, toSelected = false): GlossaryDetail {
  const { height, max, placeLine } = detailWindow(d, size);
  const selected = toSelected && d.occurrence >= 0 ? placeLine[d.occurrence] : undefined;
  const top = selected === undefined ? scroll : follow(clamp(scroll, 0, max), selected, height);
  return { ...d, scroll: clamp(top, 0, max) };
}

function updateDetail(g: GlossaryState, d: GlossaryDetail, action: Action, size: Size): PaneStep<GlossaryState> {
  const entry = entryByNumber(d.entry);
  const occ = entry ? occurrences(entry) : [];
  const page = Math.max(1, glossaryListHeight(size) - 1);
  switch (action.type) {
    case "move": {
      // Place 1 is already the one Enter opens (shown selected): the first j goes on to place 2.
      const occurrence = step(Math.max(0, d.occurrence), action.delta, occ.length);
      return { slice: { ...g, detail: scrolled({ ...d, occurrence }, d.scroll, size, true) } };
    }
    case "page":
      return { slice: { ...g, detail: scrolled(d, d.scroll + action.delta * page, size) } };
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
  return { slice: detail ? { ...g, query: focusQueryBox(g.query, false), detail } : g };
}

export function resizeGlossary(g: GlossaryState, _from: Size, to: Size): GlossaryState {
  const list = resizeFinder(g, count(g.query.text), glossaryListHeight(to));
  return list.detail === null ? list : { ...list, detail: scrolled(list.detail, list.detail.scroll, to) };
}
