// 报告's update: pure. Scroll bounds, page sizes and mark positions come from the same memoised
// model functions the view uses.
import { paragraphById } from "../../../../data/index";
import type { Size } from "../../../terminal/size";
import type { Action } from "../../actions";
import { editInput, emptyInput, focusInput } from "../../widgets/query-box";
import { clamp, follow } from "../../widgets/scroll";
import { scrollView } from "../../widgets/viewport";
import type { PaneStep, Span } from "../pane";
import {
  currentDoc,
  findMatches,
  lineOf,
  type Mark,
  maxScroll,
  reportLayout,
  sectionIndex,
  sectionMarks,
  toc,
} from "./model";
import { overlayContent, overlayHeight, overlayMaxScroll } from "./overlay";
import type { ReportState } from "./state";

/** The state with its scroll kept within bounds: the find box and the focus change the reader's
 * height, and so the last scroll position. */
function bounded(size: Size, r: ReportState): ReportState {
  const max = maxScroll(size, r);
  return r.scroll > max ? { ...r, scroll: max } : r;
}

/** Line of each mark of the current section in the current layout. */
function markLines(size: Size, r: ReportState): number[] {
  const doc = currentDoc(size, r);
  return sectionMarks(toc[r.section]!.id).map((m) => lineOf(doc, m.paragraphId, m.start));
}

/** Keeps the current mark if it is on screen, else picks the first one that is (or none). */
function fixMark(size: Size, r: ReportState): ReportState {
  const lines = markLines(size, r);
  const h = reportLayout(size, r).readerHeight;
  const visible = (i: number) => lines[i] !== undefined && lines[i]! >= r.scroll && lines[i]! < r.scroll + h;
  if (r.mark >= 0 && visible(r.mark)) return r;
  const first = lines.findIndex((_, i) => visible(i));
  return first === r.mark ? r : { ...r, mark: first };
}

function scrollTo(size: Size, r: ReportState, scroll: number): ReportState {
  return fixMark(size, { ...r, scroll: clamp(scroll, 0, maxScroll(size, r)) });
}

/** Scrolls so a line sits a third of the way down the reader (where the eye looks after a jump). */
function reveal(size: Size, r: ReportState, line: number): ReportState {
  const h = reportLayout(size, r).readerHeight;
  if (line >= r.scroll && line < r.scroll + h) return r;
  return { ...r, scroll: clamp(line - Math.floor(h / 3), 0, maxScroll(size, r)) };
}

function selectSection(size: Size, r: ReportState, index: number): ReportState {
  const section = clamp(index, 0, toc.length - 1);
  if (section === r.section) return r;
  const tocTop = follow(r.tocTop, section, reportLayout(size, r).tocHeight);
  const next: ReportState = {
    ...r,
    section,
    tocTop,
    scroll: 0,
    mark: -1,
    find: emptyInput(false),
    match: 0,
    overlay: null,
    landing: null,
  };
  return fixMark(size, next);
}

/** Moves to a match of the find inside the section and scrolls it into view. */
function gotoMatch(size: Size, r: ReportState, match: number): ReportState {
  const matches = findMatches(toc[r.section]!.id, r.find.text);
  if (matches.length === 0) return { ...r, match: 0 };
  const i = ((match % matches.length) + matches.length) % matches.length;
  const m = matches[i]!;
  const line = lineOf(currentDoc(size, r), m.paragraphId, m.start);
  const revealed = reveal(size, { ...r, match: i }, line);
  // The current term or figure becomes the first one from the match on, so Enter opens what was found.
  const marks = sectionMarks(toc[r.section]!.id);
  const lines = markLines(size, revealed);
  const from = marks.findIndex(
    (k, j) => lines[j]! > line || (k.paragraphId === m.paragraphId && lines[j] === line && k.end > m.start),
  );
  return fixMark(size, from < 0 ? revealed : { ...revealed, mark: from });
}

/** The first match at or below the top of the reader, as `less` searches forward from the screen. */
function firstMatchFromTop(size: Size, r: ReportState): number {
  const doc = currentDoc(size, r);
  const matches = findMatches(toc[r.section]!.id, r.find.text);
  const i = matches.findIndex((m) => lineOf(doc, m.paragraphId, m.start) >= r.scroll);
  return Math.max(0, i);
}

/** 报告 at a paragraph, with a span of it highlighted (a figure's quote, a search match, a term). */
export function openParagraph(r0: ReportState, size: Size, paragraphId: string, span: Span | null): ReportState {
  const paragraph = paragraphById.get(paragraphId);
  if (!paragraph) return r0;
  const section = sectionIndex(paragraph.sectionId);
  const r1: ReportState = {
    ...r0,
    section,
    focus: "reader",
    tocTop: follow(r0.tocTop, section, reportLayout(size, r0).tocHeight),
    scroll: 0,
    find: emptyInput(false),
    match: 0,
    overlay: null,
    overlayScroll: 0,
    landing: span ? { paragraphId, ...span } : null,
    mark: -1,
  };
  const r2 = reveal(size, r1, lineOf(currentDoc(size, r1), paragraphId, span?.start ?? 0));
  // The current mark is the term or figure inside the highlighted span, when there is one.
  const inside = (m: Mark) =>
    m.paragraphId === paragraphId && span !== null && m.start >= span.start && m.end <= span.end;
  const mark = sectionMarks(paragraph.sectionId).findIndex(inside);
  return bounded(size, fixMark(size, { ...r2, mark }));
}

