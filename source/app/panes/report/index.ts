// 报告: the contents beside the reader of the whole report.
import type { Pane } from "../pane";
import { reportLinear } from "./linear";
import { currentParagraph } from "./model";
import type { ReportState } from "./state";
import { resizeReport, updateReport } from "./update";
import { reportView } from "./view";
import { visualSpan } from "./visual";

export const reportPane: Pane<ReportState> = {
  context: (r) =>
    r.goto.focused
      ? "goto"
      : r.find.focused
        ? "input"
        : r.pending
          ? "report.pending"
          : r.overlay
            ? "report.overlay"
            : r.visual
              ? "report.visual"
              : `report.${r.focus}`,
  update: updateReport,
  view: reportView,
  linear: reportLinear,
  resize: resizeReport,
  enter: (r) => r,
  selection: (r, size) => {
    if (r.overlay) {
      return r.overlay.kind === "term"
        ? { kind: "entry", number: r.overlay.number }
        : { kind: "figure", id: r.overlay.id };
    }
    if (r.visual) return { kind: "selection", id: r.visual.paragraphId, ...visualSpan(r.visual) };
    const id = currentParagraph(size, r);
    return id ? { kind: "paragraph", id } : null;
  },
};
