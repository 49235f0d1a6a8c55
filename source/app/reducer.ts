// The one reducer: State × Action → State, pure. Anything it needs to know about layout (page sizes,
// scroll bounds, result counts) comes from the same memoised model functions the views use.
import { metricById, paragraphById } from "../../data/index";
import { sanitize } from "../text/sanitize";
import { graphemes } from "../text/width";
import type { Action } from "./actions";
import { boxInnerHeight } from "./components/box";
import { helpHeight, helpLines } from "./components/help";
import { clamp, follow, select, step } from "./components/scroll";
import { bodyHeight } from "./geometry";
import { actionForKey, contextOf, type KeyFlags, keyEvent } from "./keymap";
import { chartContent, charts, chartsLayout } from "./models/charts";
import { dataLayout, metricRows, SORTS } from "./models/data";
import { entryByNumber, glossaryResults, occurrences } from "./models/glossary";
import { glossaryListHeight, searchListHeight } from "./models/lists";
import {
  currentDoc,
  findMatches,
  lineOf,
  type Mark,
  maxScroll,
  quoteRange,
  reportLayout,
  sectionIndex,
  sectionMarks,
  toc,
} from "./models/report";
import { searchResults } from "./models/search";
import { overlayMaxScroll } from "./panes/report-overlay";
import {
  type DataState,
  type Flash,
  type GlossaryState,
  type Input,
  PANES,
  type ReportState,
  type SearchState,
  type State,
} from "./state";

export function reduce(state: State, action: Action): State {
  switch (action.type) {
    case "resize":
      return resize(state, action.size);
    case "quit":
      return { ...state, quit: true };
    case "suspend":
      return { ...state, suspends: state.suspends + 1 };
    case "help":
      return { ...state, help: { open: !state.help.open, scroll: 0 } };
    case "pane":
      return openPane(state, action.pane);
    case "cyclePane": {
      const i = PANES.findIndex((p) => p.id === state.pane);
      return openPane(state, PANES[(i + action.delta + PANES.length) % PANES.length]!.id);
    }
  }
  if (state.help.open) return helpAction(state, action);
  switch (state.pane) {
    case "report":
      return reportAction(state, action);
    case "data":
      return dataAction(state, action);
    case "charts":
      return chartsAction(state, action);
    case "glossary":
      return glossaryAction(state, action);
    case "search":
      return searchAction(state, action);
  }
}

/**
 * Applies one Ink input event. Text comes in chunks (fast typing, a paste, an IME commit): outside a
 * text box each character is a key; once a key focuses a box ("/"), the rest of the chunk is typed.
 */
export function reduceInput(state: State, input: string, key: KeyFlags): State {
  const event = keyEvent(input, key);
  if ("key" in event) {
    const action = actionForKey(state, event.key);
    return action ? reduce(state, action) : state;
  }
  let s = state;
  const chars = [...event.text];
  for (let i = 0; i < chars.length; i++) {
    if (contextOf(s) === "input") return reduce(s, { type: "type", text: chars.slice(i).join("") });
    const action = actionForKey(s, chars[i]!);
    if (action) s = reduce(s, action);
    if (s.quit) break;
  }
  return s;
}

function openPane(state: State, pane: State["pane"]): State {
  const s: State = { ...state, pane, help: { open: false, scroll: 0 } };
  // The query box has focus when 用语 or 搜索 opens, so typing starts the search at once.
  if (pane === "glossary" && s.glossary.detail === null)
    return { ...s, glossary: { ...s.glossary, query: focus(s.glossary.query, true) } };
  if (pane === "search") return { ...s, search: { ...s.search, query: focus(s.search.query, true) } };
  return s;
}

const focus = (input: Input, focused: boolean): Input => (input.focused === focused ? input : { ...input, focused });

/** Text box editing shared by every pane; null when the action is not an edit. */
function edit(input: Input, action: Action): Input | null {
  switch (action.type) {
    case "type": {
      const text = sanitize(action.text);
      return text === "" ? input : { ...input, text: input.text + text };
    }
    case "erase":
      return { ...input, text: graphemes(input.text).slice(0, -1).join("") };
    case "clearInput":
      return { ...input, text: "" };
    default:
      return null;
  }
}

// ---------------------------------------------------------------- help

function helpAction(state: State, action: Action): State {
  const max = Math.max(0, helpLines(state.size.columns).length - helpHeight(state.size));
  const at = (scroll: number) => ({ ...state, help: { open: true, scroll: clamp(scroll, 0, max) } });
  switch (action.type) {
    case "move":
      return at(state.help.scroll + action.delta);
    case "page":
      return at(state.help.scroll + action.delta * Math.max(1, helpHeight(state.size) - 1));
    case "jump":
      return at(action.to === "start" ? 0 : max);
    case "back":
      return { ...state, help: { open: false, scroll: 0 } };
    default:
      return state;
  }
}

