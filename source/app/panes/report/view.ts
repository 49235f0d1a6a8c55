// 报告's view: the contents beside (or above) the reader. It only draws; what is highlighted, where
// it scrolls and which mention is current all come from the state and model.ts.
import { shownTitle } from "../../../sections/title";
import type { Size } from "../../../terminal/size";
import { padEnd, width } from "../../../text/width";
import { LABELS, THEME } from "../../theme";
import { boxLines } from "../../ui/box";
import { besideLines, fitLine, highlight, type Line, line, type Style, type StyledRange, seg } from "../../ui/styled";
import { listLines } from "../../widgets/list";
import { queryBoxLine } from "../../widgets/query-box";
import {
  allMentions,
  currentDoc,
  currentSection,
  findMatches,
  LEAD_GAP,
  matchLines,
  mentionLines,
  reportLayout,
  scrollPercent,
  toc,
} from "./model";
import { overlayContent } from "./overlay";
import type { ReportState } from "./state";
import { visualSpan } from "./visual";

export const tocLabel = (i: number): string => {
  const s = toc[i]!;
  return s.level === 1 ? shownTitle(s) : `  ${shownTitle(s)}`;
};

function tocLines(r: ReportState, columns: number, height: number): Line[] {
  const items = toc.map((s, i) => line(tocLabel(i), s.level === 1 ? THEME.strong : undefined));
  return listLines(items, { selected: r.section, top: r.tocTop }, height, columns, r.focus === "toc" && !r.overlay);
}

/** Indexes of the ranges (in reading order, as `lines` gives their lines) that fall on lines [from, to). */
function onLines(lines: readonly number[], from: number, to: number): number[] {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! < from - 1) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < lines.length && lines[i]! < to; i++) out.push(i);
  return out;
}

const PENDING_LABELS = { setMark: "m：按一个字母设标记", toMark: "'：按一个字母回到标记（' 上一个位置）" } as const;

/** The reader's status in `columns`: the section (compact, the paragraph) at the top of the screen,
 * or the pending key or the selection, and how far through the report the bottom of the screen is. */
export function readerStatus(r: ReportState, size: Size, columns: number): Line {
  const layout = reportLayout(size, r);
  const doc = currentDoc(size, r);
  const total = doc.lines.length;
  const from = r.scroll;
  const to = Math.min(total, r.scroll + layout.readerHeight);
  const pct = total <= layout.readerHeight ? "全部" : `${scrollPercent(total, r.scroll, layout.readerHeight)}%`;
  // Compact, the ids are not in the text: the status names the paragraph at the top.
  const top = layout.compact ? doc.lines.slice(from, to).find((l) => l.kind === "text")?.paragraphId : undefined;
  const section = currentSection(r);
  const room = Math.max(0, columns - width(pct) - 1);
  const place = top ?? section.id;
  // Where the title would shrink to a few characters, the place alone: an id is worth more whole.
  const named = width(place) + 1 + Math.min(4, width(shownTitle(section))) <= room;
  const title = r.pending
    ? PENDING_LABELS[r.pending]
    : r.visual
      ? `选择：${r.visual.paragraphId} ${visualSpan(r.visual).end - visualSpan(r.visual).start}字`
      : named
        ? `${place} ${shownTitle(section)}`
        : place;
  return fitLine([seg(padEnd(title, room), THEME.strong), seg(" "), seg(pct, THEME.muted)], columns);
}

/** A paragraph's id before its first line, dim, or marked where the paragraph has notes (the mark
 * fills the gap, so the text does not move when a note is added). */
function leadSegments(lead: string, notes: number | undefined): Line {
  return notes
    ? [seg(lead, THEME.noted), seg(LABELS.noted.padEnd(LEAD_GAP), THEME.noted)]
    : [seg(lead, THEME.muted), seg(" ".repeat(LEAD_GAP))];
}

