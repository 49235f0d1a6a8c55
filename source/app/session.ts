// What is kept of a session between two starts of the explorer, and how it is put back: the reading
// place in words (a paragraph and the offset in it, never a scroll offset, so another terminal size
// opens the same paragraph), the active pane and the other panes' slices, the marks, the history,
// and each box's earlier queries (the last find among them, for n). Pure: the file is
// source/store/session-file.ts. Whatever a file holds, it is checked against the start values
// shape by shape, so a hand-edited file can cost a place, never a crash.
import { charts, glossary, paragraphById } from "../../data/index";
import { sanitize } from "../text/sanitize";
import type { History, Place } from "./history";
import type { PaneStates } from "./pane-states";
import { CHARTS_START } from "./panes/charts/state";
import { DATA_START } from "./panes/data/state";
import { GLOSSARY_START } from "./panes/glossary/state";
import { PANE_MODULES } from "./panes/index";
import { NOTEBOOK_START } from "./panes/notebook/state";
import { type Anchor, anchorAt, currentDoc, toc } from "./panes/report/model";
import { REPORT_START, type ReportState } from "./panes/report/state";
import { placeReader } from "./panes/report/update";
import { SEARCH_START } from "./panes/search/state";
import { BOX_IDS, RECALL_LIMIT, type Recall } from "./recall";
import { PANES, type PaneId, type Size, type State } from "./state";
import { LIST_START } from "./widgets/list";

/** History places kept across starts each way: the latest ones (going back further than this in a
 * new session is rare, and every place is checked before the first frame). */
export const KEPT_HISTORY = 20;

/** The key that goes to the start of the report from where a resumed explorer opens (报告: g). */
export const START_KEY = "g";

export function sessionOf(state: State): Record<string, unknown> {
  const { report, size } = state;
  return {
    pane: state.pane,
    reader: { anchor: anchorAt(currentDoc(size, report), report.scroll), focus: report.focus, wide: report.wide },
    size,
    panes: { data: state.data, charts: state.charts, glossary: state.glossary, search: state.search },
    marks: state.marks,
    history: {
      back: state.history.back.slice(-KEPT_HISTORY).map(kept),
      forward: state.history.forward.slice(-KEPT_HISTORY).map(kept),
    },
    queries: state.recall.queries,
  };
}

/** A place as saved: a report slice without the prompt it came from (never restored anyway). */
const kept = (place: Place): Place =>
  place.pane === "report" ? { ...place, slice: { ...place.slice, promptFrom: null } } : place;

/** The state `start` resumed at a saved session, with the line that says so. */
export function resumeSession(start: State, saved: Readonly<Record<string, unknown>>): State {
  const size = sizeOf(saved.size) ?? start.size;
  const reader = record(saved.reader);
  const anchor = anchorOf(reader.anchor);
  const focus = reader.focus === "reader" ? "reader" : "toc";
  const wide = reader.wide === true;
  const report = anchor ? placeReader({ ...start.report, wide }, start.size, anchor, focus) : start.report;
  const panes = record(saved.panes);
  const pane = PANES.some((p) => p.id === saved.pane) ? (saved.pane as PaneId) : "report";
  // The active pane as it was, laid out for today's size. The others keep their queries (and the
  // chart chosen) but start at their first result: laying them out would run their searches (and
  // load pinyin readings) before the first frame.
  const slice = <K extends Exclude<PaneId, "report">>(id: K): PaneStates[K] => {
    const kept = conform(panes[id], START[id]) as PaneStates[K];
    if (id === pane) return PANE_MODULES[id].resize(kept, size, start.size);
    if (id === "charts") {
      const { selected } = kept as PaneStates["charts"];
      return { ...CHARTS_START, selected: Math.min(selected, charts.length - 1) } as PaneStates[K];
    }
    return { ...kept, list: LIST_START, ...(id === "glossary" ? { detail: null } : {}) };
  };
  const state: State = {
    ...start,
    pane,
    report,
    data: slice("data"),
    charts: slice("charts"),
    glossary: slice("glossary"),
    search: slice("search"),
    marks: marksOf(saved.marks),
    history: historyOf(saved.history, start.report),
    recall: recallOf(saved.queries),
  };
  const at = anchor?.paragraphId ?? toc[report.section]!.id;
  const where = pane === "report" ? at : `${PANES.find((p) => p.id === pane)!.label}，报告在 ${at}`;
  const back = pane === "report" ? `按 ${START_KEY} 回到开头` : `按 1 再按 ${START_KEY} 回到报告开头`;
  return { ...state, notice: `回到上次的位置：${where}（${back}）` };
}

