// 报告's view: the contents beside (or above) the reader. It only draws; what is highlighted, where
// it scrolls and which mark is current all come from the state and model.ts.
import type { Size } from "../../../terminal/size";
import { padEnd, width } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import { LABELS, THEME } from "../../theme";
import { boxLines } from "../../ui/box";
import { besideLines, fitLine, highlight, type Line, line, type Span, type Style, seg } from "../../ui/styled";
import { listLines } from "../../widgets/list";
import { queryLine } from "../../widgets/query-box";
import { currentDoc, currentSection, findMatches, reportLayout, scrollPercent, sectionMarks, toc } from "./model";
import { overlayContent } from "./overlay";
import type { ReportState } from "./state";

export const tocLabel = (i: number): string => {
  const s = toc[i]!;
  return s.level === 1 ? s.title : `  ${s.title}`;
};

function tocLines(r: ReportState, columns: number, height: number): Line[] {
  const items = toc.map((s, i) => line(tocLabel(i), s.level === 1 ? THEME.strong : undefined));
  return listLines(items, { selected: r.section, top: r.tocTop }, height, columns, r.focus === "toc" && !r.overlay);
}

function readerLines(r: ReportState, size: Size): Line[] {
  const layout = reportLayout(size, r);
  const section = currentSection(r);
  const doc = currentDoc(size, r);
  const marks = sectionMarks(section.id);
  const matches = findMatches(section.id, r.find.text);
  const cols = layout.readerWidth;

  const pct =
    doc.length <= layout.readerHeight ? "全部" : `${scrollPercent(doc.length, r.scroll, layout.readerHeight)}%`;
  const title = `${section.id} ${section.title}`;
  const status = fitLine(
    [seg(padEnd(title, Math.max(0, cols - width(pct) - 1)), THEME.strong), seg(" "), seg(pct, THEME.muted)],
    cols,
  );

  const out: Line[] = [status];
  for (let i = r.scroll; i < Math.min(doc.length, r.scroll + layout.readerHeight); i++) {
    const l = doc[i]!;
    if (l.kind !== "text") {
      out.push(line(l.text, l.kind === "heading" ? THEME.strong : THEME.muted));
      continue;
    }
    const from = l.start;
    const to = l.start + l.text.length;
    const spans: Span[] = [];
    const add = (pid: string, start: number, end: number, style: Style) => {
      if (pid === l.paragraphId && start < to && end > from) {
        spans.push({ start: start - from, end: end - from, style });
      }
    };
    marks.forEach((m, mi) => {
      add(m.paragraphId, m.start, m.end, m.kind === "term" ? THEME.term : THEME.figure);
      if (mi === r.mark && r.focus === "reader") add(m.paragraphId, m.start, m.end, THEME.current);
    });
    if (r.landing) add(r.landing.paragraphId, r.landing.start, r.landing.end, THEME.landed);
    matches.forEach((m, mi) => {
      add(m.paragraphId, m.start, m.end, mi === r.match ? THEME.foundCurrent : THEME.found);
    });
    out.push(highlight(l.text, spans));
  }
  while (out.length < layout.readerHeight + 1) out.push([]);
  if (layout.findBox) {
    const note = r.find.text === "" ? "" : matches.length === 0 ? "无匹配" : `${r.match + 1}/${matches.length}`;
    out.push(queryLine("/", r.find, cols, note));
  }
  return out;
}

export function reportView(r: ReportState, size: Size): Line[] {
  const layout = reportLayout(size, r);
  const h = bodyHeight(size);
  if (r.overlay) return boxLines(overlayContent(r.overlay, size.columns), size.columns, h, r.overlayScroll);
  const reader = readerLines(r, size);
  if (layout.stacked) return [...tocLines(r, size.columns, layout.tocHeight), ...reader].slice(0, h);
  const gap = [seg(LABELS.gap, THEME.muted)];
  return besideLines(tocLines(r, layout.tocWidth, h), layout.tocWidth, gap, reader).slice(0, h);
}
