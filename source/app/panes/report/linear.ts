// 报告 for a screen reader: where the reader is, then the text from the top of the screen, at the
// full width; the contents as a list when they have focus; an open term or figure as plain lines.
import type { Size } from "../../../terminal/size";
import { plainLines, position } from "../../ui/linear";
import { type Line, lineText } from "../../ui/styled";
import { anchorAt, currentDoc, findMatches, lineOfAnchor, reportDoc, toc } from "./model";
import { overlayContent } from "./overlay";
import type { ReportState } from "./state";

export function reportLinear(r: ReportState, size: Size): Line[] {
  const cols = size.columns;
  if (r.overlay) return overlayContent(r.overlay, cols).flatMap((l) => plainLines(lineText(l), cols));
  // The reader's top line, found again in the report laid out at the full width.
  const anchor = anchorAt(currentDoc(size, r), r.scroll);
  const section = toc[anchor.section]!;
  const doc = reportDoc(cols);
  const text = doc.lines
    .slice(lineOfAnchor(doc, anchor))
    .filter((l) => l.kind !== "blank")
    .map((l) => plainLines(l.text, cols)[0] ?? []);
  const matches = findMatches(r.find.text);
  const find =
    r.find.focused || r.find.text !== ""
      ? plainLines(
          `查找：${r.find.text}，${matches.length === 0 ? "无匹配" : `第${r.match + 1}处，共${matches.length}处`}`,
          cols,
        )
      : [];
  if (r.focus === "toc") {
    const here = toc[r.section]!;
    const heading = `目录，${position(r.section, toc.length, "节")}：${here.id} ${here.title}`;
    return [...plainLines(heading, cols), ...find, ...text];
  }

  return [...plainLines(`正文：${section.id} ${section.title}`, cols), ...find, ...text];
}
