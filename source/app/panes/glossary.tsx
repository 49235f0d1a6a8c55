// 用语: the lookup box, the results with the matched characters highlighted and the start of
// each definition beside its term (moving the selection rewrites two lines, nothing more);
// Enter opens the definition with the places the term occurs in the report.
import { snippet } from "../../search/fulltext";
import { width, wrap } from "../../text/width";
import { Lines } from "../components/Lines";
import { listLines } from "../components/list";
import { queryLine } from "../components/query";
import { follow } from "../components/scroll";
import {
  cutLine,
  fitLine,
  highlight,
  type Line,
  line,
  restyle,
  type Span,
  type Style,
  seg,
} from "../components/styled";
import { bodyHeight } from "../geometry";
import { entryByNumber, glossaryResults, occurrences } from "../models/glossary";
import { glossaryListHeight } from "../models/lists";
import type { State } from "../state";

const MATCH: Style = { color: "yellow", bold: true };
const spans = (ranges: readonly (readonly [number, number])[], style: Style = MATCH): Span[] =>
  ranges.map(([start, end]) => ({ start, end, style }));

function listView(state: State): Line[] {
  const g = state.glossary;
  const cols = state.size.columns;
  const h = bodyHeight(state.size);
  const results = glossaryResults(g.query.text);
  const note =
    g.query.text.trim() === ""
      ? `${results.length}条`
      : results.length === 0
        ? "无结果"
        : `${g.selected + 1}/${results.length}`;
  const items = results.map((r) => {
    const term = highlight(r.entry.term, spans(r.termRanges));
    // Where the match is in the definition, show the part of it around the match.
    const room = Math.max(1, cols - width(r.entry.term) - 2);
    const def =
      r.definitionRanges.length > 0
        ? snippet(r.entry.definition, r.definitionRanges, room)
        : { text: r.entry.definition, ranges: [] };
    return cutLine([...term, seg("  "), ...highlight(def.text, spans(def.ranges), { dim: true })], cols);
  });
  const out: Line[] = [queryLine("用语> ", g.query, cols, note)];
  out.push(...listLines(items, g.selected, g.top, glossaryListHeight(state.size), cols, true));
  if (results.length === 0 && g.query.text.trim() !== "")
    out.push(line("没有找到。可输入汉字、全拼（shifan）或首字母（sfss）。", { dim: true }));
  return out.slice(0, h).map((l) => cutLine(l, cols));
}

/** The open entry: term, definition, reference, and each place it occurs (the selected one marked). */
export function detailLines(state: State): { lines: Line[]; occurrenceLine: number[] } {
  const g = state.glossary;
  const cols = state.size.columns;
  const entry = entryByNumber(g.detail ?? -1);
  if (!entry) return { lines: [], occurrenceLine: [] };
  const occ = occurrences(entry);
  const lines: Line[] = [
    cutLine(
      [
        seg(entry.term, { bold: true, color: "cyan" }),
        seg(`  ${entry.syllables.join(" ")}  ${entry.initials}`, { dim: true }),
      ],
      cols,
    ),
    ...wrap(entry.definition, cols).map((t) => line(t)),
    ...wrap(`附件一第${entry.number}条，${entry.reference.text}`, cols).map((t) => line(t, { dim: true })),
    [],
    line(`在报告中出现 ${occ.length} 处（Enter 打开）：`, { bold: true }),
  ];
  const occurrenceLine: number[] = [];
  occ.forEach((o, i) => {
    const head = `${o.sectionId} `;
    const room = Math.max(1, cols - head.length - 2);
    const s = snippet(o.text, [[o.start, o.end]], room);
    const body = highlight(s.text, spans(s.ranges, { color: "cyan", underline: true }));
    const l: Line = [seg(i === g.occurrence ? "> " : "  ", { bold: true }), seg(head, { dim: true }), ...body];
    occurrenceLine.push(lines.length);
    lines.push(i === g.occurrence ? fitLine(restyle(l, { inverse: true }), cols, { inverse: true }) : cutLine(l, cols));
  });
  return { lines, occurrenceLine };
}

function detailView(state: State): Line[] {
  // The term's line stays on top; the rest scrolls under it, keeping the selected place (once there
  // is one) in view.
  const h = bodyHeight(state.size) - 1;
  const { lines, occurrenceLine } = detailLines(state);
  const [head, ...rest] = lines;
  if (!head) return [];
  const max = Math.max(0, rest.length - h);
  const scroll = Math.min(state.glossary.detailScroll, max);
  const selectedLine = occurrenceLine[state.glossary.occurrence];
  const top = selectedLine === undefined ? scroll : Math.min(max, follow(scroll, selectedLine - 1, h));
  return [head, ...rest.slice(top, top + h)];
}

export function glossaryView(state: State): Line[] {
  return state.glossary.detail === null ? listView(state) : detailView(state);
}

export function GlossaryPane({ state }: { state: State }) {
  return <Lines lines={glossaryView(state)} />;
}