/** Focus back on the contents, scrolled to show the current section. */
function contents(size: Size, r: ReportState): ReportState {
  const next = { ...r, focus: "toc" as const };
  return { ...next, tocTop: follow(next.tocTop, next.section, reportLayout(size, next).tocHeight) };
}

function findUpdate(size: Size, r: ReportState, action: Action): ReportState {
  const edited = editInput(r.find, action);
  if (edited) {
    const next = { ...r, find: edited };
    return edited.text === "" ? { ...next, match: 0 } : gotoMatch(size, next, firstMatchFromTop(size, next));
  }
  const page = Math.max(1, reportLayout(size, r).readerHeight - 1);
  switch (action.type) {
    case "move":
      return gotoMatch(size, r, r.match + action.delta);
    case "open":
    case "back":
      return scrollTo(size, { ...r, find: focusInput(r.find, false) }, r.scroll);
    case "page":
      return scrollTo(size, r, r.scroll + action.delta * page);
    default:
      return r;
  }
}

function overlayUpdate(size: Size, r: ReportState, action: Action): ReportState {
  if (!r.overlay) return r;
  if (action.type === "back" || action.type === "open") return { ...r, overlay: null, overlayScroll: 0 };
  const total = overlayContent(r.overlay, size.columns).length;
  const scroll = scrollView(r.overlayScroll, action, total, overlayHeight(size));
  return scroll === null ? r : { ...r, overlayScroll: scroll };
}

function tocUpdate(size: Size, r: ReportState, action: Action): ReportState {
  switch (action.type) {
    case "move":
      return selectSection(size, r, r.section + action.delta);
    case "jump":
      return selectSection(size, r, action.to === "start" ? 0 : toc.length - 1);
    case "side":
      return action.delta < 0 ? r : scrollTo(size, { ...r, focus: "reader" }, r.scroll);
    case "open":
      return scrollTo(size, { ...r, focus: "reader" }, r.scroll);
    default:
      return r;
  }
}

function readerUpdate(size: Size, r: ReportState, action: Action): PaneStep<ReportState> {
  const layout = reportLayout(size, r);
  switch (action.type) {
    case "move":
      return { slice: scrollTo(size, r, r.scroll + action.delta) };
    case "jump":
      return { slice: scrollTo(size, r, action.to === "start" ? 0 : maxScroll(size, r)) };
    case "side": {
      const marks = sectionMarks(toc[r.section]!.id);
      if (marks.length === 0) return { slice: r };
      const mark = r.mark < 0 ? 0 : clamp(r.mark + action.delta, 0, marks.length - 1);
      const line = markLines(size, r)[mark]!;
      return { slice: { ...r, scroll: follow(r.scroll, line, layout.readerHeight), mark } };
    }
    case "open": {
      const m = sectionMarks(toc[r.section]!.id)[r.mark];
      if (!m) return { slice: r };
      const overlay =
        m.kind === "term"
          ? { kind: "term" as const, number: m.ref as number }
          : { kind: "metric" as const, id: m.ref as string };
      return { slice: { ...r, overlay, overlayScroll: 0 } };
    }
    case "findNext":
      return { slice: r.find.text === "" ? r : gotoMatch(size, r, r.match + action.delta) };
    case "back":
      if (r.find.text !== "") return { slice: { ...r, find: emptyInput(false), match: 0 } };
      if (r.landing) return { slice: { ...r, landing: null } };
      return { slice: contents(size, r) };
    default:
      return { slice: r };
  }
}

export function updateReport(r: ReportState, action: Action, size: Size): PaneStep<ReportState> {
  if (r.find.focused) return { slice: bounded(size, findUpdate(size, r, action)) };
  if (r.overlay) return { slice: bounded(size, overlayUpdate(size, r, action)) };
  if (action.type === "focusInput") {
    return {
      slice: bounded(size, scrollTo(size, { ...r, focus: "reader", find: emptyInput(true), match: 0 }, r.scroll)),
    };
  }
  if (action.type === "page") {
    const page = Math.max(1, reportLayout(size, r).readerHeight - 1);
    return { slice: bounded(size, scrollTo(size, r, r.scroll + action.delta * page)) };
  }
  if (r.focus === "toc") return { slice: bounded(size, tocUpdate(size, r, action)) };
  const step = readerUpdate(size, r, action);
  return { ...step, slice: bounded(size, step.slice) };
}

/** A new size: the reader keeps its top paragraph and offset. */
export function resizeReport(r: ReportState, from: Size, to: Size): ReportState {
  const before = currentDoc(from, r);
  const anchor = before[r.scroll];
  const doc = currentDoc(to, r);
  const scroll = anchor?.paragraphId
    ? lineOf(doc, anchor.paragraphId, anchor.start)
    : Math.round((r.scroll / Math.max(1, before.length)) * doc.length);
  const tocTop = follow(r.tocTop, r.section, reportLayout(to, r).tocHeight);
  const next = bounded(to, fixMark(to, { ...r, tocTop, scroll: clamp(scroll, 0, maxScroll(to, r)) }));
  if (!next.overlay) return next;
  return { ...next, overlayScroll: clamp(next.overlayScroll, 0, overlayMaxScroll(next.overlay, to)) };
}