// ---------------------------------------------------------------- 报告

/** Stores the report state, its scroll kept within bounds: the find box and the focus change the
 * reader's height, and so the last scroll position. */
function withReport(state: State, report: ReportState): State {
  const max = maxScroll(state.size, report);
  return { ...state, report: report.scroll > max ? { ...report, scroll: max } : report };
}

/** Line of each mark of the current section in the current layout. */
function markLines(state: State, report: ReportState): number[] {
  const doc = currentDoc(state.size, report);
  return sectionMarks(toc[report.section]!.id).map((m) => lineOf(doc, m.paragraphId, m.start));
}

/** Keeps the current mark if it is on screen, else picks the first one that is (or none). */
function fixMark(state: State, report: ReportState): ReportState {
  const lines = markLines(state, report);
  const h = reportLayout(state.size, report).readerHeight;
  const visible = (i: number) => lines[i] !== undefined && lines[i]! >= report.scroll && lines[i]! < report.scroll + h;
  if (report.mark >= 0 && visible(report.mark)) return report;
  const first = lines.findIndex((_, i) => visible(i));
  return first === report.mark ? report : { ...report, mark: first };
}

function scrollTo(state: State, report: ReportState, scroll: number): ReportState {
  const next = { ...report, scroll: clamp(scroll, 0, maxScroll(state.size, report)) };
  return fixMark(state, next);
}

/** Scrolls so a line sits a third of the way down the reader (where the eye looks after a jump). */
function reveal(state: State, report: ReportState, line: number): ReportState {
  const h = reportLayout(state.size, report).readerHeight;
  if (line >= report.scroll && line < report.scroll + h) return report;
  return { ...report, scroll: clamp(line - Math.floor(h / 3), 0, maxScroll(state.size, report)) };
}

function selectSection(state: State, index: number): ReportState {
  const r = state.report;
  const section = clamp(index, 0, toc.length - 1);
  if (section === r.section) return r;
  const tocTop = follow(r.tocTop, section, reportLayout(state.size, r).tocHeight);
  const next: ReportState = {
    ...r,
    section,
    tocTop,
    scroll: 0,
    mark: -1,
    find: { text: "", focused: false },
    match: 0,
    overlay: null,
    flash: null,
  };
  return fixMark(state, next);
}

/** Moves to a match of the search inside the section and scrolls it into view. */
function gotoMatch(state: State, report: ReportState, match: number): ReportState {
  const matches = findMatches(toc[report.section]!.id, report.find.text);
  if (matches.length === 0) return { ...report, match: 0 };
  const i = ((match % matches.length) + matches.length) % matches.length;
  const m = matches[i]!;
  const line = lineOf(currentDoc(state.size, report), m.paragraphId, m.start);
  const revealed = reveal(state, { ...report, match: i }, line);
  // The current term or figure becomes the first one from the match on, so Enter opens what was found.
  const marks = sectionMarks(toc[report.section]!.id);
  const lines = markLines(state, revealed);
  const from = marks.findIndex(
    (k, j) => lines[j]! > line || (k.paragraphId === m.paragraphId && lines[j] === line && k.end > m.start),
  );
  return fixMark(state, from < 0 ? revealed : { ...revealed, mark: from });
}

/** The first match at or below the top of the reader, as `less` searches forward from the screen. */
function firstMatchFromTop(state: State, report: ReportState): number {
  const doc = currentDoc(state.size, report);
  const matches = findMatches(toc[report.section]!.id, report.find.text);
  const i = matches.findIndex((m) => lineOf(doc, m.paragraphId, m.start) >= report.scroll);
  return Math.max(0, i);
}

/** Opens 报告 at a paragraph with a span highlighted (a metric's quote, a search match, a term). */
export function goToReport(state: State, paragraphId: string, flash: Omit<Flash, "paragraphId"> | null): State {
  const paragraph = paragraphById.get(paragraphId);
  if (!paragraph) return state;
  const base = openPane(state, "report");
  const section = sectionIndex(paragraph.sectionId);
  const r0: ReportState = {
    ...base.report,
    section,
    focus: "reader",
    tocTop: follow(base.report.tocTop, section, reportLayout(state.size, base.report).tocHeight),
    scroll: 0,
    find: { text: "", focused: false },
    match: 0,
    overlay: null,
    flash: flash ? { paragraphId, ...flash } : null,
    mark: -1,
  };
  const at = flash?.start ?? 0;
  const r1 = reveal(state, r0, lineOf(currentDoc(state.size, r0), paragraphId, at));
  // The current mark is the term or figure inside the highlighted span, when there is one.
  const marks = sectionMarks(paragraph.sectionId);
  const inside = (m: Mark) =>
    m.paragraphId === paragraphId && flash !== null && m.start >= flash.start && m.end <= flash.end;
  const mark = marks.findIndex(inside);
  return withReport(base, fixMark(state, { ...r1, mark }));
}

