// 搜索's view: full-text search over headings, paragraphs, glossary entries and figure labels; each result
// shows where it is and a snippet around the match, the match highlighted.
import { sectionById } from "../../../../data/index";
import { snippet } from "../../../search/fulltext";
import type { Size } from "../../../terminal/size";
import { wrap } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import { THEME } from "../../theme";
import { cutLine, fitLine, highlight, type Line, line, restyle, seg } from "../../ui/styled";
import { queryBoxLine } from "../../widgets/query-box";
import { searchListHeight, searchResults } from "./model";
import type { SearchState } from "./state";

const HINT =
  "搜索标题、全文、用语和数据：输入汉字（执行）、拼音首字母（sfss）或数字（7747）；^开头、结尾$、甲 | 乙（或）、!排除。";

export const KIND_LABELS = { heading: "标题", paragraph: "正文", glossary: "用语", figure: "数据" } as const;

export function searchView(s: SearchState, size: Size): Line[] {
  const cols = size.columns;
  const results = searchResults(s.query.text);
  const blank = s.query.text.trim() === "";
  const note = blank ? "" : results.length === 0 ? "无结果" : `${s.list.selected + 1}/${results.length}`;
  const out: Line[] = [queryBoxLine("搜索> ", s.query, cols, note)];
  if (blank) out.push(...wrap(HINT, cols).map((t) => line(t, THEME.muted)));
  else if (results.length === 0) out.push(line("没有找到。", THEME.muted));
  const first = s.list.top;
  for (let i = first; i < Math.min(results.length, first + searchListHeight(size)); i++) {
    const hit = results[i]!;
    const section = sectionById.get(hit.sectionId);
    const where: Line = [
      seg(`[${KIND_LABELS[hit.kind]}] `, THEME.kind),
      seg(`${hit.sectionId} `, THEME.muted),
      seg(hit.kind === "paragraph" ? (section?.title ?? "") : hit.label, THEME.strong),
    ];
    const snip = snippet(hit.text, hit.ranges, Math.max(1, cols - 2));
    const body = [
      seg("  "),
      ...highlight(
        snip.text,
        snip.ranges.map(([start, end]) => ({ start, end, style: THEME.match })),
      ),
    ];
    out.push(
      i === s.list.selected ? fitLine(restyle(where, THEME.selected), cols, THEME.selected) : cutLine(where, cols),
    );
    out.push(cutLine(body, cols));
  }
  return out.slice(0, bodyHeight(size));
}
