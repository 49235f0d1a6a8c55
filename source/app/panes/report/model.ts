// The 报告 pane's model: the table of contents, a section laid out as wrapped lines that keep their
// paragraph offsets, the glossary terms and figures to highlight, and matches of a search inside it.
import { glossary, metrics, type Section, sectionList } from "../../../../data/index";
import { memoize } from "../../../memo";
import { matchTexts, parseQuery } from "../../../search/match";
import type { Size } from "../../../terminal/size";
import { getAmbiWidth, wrap } from "../../../text/width";
import { bodyHeight, splitColumns } from "../../geometry";
import type { ReportState } from "./state";

export const toc: readonly Section[] = sectionList;
export const sectionIndex = (id: string): number => toc.findIndex((s) => s.id === id);

export interface DocLine {
  readonly kind: "heading" | "text" | "note" | "blank";
  readonly text: string;
  /** For text lines: the paragraph and the offset of the line's first character in it. */
  readonly paragraphId?: string;
  readonly start: number;
}

/** A term or figure in the text; `ref` is the glossary entry number or the metric id. */
export interface Mark {
  readonly kind: "term" | "metric";
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
  readonly ref: number | string;
}

export interface TextRange {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
}

const EMPTY_NOTES: Record<string, string> = {
  "5": "原文此处为空。本工具按报告中的数字重建了这些图表：按 3 打开“图表”窗格。",
};

/** The section as lines of at most `columns`: headings, then paragraphs separated by blank lines. */
export function readerDoc(sectionId: string, columns: number): readonly DocLine[] {
  return docCache(`${sectionId}\0${columns}\0${getAmbiWidth()}`);
}

const docCache = memoize((key: string): DocLine[] => {
  const [id, cols] = key.split("\0") as [string, string];
  const section = toc[sectionIndex(id)]!;
  const columns = Number(cols);
  const lines: DocLine[] = [];
  const block = (kind: DocLine["kind"], text: string) => {
    if (lines.length > 0) lines.push({ kind: "blank", text: "", start: 0 });
    for (const t of wrap(text, columns)) lines.push({ kind, text: t, start: 0 });
  };
  for (const h of section.heading.length > 0 ? section.heading : [section.title]) block("heading", h);
  for (const p of section.paragraphs) {
    lines.push({ kind: "blank", text: "", start: 0 });
    let start = 0;
    for (const t of wrap(p.text, columns)) {
      lines.push({ kind: "text", text: t, paragraphId: p.id, start });
      start += t.length;
    }
  }
  if (section.paragraphs.length === 0) {
    if (section.children.length > 0) block("note", "本部分包括：");
    for (const c of section.children)
      for (const t of wrap(`  ${c.title}`, columns)) lines.push({ kind: "note", text: t, start: 0 });
    const note = EMPTY_NOTES[section.id];
    if (note) block("note", note);
  }
  return lines;
});

/** Glossary terms and reported figures of a section, in reading order, never overlapping. */
export const sectionMarks = memoize((sectionId: string): readonly Mark[] => {
  const section = toc[sectionIndex(sectionId)]!;
  const marks: Mark[] = [];
  for (const p of section.paragraphs) {
    const inParagraph: Mark[] = [];
    for (const entry of glossary) {
      for (let at = p.text.indexOf(entry.term); at >= 0; at = p.text.indexOf(entry.term, at + entry.term.length)) {
        inParagraph.push({
          kind: "term",
          paragraphId: p.id,
          start: at,
          end: at + entry.term.length,
          ref: entry.number,
        });
      }
    }
    for (const m of metrics) {
      if (m.paragraphId !== p.id || m.kind !== "reported") continue;
      const range = figureRange(p.text, m.quote, m.written ?? String(m.value));
      if (range) inParagraph.push({ kind: "metric", paragraphId: p.id, ...range, ref: m.id });
    }
    // Paragraphs come in reading order already; a collator here would load ICU's collation data (~2 MB).
    marks.push(...inParagraph.sort((a, b) => a.start - b.start));
  }
  return marks.filter((m, i) => {
    const prev = marks[i - 1];
    return !prev || prev.paragraphId !== m.paragraphId || prev.end <= m.start;
  });
});

