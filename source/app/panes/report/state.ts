// 报告's state: which section, where the focus is, how far the reader is scrolled, the find box,
// an open overlay, and a span highlighted after a jump.
import { emptyInput, type Input } from "../../widgets/query-box";

/** A span of a paragraph to show highlighted after a jump (a figure's quote, a search match). */
export interface Landing {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
}

export type Overlay =
  | { readonly kind: "term"; readonly number: number }
  | { readonly kind: "metric"; readonly id: string };

export interface ReportState {
  /** Index into the table of contents (every section, reading order). */
  readonly section: number;
  readonly focus: "toc" | "reader";
  readonly tocTop: number;
  /** First reader line shown. */
  readonly scroll: number;
  /** Index of the current term or figure of the section (l/h), -1 for none. */
  readonly mark: number;
  /** Find inside the section; `match` indexes its matches. */
  readonly find: Input;
  readonly match: number;
  /** A term's definition or a figure's details over the reader. */
  readonly overlay: Overlay | null;
  /** First line of the overlay shown (a long definition on a small screen scrolls). */
  readonly overlayScroll: number;
  readonly landing: Landing | null;
}

export const REPORT_START: ReportState = {
  section: 0,
  focus: "toc",
  tocTop: 0,
  scroll: 0,
  mark: -1,
  find: emptyInput(false),
  match: 0,
  overlay: null,
  overlayScroll: 0,
  landing: null,
};
