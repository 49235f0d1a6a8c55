// 报告's state: the contents selection, where the focus is, how far the reader is scrolled into the
// whole report, the find box, the goto prompt, a pending mark key, an open overlay, and a span highlighted after
// a jump.
import { emptyQueryBox, type QueryBox } from "../../widgets/query-box";

/** A span of a paragraph to show highlighted after a jump (a figure's quote, a search match). */
export interface LandedRange {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
}

export type Overlay =
  | { readonly kind: "term"; readonly number: number }
  | { readonly kind: "figure"; readonly id: string };

/** A run of one paragraph chosen with `v`: from `anchor` to `head` (character offsets), both included. */
export interface Visual {
  readonly paragraphId: string;
  readonly anchor: number;
  readonly head: number;
}

export interface ReportState {
  /** Index into the table of contents: the section at the top of the reader (or the one just opened). */
  readonly section: number;
  readonly focus: "toc" | "reader";
  readonly tocTop: number;
  /** First line of the report shown. */
  readonly scroll: number;
  /** Index into every term and figure of the report (l/h), -1 for none. */
  readonly mention: number;
  /** Find over the whole report; `match` indexes its matches. */
  readonly find: QueryBox;
  readonly match: number;
  /** The `:` goto prompt (open while focused). */
  readonly goto: QueryBox;
  /** `m` or `'` pressed: the next key names the mark to set or to return to. */
  readonly pending: "setMark" | "toMark" | null;
  /** A term's definition or a figure's details over the reader. */
  readonly overlay: Overlay | null;
  /** First line of the overlay shown (a long definition on a small screen scrolls). */
  readonly overlayScroll: number;
  readonly landing: LandedRange | null;
  /** Widest line of text, in columns (`--measure`); the rest of a wide reader is margin. */
  readonly measure: number;
  /** `z`: whether the reader takes the whole width while it has focus (the contents hide, as tmux
   * zooms a pane) or keeps the contents beside it; null until z is pressed: as the width suits
   * (model.ts, readsWide). */
  readonly wide: boolean | null;
  /** The pane as it was before `/` or `:` opened a prompt: where a jump made from the prompt goes back to. */
  readonly promptFrom: ReportState | null;
  /** `v`: the selection being made, or none. */
  readonly visual: Visual | null;
  /** How many notes each paragraph has (the root keeps it in step with the notebook): marked in the margin. */
  readonly noted: Readonly<Record<string, number>>;
}

/** The default measure of the reader's text: 80 columns, about 40 CJK characters a line. */
export const DEFAULT_MEASURE = 80;

export const REPORT_START: ReportState = {
  section: 0,
  focus: "toc",
  tocTop: 0,
  scroll: 0,
  mention: -1,
  find: emptyQueryBox(false),
  match: 0,
  goto: emptyQueryBox(false),
  pending: null,
  overlay: null,
  overlayScroll: 0,
  landing: null,
  measure: DEFAULT_MEASURE,
  wide: null,
  promptFrom: null,
  visual: null,
  noted: {},
};