/** Focus back on the contents, scrolled to show the current section. */
function contents(state: State, report: ReportState): ReportState {
  const next = { ...report, focus: "toc" as const };
  return { ...next, tocTop: follow(next.tocTop, next.section, reportLayout(state.size, next).tocHeight) };
}

function reportAction(state: State, action: Action): State {
  const r = state.report;
  const layout = reportLayout(state.size, r);
  const page = Math.max(1, layout.readerHeight - 1);

  if (r.find.focused) {
    const edited = edit(r.find, action);
    if (edited) {
      const next = { ...r, find: edited };
      return withReport(
        state,
        edited.text === "" ? { ...next, match: 0 } : gotoMatch(state, next, firstMatchFromTop(state, next)),
      );
    }
    switch (action.type) {
      case "move":
        return withReport(state, gotoMatch(state, r, r.match + action.delta));
      case "open":
      case "back":
        return withReport(state, scrollTo(state, { ...r, find: focus(r.find, false) }, r.scroll));
      case "page":
        return withReport(state, scrollTo(state, r, r.scroll + action.delta * page));
      default:
        return state;
    }
  }

  if (r.overlay) {
    const max = overlayMaxScroll(state);
    const at = (scroll: number) => withReport(state, { ...r, overlayScroll: clamp(scroll, 0, max) });
    switch (action.type) {
      case "move":
        return at(r.overlayScroll + action.delta);
      case "page":
        return at(r.overlayScroll + action.delta * Math.max(1, boxInnerHeight(bodyHeight(state.size)) - 1));
      case "jump":
        return at(action.to === "start" ? 0 : max);
      case "back":
      case "open":
        return withReport(state, { ...r, overlay: null, overlayScroll: 0 });
      default:
        return state;
    }
  }

  if (action.type === "focusInput") {
    const next = { ...r, focus: "reader" as const, find: { text: "", focused: true }, match: 0 };
    return withReport(state, scrollTo(state, next, r.scroll));
  }
  if (action.type === "page") return withReport(state, scrollTo(state, r, r.scroll + action.delta * page));

  if (r.focus === "toc") {
    switch (action.type) {
      case "move":
        return withReport(state, selectSection(state, r.section + action.delta));
      case "jump":
        return withReport(state, selectSection(state, action.to === "start" ? 0 : toc.length - 1));
      case "side":
      case "open":
        return action.type === "side" && action.delta < 0
          ? state
          : withReport(state, scrollTo(state, { ...r, focus: "reader" }, r.scroll));
      default:
        return state;
    }
  }

  switch (action.type) {
    case "move":
      return withReport(state, scrollTo(state, r, r.scroll + action.delta));
    case "jump":
      return withReport(state, scrollTo(state, r, action.to === "start" ? 0 : maxScroll(state.size, r)));
    case "side": {
      const marks = sectionMarks(toc[r.section]!.id);
      if (marks.length === 0) return state;
      const mark = r.mark < 0 ? 0 : clamp(r.mark + action.delta, 0, marks.length - 1);
      const line = markLines(state, r)[mark]!;
      const scrolled = { ...r, scroll: follow(r.scroll, line, layout.readerHeight), mark };
      return withReport(state, scrolled);
    }
    case "open": {
      const m = sectionMarks(toc[r.section]!.id)[r.mark];
      if (!m) return state;
      const overlay =
        m.kind === "term"
          ? { kind: "term" as const, number: m.ref as number }
          : { kind: "metric" as const, id: m.ref as string };
      return withReport(state, { ...r, overlay, overlayScroll: 0 });
    }
    case "findNext":
      return r.find.text === "" ? state : withReport(state, gotoMatch(state, r, r.match + action.delta));
    case "back":
      if (r.find.text !== "") return withReport(state, { ...r, find: { text: "", focused: false }, match: 0 });
      if (r.flash) return withReport(state, { ...r, flash: null });
      return withReport(state, contents(state, r));
    default:
      return state;
  }
}

// ---------------------------------------------------------------- 数据

