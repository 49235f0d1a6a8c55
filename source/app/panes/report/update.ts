// 报告's update: pure. The reader scrolls over the whole report; the contents selection follows the
// section at the top. Scroll bounds, page sizes and mention positions come from the same memoised
// model functions the view uses.
import { paragraphById } from "../../../../data/index";
import type { Size } from "../../../terminal/size";
import type { Action } from "../../actions";
import { editQueryBox, emptyQueryBox, focusQueryBox, queryBoxOf } from "../../widgets/query-box";
import { clamp, follow } from "../../widgets/scroll";
import { scrollView } from "../../widgets/viewport";
import type { OffsetRange, PaneStep } from "../pane";
import { parseGoto } from "./goto";
import {
  type Anchor,
  allMentions,
  anchorAt,
  currentDoc,
  currentParagraph,
  docLineOf,
  findMatches,
  landingScroll,
  lineOfAnchor,
  type Mention,
  maxReportScroll,
  mentionLines,
  readsWide,
  reportLayout,
  sectionIndex,
  toc,
} from "./model";
import { overlayContent, overlayHeight, overlayMaxScroll } from "./overlay";
import type { ReportState } from "./state";
import { moveVisual, startVisual } from "./visual";

type Step = PaneStep<ReportState>;

/** The state with its scroll kept within bounds: the find box and the focus change the reader's
 * height, and so the last scroll position. */
function bounded(size: Size, r: ReportState): ReportState {
  const max = maxReportScroll(size, r);
  return r.scroll > max ? { ...r, scroll: max } : r;
}

/** Keeps the current mention if it is on screen, else picks the first one that is (or none). */
function fixMention(size: Size, r: ReportState): ReportState {
  const lines = mentionLines(currentDoc(size, r));
  const h = reportLayout(size, r).readerHeight;
  const visible = (i: number) => lines[i] !== undefined && lines[i]! >= r.scroll && lines[i]! < r.scroll + h;
  if (r.mention >= 0 && visible(r.mention)) return r;
  const first = lines.findIndex((l) => l >= r.scroll);
  const mention = first >= 0 && visible(first) ? first : -1;
  return mention === r.mention ? r : { ...r, mention: mention };
}

/** The contents scrolled to show the selected section, and no further than their last line. */
const withToc = (size: Size, r: ReportState): ReportState => {
  const height = reportLayout(size, r).tocHeight;
  const tocTop = clamp(follow(r.tocTop, r.section, height), 0, Math.max(0, toc.length - height));
  return tocTop === r.tocTop ? r : { ...r, tocTop };
};

/** Scrolls to a line; when the view moves, the contents selection follows the section at the top. */
function scrollTo(size: Size, r: ReportState, scroll: number): ReportState {
  const to = clamp(scroll, 0, maxReportScroll(size, r));
  if (to === r.scroll) return fixMention(size, r);
  const section = currentDoc(size, r).lines[to]?.section ?? r.section;
  return fixMention(size, withToc(size, { ...r, scroll: to, section }));
}

/** Scrolls a paragraph's line into view, when it is not, as a jump lands (model.ts landingScroll). */
function reveal(size: Size, r: ReportState, paragraphId: string, line: number): ReportState {
  const h = reportLayout(size, r).readerHeight;
  if (line >= r.scroll && line < r.scroll + h) return fixMention(size, r);
  return scrollTo(size, r, landingScroll(currentDoc(size, r), paragraphId, line, h));
}

/** A section at its start (at the end of the report the last screen shows it), selected in the contents. */
function gotoSection(size: Size, r: ReportState, index: number): ReportState {
  const section = clamp(index, 0, toc.length - 1);
  const start = currentDoc(size, r).sectionStart[section]!;
  const next = { ...r, section, scroll: clamp(start, 0, maxReportScroll(size, r)), overlay: null, landing: null };
  return fixMention(size, withToc(size, next));
}

