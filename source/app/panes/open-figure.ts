// The one way any pane shows a figure in the report: its paragraph, its quote highlighted.
import { metricById, paragraphById } from "../../../data/index";
import type { Intent } from "./pane";
import { quoteRange } from "./report/model";

/** `query`: what found the figure (a filter, a search), left active in the reader's find. */
export function openFigure(metricId: string, query = ""): Intent | undefined {
  const m = metricById.get(metricId);
  if (!m) return undefined;
  const span = quoteRange(paragraphById.get(m.paragraphId)?.text ?? "", m.quote);
  return { type: "openParagraph", paragraphId: m.paragraphId, span, query };
}