/** Where a figure is written: the numeral inside its quote, or the whole quote if the numeral is not found. */
function figureRange(text: string, quote: string, numeral: string): { start: number; end: number } | null {
  const q = text.indexOf(quote);
  if (q < 0) return null;
  const n = quote.indexOf(numeral);
  return n < 0 ? { start: q, end: q + quote.length } : { start: q + n, end: q + n + numeral.length };
}

/** Where a metric's quote stands in its paragraph. */
export function quoteRange(paragraphText: string, quote: string): { start: number; end: number } | null {
  const at = paragraphText.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length };
}

/** Matches of a query in the section's paragraphs, in the one query language (source/search/match.ts). */
export function findMatches(sectionId: string, query: string): readonly TextRange[] {
  return matchCache(`${sectionId}\0${query}`);
}

const matchCache = memoize((key: string): TextRange[] => {
  // Section ids never hold "\0"; everything after the first one is the query, as typed.
  const cut = key.indexOf("\0");
  const [id, q] = [key.slice(0, cut), parseQuery(key.slice(cut + 1))];
  const paragraphs = toc[sectionIndex(id)]!.paragraphs;
  const found = matchTexts(
    q,
    paragraphs.map((p) => p.text),
  );
  const out: TextRange[] = [];
  paragraphs.forEach((p, i) => {
    for (const [start, end] of found.get(i)?.ranges[0] ?? []) out.push({ paragraphId: p.id, start, end });
  });
  return out;
});

/** The reader line holding a paragraph offset; 0 when the paragraph is not in the section. */
export function lineOf(doc: readonly DocLine[], paragraphId: string, offset: number): number {
  let found = -1;
  for (let i = 0; i < doc.length; i++) {
    const l = doc[i]!;
    if (l.paragraphId !== paragraphId) continue;
    if (l.start <= offset) found = i;
    else break;
  }
  return Math.max(0, found);
}

export interface ReportLayout {
  readonly stacked: boolean;
  readonly tocWidth: number;
  readonly tocHeight: number;
  readonly readerWidth: number;
  /** Text lines of the reader, without its status line and find box. */
  readonly readerHeight: number;
  readonly findBox: boolean;
}

export function reportLayout(size: Size, report: ReportState): ReportLayout {
  const cols = splitColumns(size);
  const body = bodyHeight(size);
  const findBox = report.find.focused || report.find.text !== "";
  // Stacked, the contents give their lines to the reader while it has focus: small screens read better.
  const tocHeight = !cols.stacked
    ? body
    : report.focus === "reader"
      ? 0
      : Math.min(8, Math.max(2, Math.floor(body / 3)));
  const readerHeight = Math.max(1, body - (cols.stacked ? tocHeight : 0) - 1 - (findBox ? 1 : 0));
  return { stacked: cols.stacked, tocWidth: cols.left, tocHeight, readerWidth: cols.right, readerHeight, findBox };
}

export const currentSection = (report: ReportState): Section => toc[report.section]!;

/** The reader's lines for the current section at this size. */
export const currentDoc = (size: Size, report: ReportState): readonly DocLine[] =>
  readerDoc(currentSection(report).id, reportLayout(size, report).readerWidth);

export const maxScroll = (size: Size, report: ReportState): number =>
  Math.max(0, currentDoc(size, report).length - reportLayout(size, report).readerHeight);

/** How far through the section the bottom of the reader is, as the status line shows it. */
export function scrollPercent(total: number, scroll: number, height: number): number {
  if (total <= height) return 100;
  return Math.min(100, Math.round(((scroll + height) / total) * 100));
}