function readerLines(r: ReportState, size: Size): Line[] {
  const layout = reportLayout(size, r);
  const doc = currentDoc(size, r);
  const total = doc.lines.length;
  const cols = layout.readerWidth;
  const from = r.scroll;
  const to = Math.min(total, r.scroll + layout.readerHeight);

  // Only the mentions and matches on the visible lines (a match may start a line above and run on).
  const mLines = mentionLines(doc);
  const mentions = onLines(mLines, from, to);
  const matches = findMatches(r.find.text);
  const found = onLines(matchLines(doc, r.find.text), from, to);

  const statusRows = layout.status === "reader" ? 1 : 0;
  const out: Line[] = statusRows ? [readerStatus(r, size, cols)] : [];
  for (let i = from; i < to; i++) {
    const l = doc.lines[i]!;
    if (l.paragraphId === undefined) {
      out.push(line(l.text, THEME.muted));
      continue;
    }
    const start = l.start;
    const end = l.start + l.text.length;
    const spans: StyledRange[] = [];
    const add = (pid: string, s: number, e: number, style: Style) => {
      if (pid === l.paragraphId && s < end && e > start) spans.push({ start: s - start, end: e - start, style });
    };
    for (const mi of mentions) {
      const m = allMentions[mi]!;
      add(m.paragraphId, m.start, m.end, m.kind === "term" ? THEME.term : THEME.figure);
      if (mi === r.mention && r.focus === "reader") add(m.paragraphId, m.start, m.end, THEME.current);
    }
    if (r.landing) add(r.landing.paragraphId, r.landing.start, r.landing.end, THEME.landed);
    if (r.visual) {
      const span = visualSpan(r.visual);
      add(r.visual.paragraphId, span.start, span.end, THEME.visual);
    }
    for (const fi of found) {
      const m = matches[fi]!;
      add(m.paragraphId, m.start, m.end, fi === r.match ? THEME.foundCurrent : THEME.found);
    }
    const text = highlight(l.text, spans, l.kind === "heading" ? THEME.strong : undefined);
    out.push(l.lead ? [...leadSegments(l.lead, r.noted[l.lead]), ...text] : text);
  }
  while (out.length < layout.readerHeight + statusRows) out.push([]);
  if (r.goto.focused) out.push(queryBoxLine(":", r.goto, cols, "2.2 2.0.p2 附件一 50%"));
  else if (layout.findBox) {
    const note = r.find.text === "" ? "" : matches.length === 0 ? "无匹配" : `${r.match + 1}/${matches.length}`;
    out.push(queryBoxLine("/", r.find, cols, note));
  }
  return out;
}

function pageLines(r: ReportState, size: Size): Line[] {
  const layout = reportLayout(size, r);
  const h = layout.body;
  const reader = readerLines(r, size);
  if (layout.stacked) return [...tocLines(r, size.columns, layout.tocHeight), ...reader].slice(0, h);
  const gap = [seg(LABELS.gap, THEME.muted)];
  return besideLines(tocLines(r, layout.tocWidth, h), layout.tocWidth, gap, reader).slice(0, h);
}

/** The row of the body that shows the current term or figure (the one the popup is about). */
function mentionRow(r: ReportState, size: Size): number {
  const layout = reportLayout(size, r);
  const line = mentionLines(currentDoc(size, r))[r.mention] ?? r.scroll;
  return (layout.stacked ? layout.tocHeight : 0) + (layout.status === "reader" ? 1 : 0) + (line - r.scroll);
}

export function reportView(r: ReportState, size: Size): Line[] {
  const page = pageLines(r, size);
  if (!r.overlay) return page;
  // The popup covers only its own rows, just under the line it is about (or above it when it does
  // not fit there): the text around it stays.
  const h = reportLayout(size, r).body;
  const box = boxLines(overlayContent(r.overlay, size.columns), size.columns, h, r.overlayScroll);
  const row = mentionRow(r, size);
  const at = row + 1 + box.length <= h ? row + 1 : Math.max(0, Math.min(row - box.length, h - box.length));
  return [...page.slice(0, at), ...box, ...page.slice(at + box.length)].slice(0, h);
}
