// Each pane's slice under its id: the shape the root state, the history and the pane table share.
import type { ChartsState } from "./panes/charts/state";
import type { DataState } from "./panes/data/state";
import type { GlossaryState } from "./panes/glossary/state";
import type { NotebookState } from "./panes/notebook/state";
import type { ReportState } from "./panes/report/state";
import type { SearchState } from "./panes/search/state";

/** Each pane's slice, under the pane's id. */
export interface PaneStates {
  readonly report: ReportState;
  readonly data: DataState;
  readonly charts: ChartsState;
  readonly glossary: GlossaryState;
  readonly search: SearchState;
  readonly notebook: NotebookState;
}