const WRAPPED_END = "已到末尾，从头继续查找";
const WRAPPED_START = "已到开头，从末尾继续查找";

/** Moves to match `index` of the find (wrapping, and saying so), scrolled into view. */
function gotoMatch(size: Size, r: ReportState, index: number): Step {
  const matches = findMatches(r.find.text);
  if (matches.length === 0) return { slice: { ...r, match: 0 }, notice: `无匹配：${r.find.text}` };
  const i = ((index % matches.length) + matches.length) % matches.length;
  const notice = index >= matches.length ? WRAPPED_END : index < 0 ? WRAPPED_START : undefined;
  const m = matches[i]!;
  const doc = currentDoc(size, r);
  const line = docLineOf(doc, m.paragraphId, m.start);
  // The contents select the match's section (a short one may start below the top line).
  const section = doc.lines[line]?.section ?? r.section;
  const revealed = withToc(size, { ...reveal(size, { ...r, match: i }, m.paragraphId, line), section });
  // The current term or figure becomes the first one from the match on, so Enter opens what was found.
  const lines = mentionLines(doc);
  const from = allMentions.findIndex(
    (k, j) => lines[j]! > line || (k.paragraphId === m.paragraphId && lines[j] === line && k.end > m.start),
  );
  const slice = fixMention(size, from < 0 ? revealed : { ...revealed, mention: from });
  const jumped = doc.lines[line]?.section !== doc.lines[r.scroll]?.section;
  return { slice, ...(notice ? { notice } : {}), ...(jumped ? { leftPlace: jumped } : {}) };
}

/** `n` / `N` with no find: `query` (the last find) from the top of the screen on, or before it. */
export function findAgain(r: ReportState, size: Size, query: string, delta: 1 | -1): Step {
  const next = { ...r, find: queryBoxOf(query, false), match: 0 };
  const step = gotoMatch(size, next, firstMatchFromTop(size, next) + (delta < 0 ? -1 : 0));
  return step.notice ? step : { ...step, notice: `再次查找上次的：${query}` };
}

/** The first match at or below the top of the reader, as `less` searches forward from the screen. */
function firstMatchFromTop(size: Size, r: ReportState): number {
  const doc = currentDoc(size, r);
  const matches = findMatches(r.find.text);
  const i = matches.findIndex((m) => docLineOf(doc, m.paragraphId, m.start) >= r.scroll);
  return i < 0 ? matches.length : i;
}

/** 报告 at a paragraph, with a span of it highlighted (a figure's quote, a search match, a term), and
 * the query that found it active in the find. */
export function openParagraph(
  r0: ReportState,
  size: Size,
  paragraphId: string,
  span: OffsetRange | null,
  query = "",
): ReportState {
  const paragraph = paragraphById.get(paragraphId);
  if (!paragraph) return r0;
  const matches = findMatches(query);
  const at = span?.start ?? 0;
  const match = matches.findIndex((m) => m.paragraphId === paragraphId && m.end > at);
  const r1: ReportState = {
    ...r0,
    section: sectionIndex(paragraph.sectionId),
    focus: "reader",
    find: queryBoxOf(match >= 0 ? query : "", false),
    match: Math.max(0, match),
    goto: emptyQueryBox(false),
    pending: null,
    overlay: null,
    overlayScroll: 0,
    landing: span ? { paragraphId, ...span } : null,
    mention: -1,
    promptFrom: null,
    visual: null,
  };
  const doc = currentDoc(size, r1);
  const line = docLineOf(doc, paragraphId, at);
  const top = landingScroll(doc, paragraphId, line, reportLayout(size, r1).readerHeight);
  const r2 = withToc(size, bounded(size, { ...r1, scroll: clamp(top, 0, maxReportScroll(size, r1)) }));
  // The current mention is the term or figure inside the highlighted span, when there is one.
  const inside = (m: Mention) =>
    m.paragraphId === paragraphId && span !== null && m.start >= span.start && m.end <= span.end;
  return fixMention(size, { ...r2, mention: allMentions.findIndex(inside) });
}

