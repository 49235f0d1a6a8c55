// The six panes by id: the root update routes to them and the frame draws the active one.
import type { PaneStates } from "../pane-states";
import { chartsPane } from "./charts/index";
import { dataPane } from "./data/index";
import { glossaryPane } from "./glossary/index";
import { notebookPane } from "./notebook/index";
import type { Pane } from "./pane";
import { reportPane } from "./report/index";
import { searchPane } from "./search/index";

export const PANE_MODULES: { readonly [K in keyof PaneStates]: Pane<PaneStates[K]> } = {
  report: reportPane,
  data: dataPane,
  charts: chartsPane,
  glossary: glossaryPane,
  search: searchPane,
  notebook: notebookPane,
};
