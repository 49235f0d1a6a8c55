// The reader's `:` prompt: where a typed place is in the report. It takes what `read` takes — a
// section id (2.2) or number path (2-4, 2 4), a paragraph id (2.0.p2, 2.2p4), a title (附件一) — and
// a percentage (50%).
import { findSection } from "../../../sections/find";
import { type ReaderDoc, sectionIndex } from "./model";

export interface GotoTarget {
  /** First line to show. */
  readonly line: number;
  /** The section to select in the contents (a section goto selects it even at the end of the report). */
  readonly section: number | null;
}

/** The line a goto text names, or null when it names nothing. `last` is the last scroll position. */
export function parseGoto(text: string, doc: ReaderDoc, last: number): GotoTarget | null {
  const t = text.trim().replace(/[％]/g, "%");
  const pct = /^(\d{1,3}(?:\.\d+)?)%$/.exec(t);
  if (pct) {
    const p = Number(pct[1]);
    return p > 100 ? null : { line: Math.round((p / 100) * last), section: null };
  }
  // What `read` takes, the same way: an id typed any way, a paragraph, a title. Not a section
  // found by its content: a word to look for is the find's (/) job, not a place.
  const found = findSection(t);
  if (found.section === null || found.by === "content") return null;
  // A paragraph that is not there is no place (read shows its section instead).
  if (/\dp\d+$|\.p\d+$/i.test(t.replace(/\s/g, "")) && found.by !== "paragraph") return null;
  const first = found.paragraphId ? doc.paragraphLine.get(found.paragraphId) : undefined;
  // A paragraph: its first line at the top.
  if (first !== undefined) return { line: first, section: null };
  const section = sectionIndex(found.section.id);
  return section < 0 ? null : { line: doc.sectionStart[section]!, section };
}