/** `next`, whose layout may differ from `r`'s (the wide reader comes or goes): the reader keeps its top
 * paragraph and offset, as across a resize. */
function relayout(size: Size, r: ReportState, next: ReportState): ReportState {
  const anchor = anchorAt(currentDoc(size, r), r.scroll);
  const scroll = lineOfAnchor(currentDoc(size, next), anchor);
  return bounded(
    size,
    fixMention(size, withToc(size, { ...next, scroll: clamp(scroll, 0, maxReportScroll(size, next)) })),
  );
}

/** Focus back on the contents, scrolled to show the current section. */
const contents = (size: Size, r: ReportState): ReportState => relayout(size, r, { ...r, focus: "toc" });

const page = (size: Size, r: ReportState, action: Action): number | null => {
  const layout = reportLayout(size, r);
  const h = layout.readerHeight;
  // A whole screen, as less pages.
  if (action.type === "page") return r.scroll + action.delta * h;
  if (action.type === "halfPage") return r.scroll + action.delta * Math.max(1, Math.floor(h / 2));
  return null;
};

function findUpdate(size: Size, r: ReportState, action: Action): Step {
  const edited = editQueryBox(r.find, action);
  if (edited) {
    const next = { ...r, find: edited };
    if (edited.text === "") return { slice: { ...next, match: 0 } };
    const step = gotoMatch(size, next, firstMatchFromTop(size, next));
    // Typing moves the view, but records no jump until the find is done.
    return step.notice ? { slice: step.slice, notice: step.notice } : { slice: step.slice };
  }
  const to = page(size, r, action);
  if (to !== null) return { slice: scrollTo(size, r, to) };
  switch (action.type) {
    case "move": {
      // Moving between matches in the box records nothing yet: leaving it does, from before the prompt.
      const step = gotoMatch(size, r, r.match + action.delta);
      return step.notice ? { slice: step.slice, notice: step.notice } : { slice: step.slice };
    }
    case "open":
    case "back":
      return leaveFind(size, r);
    default:
      return { slice: r };
  }
}

/** The find box left (Enter or Esc): a find that took the reader to another section is a jump, from
 * the place before `/`. */
function leaveFind(size: Size, r: ReportState): Step {
  const slice = scrollTo(size, { ...r, find: focusQueryBox(r.find, false), promptFrom: null }, r.scroll);
  const from = r.promptFrom;
  if (!from) return { slice };
  const sectionOf = (s: ReportState) => currentDoc(size, s).lines[s.scroll]?.section;
  return sectionOf(from) === sectionOf(slice) ? { slice } : { slice, leftPlace: true, from };
}

function gotoUpdate(size: Size, r: ReportState, action: Action): Step {
  const edited = editQueryBox(r.goto, action);
  if (edited) return { slice: { ...r, goto: edited } };
  if (action.type === "back") return { slice: { ...r, goto: emptyQueryBox(false), promptFrom: null } };
  if (action.type !== "open") return { slice: r };
  const closed = { ...r, goto: emptyQueryBox(false), promptFrom: null };
  const doc = currentDoc(size, closed);
  const target = parseGoto(r.goto.text, doc, maxReportScroll(size, closed));
  if (target === null)
    return {
      slice: r,
      notice: `没有这个位置：${r.goto.text.trim() || "（空）"}（可输入 2.2、2.0.p2、2-4、附件一、50%）`,
    };
  const moved =
    target.section === null
      ? scrollTo(size, closed, target.line)
      : withToc(size, { ...scrollTo(size, closed, target.line), section: target.section });
  return { slice: { ...moved, landing: null }, leftPlace: true, from: r.promptFrom ?? closed };
}

