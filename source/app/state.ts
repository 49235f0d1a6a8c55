// The explorer's whole state. Plain data: the reducer derives everything else (layouts, search
// results) from it with pure, memoised functions, so any frame can be rebuilt from a State alone.

export type PaneId = "report" | "data" | "charts" | "glossary" | "search";

export const PANES: readonly { readonly id: PaneId; readonly key: string; readonly label: string }[] = [
  { id: "report", key: "1", label: "报告" },
  { id: "data", key: "2", label: "数据" },
  { id: "charts", key: "3", label: "图表" },
  { id: "glossary", key: "4", label: "用语" },
  { id: "search", key: "5", label: "搜索" },
];

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** A span of a paragraph to show highlighted after a jump (a metric's quote, a search match). */
export interface Flash {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
}

/** A text box: the typed text (already sanitised) and whether keys go to it. */
export interface Input {
  readonly text: string;
  readonly focused: boolean;
}

export interface ReportState {
  /** Index into the table of contents (every section, reading order). */
  readonly section: number;
  readonly focus: "toc" | "reader";
  readonly tocTop: number;
  /** First reader line shown. */
  readonly scroll: number;
  /** Index of the current highlighted term or figure of the section, -1 for none. */
  readonly mark: number;
  /** Search inside the section; `match` indexes its matches. */
  readonly find: Input;
  readonly match: number;
  /** An overlay over the reader: a term's definition or a figure's details. */
  readonly overlay:
    | { readonly kind: "term"; readonly number: number }
    | { readonly kind: "metric"; readonly id: string }
    | null;
  /** First line of the overlay shown (a long definition on a small screen scrolls). */
  readonly overlayScroll: number;
  readonly flash: Flash | null;
}

export type SortOrder = "report" | "value" | "label";

export interface DataState {
  readonly filter: Input;
  readonly sort: SortOrder;
  /** Index into the filtered, sorted metrics. */
  readonly selected: number;
  readonly top: number;
}

export interface ChartsState {
  readonly selected: number;
  /** First line of the chart body shown. */
  readonly scroll: number;
}

export interface GlossaryState {
  readonly query: Input;
  readonly selected: number;
  readonly top: number;
  /** The entry whose definition is open (its number), or null for the result list. */
  readonly detail: number | null;
  /**
   * Index into the open entry's occurrences; -1 until j/k picks one, so that the definition opens at
   * its start even on a small screen (Enter then opens the first).
   */
  readonly occurrence: number;
  readonly detailScroll: number;
}

export interface SearchState {
  readonly query: Input;
  readonly selected: number;
  readonly top: number;
}

export interface State {
  readonly size: Size;
  readonly pane: PaneId;
  readonly help: { readonly open: boolean; readonly scroll: number };
  readonly quit: boolean;
  /** How many times C-z asked to stop; the App raises SIGTSTP each time it grows. */
  readonly suspends: number;
  readonly report: ReportState;
  readonly data: DataState;
  readonly charts: ChartsState;
  readonly glossary: GlossaryState;
  readonly search: SearchState;
}

const emptyInput = (focused: boolean): Input => ({ text: "", focused });

export function initialState(size: Size): State {
  return {
    size,
    pane: "report",
    help: { open: false, scroll: 0 },
    quit: false,
    suspends: 0,
    report: {
      section: 0,
      focus: "toc",
      tocTop: 0,
      scroll: 0,
      mark: -1,
      find: emptyInput(false),
      match: 0,
      overlay: null,
      overlayScroll: 0,
      flash: null,
    },
    data: { filter: emptyInput(false), sort: "report", selected: 0, top: 0 },
    charts: { selected: 0, scroll: 0 },
    glossary: { query: emptyInput(true), selected: 0, top: 0, detail: null, occurrence: -1, detailScroll: 0 },
    search: { query: emptyInput(true), selected: 0, top: 0 },
  };
}
