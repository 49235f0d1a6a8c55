// 报告: the contents beside the reader of the whole report.
import type { Pane } from "../pane";
import type { ReportState } from "./state";
import { resizeReport, updateReport } from "./update";
import { reportView } from "./view";

export const reportPane: Pane<ReportState> = {
  context: (r) =>
    r.find.focused || r.goto.focused
      ? "input"
      : r.pending
        ? "report.pending"
        : r.overlay
          ? "report.overlay"
          : `report.${r.focus}`,
  update: updateReport,
  view: reportView,
  resize: resizeReport,
  enter: (r) => r,
};
