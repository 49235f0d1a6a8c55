// The explorer's whole state: plain data. Views and the update derive everything else (layouts,
// results) from it with pure, memoised functions, so any frame can be rebuilt from a State alone.

import type { Size } from "../terminal/size";
import type { ClipRoute } from "../terminal/tmux-clipboard";
import { HELP_CLOSED, type HelpState } from "./help";
import { HISTORY_START, type History } from "./history";
import { CHARTS_START, type ChartsState } from "./panes/charts/state";
import { DATA_START, type DataState } from "./panes/data/state";
import { GLOSSARY_START, type GlossaryState } from "./panes/glossary/state";
import type { Anchor } from "./panes/report/model";
import { REPORT_START, type ReportState } from "./panes/report/state";
import { SEARCH_START, type SearchState } from "./panes/search/state";
import { RECALL_START, type Recall } from "./recall";
import { PANES, type PaneId } from "./tabs";

export type { PaneId, Size };
export { PANES };

/** Each pane's slice, under the pane's id. */
export interface PaneStates {
  readonly report: ReportState;
  readonly data: DataState;
  readonly charts: ChartsState;
  readonly glossary: GlossaryState;
  readonly search: SearchState;
}

export interface State extends PaneStates {
  readonly size: Size;
  readonly pane: PaneId;
  readonly help: HelpState;
  /** Places before each jump, and after each step back (Backspace, C-o / C-r). */
  readonly history: History;
  /** Earlier queries of each box, for Up / Down in it. */
  readonly recall: Recall;
  /** Places in the report set with `m<letter>`, for `'<letter>`. */
  readonly marks: Readonly<Record<string, Anchor>>;
  /** One line for the footer until the next key: a wrap, a goto to nothing, what y copied… */
  readonly notice: string | null;
  /** Whether y / Y may write to the clipboard (off with --no-clipboard). */
  readonly clipboard: boolean;
  /** Where a copy goes, as tmux told us when the explorer started (source/terminal/tmux-clipboard.ts). */
  readonly clipRoute: ClipRoute;
  /** Plain lines in reading order for a screen reader (--screen-reader). */
  readonly screenReader: boolean;
}

export interface StartOptions {
  readonly clipboard?: boolean;
  readonly clipRoute?: ClipRoute;
  readonly screenReader?: boolean;
  /** Widest line of the reader's text, in columns (`--measure`). */
  readonly measure?: number;
}

export function initialState(size: Size, options: StartOptions = {}): State {
  return {
    size,
    pane: "report",
    help: HELP_CLOSED,
    history: HISTORY_START,
    recall: RECALL_START,
    marks: {},
    notice: null,
    clipboard: options.clipboard ?? true,
    clipRoute: options.clipRoute ?? "terminal",
    screenReader: options.screenReader ?? false,
    report: options.measure === undefined ? REPORT_START : { ...REPORT_START, measure: options.measure },
    data: DATA_START,
    charts: CHARTS_START,
    glossary: GLOSSARY_START,
    search: SEARCH_START,
  };
}
