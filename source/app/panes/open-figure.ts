// The one way any pane shows a figure in the report: its paragraph, its quote highlighted.
import { figureById, paragraphById } from "../../../data/index";
import type { Intent } from "./pane";
import { quoteRange } from "./report/model";

/** `query`: what found the figure (a filter, a search), left active in the reader's find. */
export function openFigure(figureId: string, query = ""): Intent | undefined {
  const m = figureById.get(figureId);
  if (!m) return undefined;
  const span = quoteRange(paragraphById.get(m.paragraphId)?.text ?? "", m.quote);
  return { type: "openParagraph", paragraphId: m.paragraphId, span, query };
}
