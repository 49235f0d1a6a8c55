// 报告: the contents beside the reader of the whole report.
import type { Pane } from "../pane";
import { reportLinear } from "./linear";
import { currentDoc, currentSection } from "./model";
import type { ReportState } from "./state";
import { resizeReport, updateReport } from "./update";
import { reportView } from "./view";

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
    // The paragraph at the top of the reader: the one being read.
    const line = currentDoc(size, r)
      .lines.slice(r.scroll)
      .find((l) => l.kind === "text");
    const id = line?.paragraphId ?? currentSection(r).paragraphs[0]?.id;
    return id ? { kind: "paragraph", id } : null;
  },
};