function dataAt(state: State, d: DataState, selected: number): State {
  const view = metricRows(d.filter.text, d.sort);
  const { bodyRows } = dataLayout(state.size);
  const sel = step(selected, 0, view.rows.length);
  const line = view.lineOfRow[sel] ?? 0;
  let top = follow(d.top, line, bodyRows);
  // Keep a category's heading in view above its first row.
  if (top === line && view.body[line - 1]?.kind === "group") top--;
  top = clamp(top, 0, Math.max(0, view.body.length - bodyRows));
  return { ...state, data: { ...d, selected: sel, top } };
}

function dataAction(state: State, action: Action): State {
  const d = state.data;
  const view = metricRows(d.filter.text, d.sort);
  const page = Math.max(1, dataLayout(state.size).bodyRows - 1);
  const edited = d.filter.focused ? edit(d.filter, action) : null;
  if (edited) return dataAt(state, { ...d, filter: edited, top: 0 }, 0);
  switch (action.type) {
    case "move":
      return dataAt(state, d, d.selected + action.delta);
    case "page":
      return dataAt(state, d, d.selected + action.delta * page);
    case "jump":
      return dataAt(state, d, action.to === "start" ? 0 : view.rows.length - 1);
    case "focusInput":
      return { ...state, data: { ...d, filter: focus(d.filter, true) } };
    case "cycleSort": {
      const sort = SORTS[(SORTS.indexOf(d.sort) + 1) % SORTS.length]!;
      const current = view.rows[d.selected];
      const next = metricRows(d.filter.text, sort);
      return dataAt(state, { ...d, sort }, current ? next.rows.indexOf(current) : 0);
    }
    case "open": {
      if (d.filter.focused) return { ...state, data: { ...d, filter: focus(d.filter, false) } };
      const m = view.rows[d.selected];
      return m ? goToMetric(state, m.id) : state;
    }
    case "back":
      if (d.filter.focused) return { ...state, data: { ...d, filter: focus(d.filter, false) } };
      return d.filter.text === "" ? state : dataAt(state, { ...d, filter: { text: "", focused: false }, top: 0 }, 0);
    default:
      return state;
  }
}

/** 报告 at the metric's paragraph with its quote highlighted. */
export function goToMetric(state: State, metricId: string): State {
  const m = metricById.get(metricId);
  if (!m) return state;
  const range = quoteRange(paragraphById.get(m.paragraphId)?.text ?? "", m.quote);
  return goToReport(state, m.paragraphId, range);
}

// ---------------------------------------------------------------- 图表

function chartsAction(state: State, action: Action): State {
  const c = state.charts;
  const layout = chartsLayout(state.size);
  const content = chartContent(c.selected, layout.chartWidth, layout.height);
  const max = Math.max(0, content.length - layout.height);
  const select = (i: number) => ({ ...state, charts: { selected: step(i, 0, charts.length), scroll: 0 } });
  switch (action.type) {
    case "move":
      return select(c.selected + action.delta);
    case "jump":
      return select(action.to === "start" ? 0 : charts.length - 1);
    case "page":
      return {
        ...state,
        charts: { ...c, scroll: clamp(c.scroll + action.delta * Math.max(1, layout.height - 1), 0, max) },
      };
    case "open": {
      const chart = charts[c.selected]!;
      const ids = chart.groups.flatMap((g) => g.bars.map((b) => b.metricId));
      const id = ids.find((i) => metricById.get(i)?.kind === "reported") ?? ids[0];
      return id ? goToMetric(state, id) : state;
    }
    default:
      return state;
  }
}

// ---------------------------------------------------------------- 用语

function glossaryAt(state: State, g: GlossaryState, selected: number): State {
  const count = glossaryResults(g.query.text).length;
  return { ...state, glossary: { ...g, ...select(g.top, selected, count, glossaryListHeight(state.size)) } };
}