function pendingUpdate(size: Size, r: ReportState, action: Action): Step {
  const cleared = { ...r, pending: null };
  if (action.type !== "type") return { slice: cleared };
  const name = action.text.slice(0, 1);
  if (r.pending === "toMark" && name === "'") return { slice: cleared, intent: { type: "toMark", name } };
  if (!/^[a-zA-Z]$/.test(name)) return { slice: cleared, notice: "标记名须为一个字母（a–z、A–Z）" };
  if (r.pending === "toMark") return { slice: cleared, intent: { type: "toMark", name } };
  return { slice: cleared, intent: { type: "setMark", name, anchor: anchorAt(currentDoc(size, r), r.scroll) } };
}

/** The reader at a remembered place (a mark), the contents following. */
/** The reader at a section's heading, the find box left as it was. */
export const openSection = (r: ReportState, size: Size, sectionId: string): ReportState =>
  gotoAnchor({ ...r, section: Math.max(0, sectionIndex(sectionId)) }, size, {
    section: Math.max(0, sectionIndex(sectionId)),
    paragraphId: null,
    start: 0,
  });

export const gotoAnchor = (r: ReportState, size: Size, anchor: Anchor): ReportState =>
  placeReader(r, size, anchor, "reader");

/** The report at a place kept in words (a paragraph and the offset in it), with the focus given. */
export function placeReader(r: ReportState, size: Size, anchor: Anchor, focus: ReportState["focus"]): ReportState {
  const open = { ...r, focus, landing: null, overlay: null };
  return bounded(size, scrollTo(size, open, lineOfAnchor(currentDoc(size, open), anchor)));
}

function overlayUpdate(size: Size, r: ReportState, action: Action): ReportState {
  if (!r.overlay) return r;
  if (action.type === "back" || action.type === "open") return { ...r, overlay: null, overlayScroll: 0 };
  const total = overlayContent(r.overlay, size.columns).length;
  const scroll = scrollView(r.overlayScroll, action, total, overlayHeight(size));
  return scroll === null ? r : { ...r, overlayScroll: scroll };
}

function tocUpdate(size: Size, r: ReportState, action: Action): Step {
  switch (action.type) {
    case "move":
      return { slice: gotoSection(size, r, r.section + action.delta) };
    case "jump":
      return { slice: gotoSection(size, r, action.to === "start" ? 0 : toc.length - 1) };
    case "side":
      return action.delta < 0 ? { slice: r } : open(size, r);
    case "open":
      return open(size, r);
    default:
      return { slice: r };
  }
}

/** Contents Enter: the selected section at its start, the focus in the reader. */
const open = (size: Size, r: ReportState): Step => ({
  slice: gotoSection(size, { ...r, focus: "reader" }, r.section),
  leftPlace: true,
});

/** The term or figure after (or before) the current one, or the first one from the top of the screen. */
function stepMention(size: Size, r: ReportState, delta: 1 | -1): ReportState {
  if (allMentions.length === 0) return r;
  const lines = mentionLines(currentDoc(size, r));
  let mention: number;
  if (r.mention >= 0) mention = clamp(r.mention + delta, 0, allMentions.length - 1);
  else if (delta > 0)
    mention = Math.max(
      0,
      lines.findIndex((l) => l >= r.scroll),
    );
  else
    mention = Math.max(
      0,
      lines.findLastIndex((l) => l < r.scroll),
    );
  const line = lines[mention]!;
  const h = reportLayout(size, r).readerHeight;
  return fixMention(size, { ...scrollTo(size, r, follow(r.scroll, line, h)), mention: mention });
}

