// 用语's view: the lookup box, the results with the matched characters highlighted and the start of
// each definition beside its term (moving the selection rewrites two lines, nothing more); Enter
// opens the definition with the places the term occurs in the report.
import { memoize } from "../../../memo";
import { search, snippet } from "../../../search/fulltext";
import type { Range } from "../../../search/query";
import type { Size } from "../../../terminal/size";
import { width, wrap } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import { THEME } from "../../theme";
import {
  cutLine,
  fitLine,
  highlight,
  type Line,
  line,
  restyle,
  type Style,
  type StyledRange,
  seg,
} from "../../ui/styled";
import { listLines } from "../../widgets/list";
import { queryBoxLine } from "../../widgets/query-box";
import { entryByNumber, glossaryListHeight, glossaryResults, occurrences } from "./model";
import type { GlossaryDetail, GlossaryState } from "./state";

// Asked on every frame while the box shows no term: remembered by query.
const searchCount = memoize((query: string): number => search(query).length);

const spans = (ranges: readonly Range[], style: Style = THEME.match): StyledRange[] =>
  ranges.map(([start, end]) => ({ start, end, style }));

function listView(g: GlossaryState, size: Size): Line[] {
  const cols = size.columns;
  const results = glossaryResults(g.query.text);
  const blank = g.query.text.trim() === "";
  const note = blank
    ? `${results.length}条`
    : results.length === 0
      ? "无结果"
      : `${g.list.selected + 1}/${results.length}`;
  const items = results.map((r) => {
    const term = highlight(r.entry.term, spans(r.termRanges));
    // Where the match is in the definition, show the part of it around the match.
    const room = Math.max(1, cols - width(r.entry.term) - 2);
    const def =
      r.definitionRanges.length > 0
        ? snippet(r.entry.definition, r.definitionRanges, room)
        : { text: r.entry.definition, ranges: [] };
    return cutLine([...term, seg("  "), ...highlight(def.text, spans(def.ranges), THEME.muted)], cols);
  });
  const out: Line[] = [queryBoxLine("用语> ", g.query, cols, note)];
  out.push(...listLines(items, g.list, glossaryListHeight(size), cols, true));
  if (results.length === 0 && !blank) {
    const elsewhere = searchCount(g.query.text);
    const hint =
      elsewhere > 0
        ? `没有相符的用语。全文有 ${elsewhere} 处相符：Enter 到 5 搜索 查看。`
        : "没有找到。可输入汉字、全拼（shifan）或首字母（sfss）。";
    out.push(...wrap(hint, cols).map((t) => line(t, THEME.muted)));
  }
  return out.slice(0, bodyHeight(size)).map((l) => cutLine(l, cols));
}

/** The open entry: term, definition, reference, and each place it occurs (the selected one marked). */
export function detailLines(d: GlossaryDetail, size: Size): { lines: Line[]; occurrenceLine: number[] } {
  const cols = size.columns;
  const entry = entryByNumber(d.entry);
  if (!entry) return { lines: [], occurrenceLine: [] };
  const occ = occurrences(entry);
  const lines: Line[] = [
    cutLine(
      [seg(entry.term, THEME.group), seg(`  ${entry.syllables.join(" ")}  ${entry.initials}`, THEME.muted)],
      cols,
    ),
    ...wrap(entry.definition, cols).map((t) => line(t)),
    ...wrap(`附件一第${entry.number}条，${entry.reference.text}`, cols).map((t) => line(t, THEME.muted)),
    [],
    line(`在报告中出现 ${occ.length} 处（Enter 打开）：`, THEME.strong),
  ];
  const occurrenceLine: number[] = [];
  const chosen = Math.max(0, d.occurrence);
  occ.forEach((o, i) => {
    const head = `${o.sectionId} `;
    const room = Math.max(1, cols - head.length - 2);
    const s = snippet(o.text, [[o.start, o.end]], room);
    const body = highlight(s.text, spans(s.ranges, THEME.term));
    const l: Line = [seg(i === chosen ? "> " : "  ", THEME.strong), seg(head, THEME.muted), ...body];
    occurrenceLine.push(lines.length);
    lines.push(i === chosen ? fitLine(restyle(l, THEME.selected), cols, THEME.selected) : cutLine(l, cols));
  });
  return { lines, occurrenceLine };
}

/** Rows under the term's line, where the definition scrolls. */
const detailHeight = (size: Size): number => Math.max(0, bodyHeight(size) - 1);

/**
 * Where the definition's scrolled part can start: the rows under the term's line, the largest top
 * that still fills them, and the row of each place. The update clamps `scroll` with it, so the state
 * never holds a top the screen cannot show.
 */
export function detailWindow(d: GlossaryDetail, size: Size): { height: number; max: number; placeLine: number[] } {
  const height = detailHeight(size);
  const { lines, occurrenceLine } = detailLines(d, size);
  // Rows under the term's line: the place lines are counted from there.
  return { height, max: Math.max(0, lines.length - 1 - height), placeLine: occurrenceLine.map((l) => l - 1) };
}

function detailView(d: GlossaryDetail, size: Size): Line[] {
  // The term's line stays on top; the rest scrolls under it from `scroll`, which the update keeps
  // within the definition and around the selected place.
  const { lines } = detailLines(d, size);
  const [head, ...rest] = lines;
  if (!head) return [];
  return [head, ...rest.slice(d.scroll, d.scroll + detailHeight(size))];
}

export const glossaryView = (g: GlossaryState, size: Size): Line[] =>
  g.detail === null ? listView(g, size) : detailView(g.detail, size);
