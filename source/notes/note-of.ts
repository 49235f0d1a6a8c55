// What `a` adds: the thing under the selection (a Clippable, the same item y copies) as a Note whose
// quotes are verbatim runs of the report's paragraphs. Pure: the time and the id come from outside.
import { chartById, figureById, figureText, glossary, paragraphById, sectionById } from "../../data/index";
import { chartFigures } from "../charts/render";
import type { Clippable } from "../output/clip";
import { graphemes } from "../text/width";
import type { Note, NoteKind, Quote } from "./note";

/** The run [start, end) of a paragraph, or null when the paragraph or the run is not there. */
export function quoteOf(paragraph: string, start: number, end: number): Quote | null {
  const p = paragraphById.get(paragraph);
  if (!p || start < 0 || end > p.text.length || start >= end) return null;
  return { paragraph, start, end, text: p.text.slice(start, end) };
}

/** Where `text` stands in a paragraph, as a quote. */
function quoteIn(paragraph: string, text: string): Quote | null {
  const at = paragraphById.get(paragraph)?.text.indexOf(text) ?? -1;
  return at < 0 ? null : quoteOf(paragraph, at, at + text.length);
}

/** The title of the section that holds a paragraph ("2.2.p4" → the title of 2.2). */
export function sectionTitleOf(paragraph: string): string {
  const p = paragraphById.get(paragraph);
  return p ? (sectionById.get(p.sectionId)?.title ?? p.sectionId) : "";
}

/** The start of a text, at most `n` characters, with "…" when cut. */
export function shortText(text: string, n: number): string {
  const g = graphemes(text.replace(/\s+/gu, " "));
  return g.length <= n ? g.join("") : `${g.slice(0, n).join("")}…`;
}

interface Collected {
  readonly kind: NoteKind;
  readonly ref: string | number | null;
  readonly label: string;
  readonly quotes: readonly Quote[];
}

function collected(item: Clippable): Collected | null {
  switch (item.kind) {
    case "figure": {
      const m = figureById.get(item.id);
      const q = m ? quoteIn(m.paragraphId, m.quote) : null;
      return m && q ? { kind: "figure", ref: m.id, label: `${m.label}${figureText(m)}`, quotes: [q] } : null;
    }
    case "entry": {
      const e = glossary.find((g) => g.number === item.number);
      const q = e ? (quoteIn(e.paragraphId, e.definition) ?? quoteIn(e.paragraphId, e.term)) : null;
      return e && q ? { kind: "entry", ref: e.number, label: e.term, quotes: [q] } : null;
    }
    case "paragraph": {
      const text = paragraphById.get(item.id)?.text ?? "";
      const q = quoteOf(item.id, 0, text.length);
      return q ? { kind: "paragraph", ref: null, label: shortText(text, 16), quotes: [q] } : null;
    }
    case "selection": {
      const q = quoteOf(item.id, item.start, item.end);
      return q ? { kind: "selection", ref: null, label: shortText(q.text, 16), quotes: [q] } : null;
    }
    case "chart": {
      const c = chartById.get(item.id);
      if (!c) return null;
      const quotes = chartFigures(c).flatMap(({ figure: m }) => quoteIn(m.paragraphId, m.quote) ?? []);
      return quotes.length > 0 ? { kind: "chart", ref: c.id, label: c.title, quotes } : null;
    }
  }
}

/** The note `a` adds for an item, or null when the item is not in the report. */
export function noteOf(item: Clippable, now: string, id: string, rank: number): Note | null {
  const c = collected(item);
  if (!c) return null;
  return { id, ...c, tag: null, comment: "", created: now, updated: now, rank };
}

/** A note as the status line names it: 2.2.p4「执结执行案件22502件」. */
export const noteName = (note: Note): string => `${note.quotes[0]?.paragraph ?? ""}「${note.label}」`;