function readerUpdate(size: Size, r: ReportState, action: Action): Step {
  switch (action.type) {
    case "move":
      return { slice: scrollTo(size, r, r.scroll + action.delta) };
    case "jump":
      return { slice: scrollTo(size, r, action.to === "start" ? 0 : maxReportScroll(size, r)) };
    case "side":
      return { slice: stepMention(size, r, action.delta) };
    case "open": {
      const m = allMentions[r.mention];
      if (!m) return { slice: r };
      const overlay =
        m.kind === "term"
          ? { kind: "term" as const, number: m.ref as number }
          : { kind: "figure" as const, id: m.ref as string };
      return { slice: { ...r, overlay, overlayScroll: 0 } };
    }
    case "findNext":
      return r.find.text === ""
        ? { slice: r, notice: "还没有查找内容：按 / 输入" }
        : gotoMatch(size, r, r.match + action.delta);
    case "pending":
      return { slice: { ...r, pending: action.kind } };
    case "wide":
      return { slice: relayout(size, r, { ...r, wide: !readsWide(size, { ...r, focus: "reader" }) }) };
    case "visual": {
      const next = startVisual(size, r);
      const v = next.visual;
      return {
        slice: v ? reveal(size, next, v.paragraphId, docLineOf(currentDoc(size, next), v.paragraphId, v.head)) : next,
      };
    }
    case "notesHere": {
      const id = currentParagraph(size, r);
      return id ? { slice: r, intent: { type: "notesOf", paragraphId: id } } : { slice: r };
    }
    case "back":
      if (r.find.text !== "") return { slice: { ...r, find: emptyQueryBox(false), match: 0 } };
      if (r.landing) return { slice: { ...r, landing: null } };
      return { slice: contents(size, r) };
    default:
      return { slice: r };
  }
}

/** The selection's end kept in view as it moves; `v` again or Esc ends it. */
function visualUpdate(size: Size, r: ReportState, action: Action): Step {
  if (action.type === "visual" || action.type === "back") return { slice: { ...r, visual: null } };
  if (action.type !== "visualMove") return { slice: r };
  const next = moveVisual(size, r, action.unit, action.delta);
  const v = next.visual!;
  const line = docLineOf(currentDoc(size, next), v.paragraphId, v.head);
  return { slice: scrollTo(size, next, follow(next.scroll, line, reportLayout(size, next).readerHeight)) };
}

function updateOpen(r: ReportState, action: Action, size: Size): Step {
  if (r.find.focused) return findUpdate(size, r, action);
  if (r.goto.focused) return gotoUpdate(size, r, action);
  if (r.pending) return pendingUpdate(size, r, action);
  if (r.visual) return visualUpdate(size, r, action);
  if (r.overlay) return { slice: overlayUpdate(size, r, action) };
  switch (action.type) {
    case "focusQueryBox": {
      const next = relayout(size, r, { ...r, focus: "reader", find: emptyQueryBox(true), match: 0, promptFrom: r });
      return { slice: scrollTo(size, next, next.scroll) };
    }
    case "openGoto":
      return { slice: relayout(size, r, { ...r, focus: "reader", goto: emptyQueryBox(true), promptFrom: r }) };
    case "section":
      return { slice: gotoSection(size, r, r.section + action.delta) };
  }
  const to = page(size, r, action);
  if (to !== null) return { slice: scrollTo(size, r, to) };
  return r.focus === "toc" ? tocUpdate(size, r, action) : readerUpdate(size, r, action);
}

export function updateReport(r: ReportState, action: Action, size: Size): Step {
  const step = updateOpen(r, action, size);
  const slice = bounded(size, step.slice);
  return slice === step.slice ? step : { ...step, slice };
}

/** A new size: the reader keeps its top paragraph and offset. */
export function resizeReport(r: ReportState, from: Size, to: Size): ReportState {
  const anchor = anchorAt(currentDoc(from, r), r.scroll);
  const scroll = lineOfAnchor(currentDoc(to, r), anchor);
  // The place an open prompt came from is where Enter's jump records it left: laid out for `to` too.
  const promptFrom = r.promptFrom && resizeReport(r.promptFrom, from, to);
  const resized = { ...r, scroll: clamp(scroll, 0, maxReportScroll(to, r)), promptFrom };
  const next = bounded(to, fixMention(to, withToc(to, resized)));
  if (!next.overlay) return next;
  return { ...next, overlayScroll: clamp(next.overlayScroll, 0, overlayMaxScroll(next.overlay, to)) };
}
