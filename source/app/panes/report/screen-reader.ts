// 报告 for a screen reader: where the reader is, then the text from the top of the screen, at the
// full width; the contents as a list when they have focus; an open term or figure as plain lines.
import { shownTitle } from "../../../sections/title";
import type { Size } from "../../../terminal/size";
import { plainLines, position } from "../../ui/screen-reader";
import { type Line, lineText, seg } from "../../ui/styled";
import {
  anchorAt,
  currentDoc,
  docLineOf,
  findMatches,
  LEAD_GAP,
  lineOfAnchor,
  matchLines,
  reportDoc,
  toc,
} from "./model";
import { overlayContent } from "./overlay";
import type { ReportState } from "./state";

const MARGIN = 2;
/** ASCII (» and · are ambiguous width). */
export const MARKS = { current: "> ", found: "* ", landed: "| " } as const;

export function reportScreenReader(r: ReportState, size: Size): Line[] {
  const cols = size.columns;
  if (r.overlay) return overlayContent(r.overlay, cols).flatMap((l) => plainLines(lineText(l), cols));
  // The reader's top line, found again in the report laid out at the full width.
  const anchor = anchorAt(currentDoc(size, r), r.scroll);
  const section = toc[anchor.section]!;
  const matches = findMatches(r.find.text);
  // No attributes here: with a find or a landed span, a margin marks the lines that hold them —
  // MARKS.current the current match, MARKS.found another match, MARKS.landed the span a jump landed on.
  const marked = matches.length > 0 || r.landing !== null;
  const doc = reportDoc(marked ? Math.max(1, cols - MARGIN) : cols);
  const from = lineOfAnchor(doc, anchor);
  const marks = new Map<number, string>();
  if (r.landing) marks.set(docLineOf(doc, r.landing.paragraphId, r.landing.start), MARKS.landed);
  matchLines(doc, r.find.text).forEach((l, i) => {
    if (i === r.match) marks.set(l, MARKS.current);
    else if (!marks.has(l)) marks.set(l, MARKS.found);
  });
  const text = doc.lines
    .map((l, i) => ({ l, i }))
    .slice(from)
    .map(({ l, i }) => {
      const t = plainLines(l.lead ? `${l.lead}${" ".repeat(LEAD_GAP)}${l.text}` : l.text, cols)[0] ?? [];
      return marked ? [seg(marks.get(i) ?? " ".repeat(MARGIN)), ...t] : t;
    });
  const find =
    r.find.focused || r.find.text !== ""
      ? plainLines(
          `查找：${r.find.text}，${matches.length === 0 ? "无匹配" : `第${r.match + 1}处，共${matches.length}处`}`,
          cols,
        )
      : [];
  if (r.focus === "toc") {
    const here = toc[r.section]!;
    const heading = `目录，${position(r.section, toc.length, "节")}：${here.id} ${shownTitle(here)}`;
    return [...plainLines(heading, cols), ...find, ...text];
  }

  return [...plainLines(`正文：${section.id} ${shownTitle(section)}`, cols), ...find, ...text];
}
