// 报告: the contents beside the reader.
import type { Pane } from "../pane";
import type { ReportState } from "./state";
import { resizeReport, updateReport } from "./update";
import { reportView } from "./view";

export const reportPane: Pane<ReportState> = {
  context: (r) => (r.find.focused ? "input" : r.overlay ? "report.overlay" : `report.${r.focus}`),
  update: updateReport,
  view: reportView,
  resize: resizeReport,
  enter: (r) => r,
};
