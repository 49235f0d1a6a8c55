// 搜索's update: pure. A finder over the whole report; Enter shows a result in the report (a
// figure's quote, or the match in its paragraph), the query left active in the reader's find.
import { paragraphById } from "../../../../data/index";
import type { Size } from "../../../terminal/size";
import type { Action } from "../../actions";
import { resizeFinder, updateFinder } from "../../widgets/finder";
import { LIST_START } from "../../widgets/list";
import { focusQueryBox, queryBoxOf } from "../../widgets/query-box";
import { openFigure } from "../open-figure";
import type { PaneStep } from "../pane";
import { searchListHeight, searchResults } from "./model";
import type { SearchState } from "./state";

const count = (query: string): number => searchResults(query).length;

export function updateSearch(s: SearchState, action: Action, size: Size): PaneStep<SearchState> {
  const found = updateFinder(s, action, { count, height: searchListHeight(size), refocusOnClear: true });
  if (found) return { slice: found };
  if (action.type !== "open") return { slice: s };
  const hit = searchResults(s.query.text)[s.list.selected];
  if (!hit) return { slice: s };
  const intent =
    hit.kind === "figure"
      ? openFigure(hit.id, s.query.text)
      : hit.kind === "heading"
        ? { type: "openSection" as const, sectionId: hit.sectionId }
        : {
            type: "openParagraph" as const,
            paragraphId: hit.paragraphId,
            // Ranges are offsets in the hit's text, which for a glossary entry is not the paragraph's.
            span:
              hit.ranges[0] && paragraphById.get(hit.paragraphId)?.text === hit.text
                ? { start: hit.ranges[0][0], end: hit.ranges[0][1] }
                : null,
            query: s.query.text,
          };
  // The list keeps the focus, so coming back (Backspace) finds the results, not the box.
  const left = { ...s, query: focusQueryBox(s.query, false) };
  return intent ? { slice: left, intent } : { slice: s };
}

export const resizeSearch = (s: SearchState, _from: Size, to: Size): SearchState =>
  resizeFinder(s, count(s.query.text), searchListHeight(to));

/** 搜索 showing the results of a query asked for from another pane, the list in focus. */
export const searchFor = (query: string): SearchState => ({ query: queryBoxOf(query, false), list: LIST_START });
