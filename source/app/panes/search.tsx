// 搜索: full-text search over paragraphs, glossary entries and metric labels; each result shows
// where it is and a snippet around the match, the match highlighted.
import { sectionById } from "../../../data/index";
import { snippet } from "../../search/fulltext";
import { wrap } from "../../text/width";
import { Lines } from "../components/Lines";
import { queryLine } from "../components/query";
import { cutLine, fitLine, highlight, type Line, line, restyle, seg } from "../components/styled";
import { bodyHeight } from "../geometry";
import { searchListHeight } from "../models/lists";
import { searchResults } from "../models/search";
import type { State } from "../state";

const HINT = "搜索全文、用语和数据：输入汉字（执行）、拼音首字母（sfss）或数字（7747）。";

export const KIND_LABELS = { paragraph: "正文", glossary: "用语", metric: "数据" } as const;

export function searchView(state: State): Line[] {
  const s = state.search;
  const cols = state.size.columns;
  const h = bodyHeight(state.size);
  const results = searchResults(s.query.text);
  const blank = s.query.text.trim() === "";
  const note = blank ? "" : results.length === 0 ? "无结果" : `${s.selected + 1}/${results.length}`;
  const out: Line[] = [queryLine("搜索> ", s.query, cols, note)];
  if (blank) out.push(...wrap(HINT, cols).map((t) => line(t, { dim: true })));
  else if (results.length === 0) out.push(line("没有找到。", { dim: true }));
  const first = s.top;
  for (let i = first; i < Math.min(results.length, first + searchListHeight(state.size)); i++) {
    const hit = results[i]!;
    const section = sectionById.get(hit.sectionId);
    const where: Line = [
      seg(`[${KIND_LABELS[hit.kind]}] `, { color: "cyan" }),
      seg(`${hit.sectionId} `, { dim: true }),
      seg(hit.kind === "paragraph" ? (section?.title ?? "") : hit.label, { bold: true }),
    ];
    const snip = snippet(hit.text, hit.ranges, Math.max(1, cols - 2));
    const body = [
      seg("  "),
      ...highlight(
        snip.text,
        snip.ranges.map(([start, end]) => ({ start, end, style: { color: "yellow", bold: true } })),
      ),
    ];
    out.push(
      i === s.selected ? fitLine(restyle(where, { inverse: true }), cols, { inverse: true }) : cutLine(where, cols),
    );
    out.push(cutLine(body, cols));
  }
  return out.slice(0, h);
}

export function SearchPane({ state }: { state: State }) {
  return <Lines lines={searchView(state)} />;
}
