// The reader's `:` prompt: where a typed place is in the report. It takes a section id (2.2), a
// paragraph id (2.0.p2), a section number path (2-4, the same as 2.4) or a percentage (50%).
import { paragraphById } from "../../../../data/index";
import { type ReaderDoc, sectionIndex } from "./model";

export interface GotoTarget {
  /** First line to show. */
  readonly line: number;
  /** The section to select in the contents (a section goto selects it even at the end of the report). */
  readonly section: number | null;
}

/** The line a goto text names, or null when it names nothing. `last` is the last scroll position. */
export function parseGoto(text: string, doc: ReaderDoc, last: number): GotoTarget | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[-－—]/g, ".")
    .replace(/[．。]/g, ".")
    .replace(/[％]/g, "%");
  const pct = /^(\d{1,3}(?:\.\d+)?)%$/.exec(t);
  if (pct) {
    const p = Number(pct[1]);
    return p > 100 ? null : { line: Math.round((p / 100) * last), section: null };
  }
  const paragraph = /^\d+(?:\.\d+)*\.p\d+$/.test(t) ? paragraphById.get(t) : undefined;
  if (paragraph) {
    // The paragraph's id line, then its text, at the top.
    const first = doc.paragraphLine.get(paragraph.id);
    return first === undefined ? null : { line: Math.max(0, first - 1), section: null };
  }
  const section = /^\d+(?:\.\d+)*$/.test(t) ? sectionIndex(t) : -1;
  return section < 0 ? null : { line: doc.sectionStart[section]!, section };
}