const START: Omit<PaneStates, "report"> = {
  data: DATA_START,
  charts: CHARTS_START,
  glossary: GLOSSARY_START,
  search: SEARCH_START,
  notebook: NOTEBOOK_START,
};

/** Values that may stand where a start value is null, by field name. */
const NULLABLE: Readonly<Record<string, unknown>> = {
  landing: { paragraphId: "", start: 0, end: 0 },
  detail: { entry: 0, occurrence: -1, scroll: 0 },
};

/** Which strings a field may hold, by its start value, where that is one of a few. */
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  toc: ["toc", "reader"],
  list: ["list", "chart"],
  report: ["report", "value", "label"],
};

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** `value` in the shape of `template`: each field of the template, the saved one where it has the
 * same type (a whole number no lower than the template allows, a string from its choices). */
function conform(value: unknown, template: unknown, name = ""): unknown {
  if (typeof template === "number") {
    return typeof value === "number" && Number.isInteger(value) && value >= Math.min(0, template) ? value : template;
  }
  if (typeof template === "string") {
    if (typeof value !== "string") return template;
    const choices = CHOICES[template];
    return choices && !choices.includes(value) ? template : sanitize(value);
  }
  if (typeof template === "boolean") return typeof value === "boolean" ? value : template;
  if (template === null) {
    const shape = NULLABLE[name];
    return shape && value !== null && typeof value === "object" ? checked(name, conform(value, shape)) : null;
  }
  const saved = record(value);
  const out: Record<string, unknown> = {};
  for (const [key, t] of Object.entries(template as Record<string, unknown>)) out[key] = conform(saved[key], t, key);
  // A box's cursor stands inside its text.
  if (typeof out.text === "string" && typeof out.cursor === "number")
    out.cursor = Math.min(out.cursor, out.text.length);
  return out;
}

/** A nullable value that must name something of the report, or nothing. */
function checked(name: string, value: unknown): unknown {
  const v = value as { paragraphId?: string; entry?: number };
  if (name === "landing") return paragraphById.has(v.paragraphId!) ? value : null;
  if (name === "detail") return glossary.some((e) => e.number === v.entry) ? value : null;
  return null;
}

function sizeOf(value: unknown): Size | null {
  const v = record(value);
  const ok = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n > 0 && n < 100_000;
  return ok(v.columns) && ok(v.rows) ? { columns: v.columns as number, rows: v.rows as number } : null;
}

function anchorOf(value: unknown): Anchor | null {
  const v = record(value);
  if (typeof v.section !== "number" || !Number.isInteger(v.section) || !toc[v.section]) return null;
  const start = typeof v.start === "number" && Number.isInteger(v.start) && v.start >= -1 ? v.start : 0;
  if (v.paragraphId === null) return { section: v.section, paragraphId: null, start: Math.max(0, start) };
  if (typeof v.paragraphId !== "string" || !paragraphById.has(v.paragraphId)) return null;
  return { section: v.section, paragraphId: v.paragraphId, start };
}

function marksOf(value: unknown): Record<string, Anchor> {
  const marks: Record<string, Anchor> = {};
  for (const [name, saved] of Object.entries(record(value))) {
    const anchor = /^[a-zA-Z]$/.test(name) ? anchorOf(saved) : null;
    if (anchor) marks[name] = anchor;
  }
  return marks;
}

function historyOf(value: unknown, report: ReportState): History {
  const v = record(value);
  const places = (list: unknown): Place[] =>
    (Array.isArray(list) ? list.slice(-KEPT_HISTORY) : []).flatMap((p) => {
      const place = placeOf(p, report);
      return place ? [place] : [];
    });
  return { back: places(v.back), forward: places(v.forward) };
}

/** A saved place, at the size it was laid out for: going back refits it to today's (update.ts). */
function placeOf(value: unknown, report: ReportState): Place | null {
  const v = record(value);
  const size = sizeOf(v.size);
  const pane = PANES.find((p) => p.id === v.pane)?.id;
  if (!size || !pane) return null;
  const template = pane === "report" ? { ...REPORT_START, measure: report.measure } : START[pane];
  const slice = conform(v.slice, template);
  return { pane, slice, size } as Place;
}

function recallOf(value: unknown): Recall {
  const saved = record(value);
  const queries: Partial<Record<(typeof BOX_IDS)[number], string[]>> = {};
  for (const box of BOX_IDS) {
    const list = saved[box];
    if (!Array.isArray(list)) continue;
    const texts = list.filter((q): q is string => typeof q === "string").map((q) => sanitize(q).trim());
    queries[box] = texts.filter((q) => q !== "").slice(-RECALL_LIMIT);
  }
  return { queries, browsing: null };
}
