// 搜索 for a screen reader: the query, the selected result with its snippet, then the results after it.
import { snippet } from "../../../search/fulltext";
import type { Size } from "../../../terminal/size";
import { plainLines, screenReaderList } from "../../ui/screen-reader";
import type { Line } from "../../ui/styled";
import { searchResults } from "./model";
import type { SearchState } from "./state";
import { KIND_LABELS } from "./view";

export function searchScreenReader(s: SearchState, size: Size): Line[] {
  const cols = size.columns;
  const results = searchResults(s.query.text);
  const head = plainLines(`搜索：${s.query.text}，${results.length}条`, cols);
  const items = results.map((h) => `${KIND_LABELS[h.kind]} ${h.sectionId} ${h.label}`);
  const hit = results[s.list.selected];
  const detail = hit ? [snippet(hit.text, hit.ranges, Math.max(1, cols * 2)).text] : [];
  return [...head, ...screenReaderList("搜索", items, s.list.selected, "条", detail, cols)];
}
