// 报告: the contents beside (or above) the reader. The view only draws; what is highlighted, where
// it scrolls and which mark is current all come from the state and models/report.ts.
import { padEnd, width } from "../../text/width";
import { boxLines } from "../components/box";
import { Lines } from "../components/Lines";
import { listLines } from "../components/list";
import { queryLine } from "../components/query";
import { besideLines, fitLine, highlight, type Line, line, type Span, type Style, seg } from "../components/styled";
import { bodyHeight } from "../geometry";
import {
  currentDoc,
  currentSection,
  findMatches,
  reportLayout,
  scrollPercent,
  sectionMarks,
  toc,
} from "../models/report";
import type { State } from "../state";
import { overlayContent } from "./report-overlay";

export const STYLES = {
  term: { color: "cyan", underline: true },
  metric: { color: "yellow", bold: true },
  current: { inverse: true },
  match: { backgroundColor: "yellow", color: "black" },
  currentMatch: { backgroundColor: "magenta", color: "white" },
  flash: { backgroundColor: "blue", color: "white" },
} satisfies Record<string, Style>;

export const tocLabel = (i: number): string => {
  const s = toc[i]!;
  return s.level === 1 ? s.title : `  ${s.title}`;
};

function tocLines(state: State, columns: number, height: number): Line[] {
  const r = state.report;
  const items = toc.map((s, i) => line(tocLabel(i), s.level === 1 ? { bold: true } : undefined));
  return listLines(items, r.section, r.tocTop, height, columns, r.focus === "toc" && !r.overlay);
}

function readerLines(state: State): Line[] {
  const r = state.report;
  const layout = reportLayout(state.size, r);
  const section = currentSection(r);
  const doc = currentDoc(state.size, r);
  const marks = sectionMarks(section.id);
  const matches = findMatches(section.id, r.find.text);
  const cols = layout.readerWidth;

  const pct =
    doc.length <= layout.readerHeight ? "全部" : `${scrollPercent(doc.length, r.scroll, layout.readerHeight)}%`;
  const title = `${section.id} ${section.title}`;
  const status = fitLine(
    [seg(padEnd(title, Math.max(0, cols - width(pct) - 1)), { bold: true }), seg(" "), seg(pct, { dim: true })],
    cols,
  );

  const out: Line[] = [status];
  for (let i = r.scroll; i < Math.min(doc.length, r.scroll + layout.readerHeight); i++) {
    const l = doc[i]!;
    if (l.kind !== "text") {
      out.push(line(l.text, l.kind === "heading" ? { bold: true } : { dim: true }));
      continue;
    }
    const from = l.start;
    const to = l.start + l.text.length;
    const spans: Span[] = [];
    const add = (pid: string, start: number, end: number, style: Style) => {
      if (pid === l.paragraphId && start < to && end > from)
        spans.push({ start: start - from, end: end - from, style });
    };
    marks.forEach((m, mi) => {
      add(m.paragraphId, m.start, m.end, m.kind === "term" ? STYLES.term : STYLES.metric);
      if (mi === r.mark && r.focus === "reader") add(m.paragraphId, m.start, m.end, STYLES.current);
    });
    if (r.flash) add(r.flash.paragraphId, r.flash.start, r.flash.end, STYLES.flash);
    matches.forEach((m, mi) => {
      add(m.paragraphId, m.start, m.end, mi === r.match ? STYLES.currentMatch : STYLES.match);
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

export function reportView(state: State): Line[] {
  const r = state.report;
  const layout = reportLayout(state.size, r);
  const h = bodyHeight(state.size);
  if (r.overlay) return boxLines(overlayContent(state, state.size.columns), state.size.columns, h, r.overlayScroll);
  const reader = readerLines(state);
  if (layout.stacked) return [...tocLines(state, state.size.columns, layout.tocHeight), ...reader].slice(0, h);
  return besideLines(tocLines(state, layout.tocWidth, h), layout.tocWidth, [seg(" | ", { dim: true })], reader).slice(
    0,
    h,
  );
}

export function ReportPane({ state }: { state: State }) {
  return <Lines lines={reportView(state)} />;
}