function glossaryAction(state: State, action: Action): State {
  const g = state.glossary;
  const h = glossaryListHeight(state.size);
  if (g.detail !== null) {
    const entry = entryByNumber(g.detail);
    const occ = entry ? occurrences(entry) : [];
    switch (action.type) {
      case "move":
        return { ...state, glossary: { ...g, occurrence: step(g.occurrence, action.delta, occ.length) } };
      case "page":
        return {
          ...state,
          glossary: { ...g, detailScroll: Math.max(0, g.detailScroll + action.delta * Math.max(1, h - 1)) },
        };
      case "open": {
        const o = occ[Math.max(0, g.occurrence)];
        return o ? goToReport(state, o.paragraphId, { start: o.start, end: o.end }) : state;
      }
      case "back":
        return { ...state, glossary: { ...g, detail: null, occurrence: -1, detailScroll: 0 } };
      default:
        return state;
    }
  }
  const results = glossaryResults(g.query.text);
  const edited = g.query.focused ? edit(g.query, action) : null;
  if (edited) return glossaryAt(state, { ...g, query: edited, top: 0 }, 0);
  switch (action.type) {
    case "move":
      return glossaryAt(state, g, g.selected + action.delta);
    case "page":
      return glossaryAt(state, g, g.selected + action.delta * Math.max(1, h - 1));
    case "jump":
      return glossaryAt(state, g, action.to === "start" ? 0 : results.length - 1);
    case "focusInput":
      return { ...state, glossary: { ...g, query: focus(g.query, true) } };
    case "open": {
      const item = results[g.selected];
      return item
        ? { ...state, glossary: { ...g, detail: item.entry.number, occurrence: -1, detailScroll: 0 } }
        : state;
    }
    case "back":
      if (g.query.focused) return { ...state, glossary: { ...g, query: focus(g.query, false) } };
      return g.query.text === "" ? state : glossaryAt(state, { ...g, query: { text: "", focused: false }, top: 0 }, 0);
    default:
      return state;
  }
}

// ---------------------------------------------------------------- 搜索

function searchAt(state: State, s: SearchState, selected: number): State {
  const count = searchResults(s.query.text).length;
  return { ...state, search: { ...s, ...select(s.top, selected, count, searchListHeight(state.size)) } };
}

function searchAction(state: State, action: Action): State {
  const s = state.search;
  const h = searchListHeight(state.size);
  const results = searchResults(s.query.text);
  const edited = s.query.focused ? edit(s.query, action) : null;
  if (edited) return searchAt(state, { ...s, query: edited, top: 0 }, 0);
  switch (action.type) {
    case "move":
      return searchAt(state, s, s.selected + action.delta);
    case "page":
      return searchAt(state, s, s.selected + action.delta * Math.max(1, h - 1));
    case "jump":
      return searchAt(state, s, action.to === "start" ? 0 : results.length - 1);
    case "focusInput":
      return { ...state, search: { ...s, query: focus(s.query, true) } };
    case "open": {
      const hit = results[s.selected];
      if (!hit) return state;
      if (hit.kind === "metric") return goToMetric(state, hit.id);
      const paragraph = paragraphById.get(hit.paragraphId);
      const r = hit.ranges[0];
      const flash = r && paragraph?.text === hit.text ? { start: r[0], end: r[1] } : null;
      return goToReport(state, hit.paragraphId, flash);
    }
    case "back":
      if (s.query.focused) return { ...state, search: { ...s, query: focus(s.query, false) } };
      return s.query.text === "" ? state : searchAt(state, { ...s, query: { text: "", focused: true }, top: 0 }, 0);
    default:
      return state;
  }
}

// ---------------------------------------------------------------- resize

/** A new size: the reader keeps its top paragraph and offset; lists keep their selection in view. */
function resize(state: State, size: State["size"]): State {
  if (size.columns === state.size.columns && size.rows === state.size.rows) return state;
  const r = state.report;
  const anchor = currentDoc(state.size, r)[r.scroll];
  let s: State = { ...state, size };
  const doc = currentDoc(size, r);
  const scroll = anchor?.paragraphId
    ? lineOf(doc, anchor.paragraphId, anchor.start)
    : Math.round((r.scroll / Math.max(1, currentDoc(state.size, r).length)) * doc.length);
  const tocTop = follow(r.tocTop, r.section, reportLayout(size, r).tocHeight);
  s = withReport(s, fixMark(s, { ...r, tocTop, scroll: clamp(scroll, 0, maxScroll(size, r)) }));
  s = withReport(s, { ...s.report, overlayScroll: clamp(s.report.overlayScroll, 0, overlayMaxScroll(s)) });
  s = dataAt(s, s.data, s.data.selected);
  s = glossaryAt(s, s.glossary, s.glossary.selected);
  s = searchAt(s, s.search, s.search.selected);
  const cl = chartsLayout(size);
  const chartMax = Math.max(0, chartContent(s.charts.selected, cl.chartWidth, cl.height).length - cl.height);
  s = { ...s, charts: { ...s.charts, scroll: clamp(s.charts.scroll, 0, chartMax) } };
  const helpMax = Math.max(0, helpLines(size.columns).length - helpHeight(size));
  return { ...s, help: { ...s.help, scroll: clamp(s.help.scroll, 0, helpMax) } };
}
