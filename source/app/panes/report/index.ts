// 报告: the contents beside the reader of the whole report.

import { paragraphById } from "../../../../data/index";
import { cursorBound, listBounds, scrollBound } from "../../widgets/bounds";
import type { Pane } from "../pane";
import { allMentions, currentParagraph, findMatches, maxReportScroll, reportLayout, toc } from "./model";
import { overlayMaxScroll } from "./overlay";
import { reportScreenReader } from "./screen-reader";
import type { ReportState } from "./state";
import { resizeReport, updateReport } from "./update";
import { readerStatus, reportView } from "./view";
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
  screenReader: reportScreenReader,
  resize: resizeReport,
  status: (r, size) => {
    const where = reportLayout(size, r).status;
    return where === "reader" ? null : { where, line: (columns) => readerStatus(r, size, columns) };
  },
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
  bounds: (r, size) => {
    const visual = r.visual ? (paragraphById.get(r.visual.paragraphId)?.text.length ?? 0) : 0;
    return [
      ...listBounds("report.toc", { selected: r.section, top: r.tocTop }, toc.length, reportLayout(size, r).tocHeight),
      { ...scrollBound("report.scroll", r.scroll, maxReportScroll(size, r)), laidOut: true },
      { name: "report.mark + 1", at: r.mention + 1, count: allMentions.length + 1 },
      { name: "report.match", at: r.match, count: findMatches(r.find.text).length },
      cursorBound("report.find", r.find),
      cursorBound("report.goto", r.goto),
      ...(r.overlay ? [scrollBound("report.overlayScroll", r.overlayScroll, overlayMaxScroll(r.overlay, size))] : []),
      ...(r.visual
        ? [
            { name: "report.visual.anchor", at: r.visual.anchor, count: visual },
            { name: "report.visual.head", at: r.visual.head, count: visual },
          ]
        : []),
    ];
  },
};
