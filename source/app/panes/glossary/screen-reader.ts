// 用语 for a screen reader: the query and the selected entry with its definition; in the detail, the
// term, definition, reference and the places it occurs.
import { snippet } from "../../../search/fulltext";
import type { Size } from "../../../terminal/size";
import { plainLines, position, screenReaderList } from "../../ui/screen-reader";
import type { Line } from "../../ui/styled";
import { entryByNumber, glossaryResults, occurrences } from "./model";
import type { GlossaryState } from "./state";

export function glossaryScreenReader(g: GlossaryState, size: Size): Line[] {
  const cols = size.columns;
  if (g.detail !== null) {
    const entry = entryByNumber(g.detail.entry);
    if (!entry) return [];
    const occ = occurrences(entry);
    const places = occ.map((o, i) => {
      const s = snippet(o.text, [[o.start, o.end]], Math.max(1, cols * 2));
      return `${position(i, occ.length, "处")}：${o.sectionId} ${s.text}`;
    });
    const picked = g.detail.occurrence;
    return [
      ...plainLines(`${entry.term}（${entry.syllables.join(" ")}）`, cols),
      ...plainLines(entry.definition, cols),
      ...plainLines(`附件一第${entry.number}条，${entry.reference.text}`, cols),
      ...plainLines(`在报告中出现${occ.length}处：`, cols),
      ...(picked >= 0 ? [places[picked]!, ...places.filter((_, i) => i !== picked)] : places).flatMap((p) =>
        plainLines(p, cols).slice(0, 1),
      ),
    ];
  }
  const results = glossaryResults(g.query.text);
  const head = plainLines(`用语查询：${g.query.text}，${results.length}条`, cols);
  const item = results[g.list.selected];
  const detail = item ? [item.entry.definition] : [];
  return [
    ...head,
    ...screenReaderList(
      "用语",
      results.map((r) => r.entry.term),
      g.list.selected,
      "条",
      detail,
      cols,
    ),
  ];
}
