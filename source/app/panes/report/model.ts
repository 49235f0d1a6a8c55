// The 报告 pane's model: the table of contents; the whole report laid out once per width as one
// document of lines (headings, paragraph ids, wrapped text that keeps its paragraph offsets); the
// glossary terms and figures to highlight; and the matches of a find over all of it.
import {
  ABOUT_CHARTS,
  figures,
  glossary,
  type ReportedFigure,
  type Section,
  sectionList,
} from "../../../../data/index";
import { memoize } from "../../../memo";
import { matchTexts } from "../../../search/match";
import { parseQuery } from "../../../search/parse-query";
import { hasHeading, shownTitle } from "../../../sections/title";
import type { Size } from "../../../terminal/size";
import { type AmbiWidth, getAmbiWidth, width, wrap } from "../../../text/width";
import { bodyHeight, splitColumns } from "../../geometry";
import { statusInHeader } from "../../tabs";
import type { ReportState } from "./state";

export const toc: readonly Section[] = sectionList;
export const sectionIndex = (id: string): number => toc.findIndex((s) => s.id === id);

export interface DocLine {
  /** "label": the program's name for a part the report gives no heading (see sections/title.ts). */
  readonly kind: "heading" | "label" | "text" | "note";
  readonly text: string;
  /** Index into `toc` of the section the line belongs to. */
  readonly section: number;
  /** For text lines: the paragraph and the offset of the line's first character in it. */
  readonly paragraphId?: string;
  readonly start: number;
  /** On a paragraph's first line, where the document shows ids: the id, shown dim before the text
   * (and LEAD_GAP columns after it), as a numbered paragraph's number stands in its margin. */
  readonly lead?: string;
}

/** Columns between a paragraph's id and its text (the noted mark takes the first of them). */
export const LEAD_GAP = 1;

/** The whole report as lines of one width. */
export interface ReaderDoc {
  readonly lines: readonly DocLine[];
  /** First line of each section, by index into `toc`. */
  readonly sectionStart: readonly number[];
  /** First text line of each paragraph. */
  readonly paragraphLine: ReadonlyMap<string, number>;
}

/** A term or figure in the text; `ref` is the glossary entry number or the figure id. */
export interface Mention {
  readonly kind: "term" | "figure";
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
  readonly ref: number | string;
}

export interface ParagraphRange {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
}

const EMPTY_NOTES: Record<string, string> = {
  "5": `原文此处为空。${ABOUT_CHARTS}按 3 打开“图表”窗格。`,
};

/** The whole report, section after section, as lines of at most `columns`, every one of them text:
 * no blank lines (headings are set apart by their style, paragraphs by their ids). With `ids`, each
 * paragraph's first line starts with its id; without (a short terminal), the status line names the
 * paragraph at the top instead. */
export function reportDoc(columns: number, ids = true): ReaderDoc {
  return docCache(columns, ids, getAmbiWidth());
}

// The ambiguous-width mode is an argument only so that the document is laid out again under another.
const docCache = memoize((columns: number, ids: boolean, _ambiWidth: AmbiWidth): ReaderDoc => {
  const lines: DocLine[] = [];
  const sectionStart: number[] = [];
  const paragraphLine = new Map<string, number>();
  toc.forEach((section, i) => {
    sectionStart.push(lines.length);
    const block = (kind: DocLine["kind"], text: string) => {
      for (const t of wrap(text, columns)) lines.push({ kind, text: t, section: i, start: 0 });
    };
    /** A text's lines, each with its offset; the first `lead` columns of the first line are the id's. */
    const paragraph = (kind: "heading" | "text", id: string, text: string, lead?: string) => {
      paragraphLine.set(id, lines.length);
      let start = 0;
      for (const t of wrap(text, columns, lead ? width(lead) + LEAD_GAP : 0)) {
        lines.push(
          start === 0 && lead
            ? { kind, text: t, section: i, paragraphId: id, start, lead }
            : { kind, text: t, section: i, paragraphId: id, start },
        );
        start += t.length;
      }
    };
    // Where the report has no heading, the program's name for the part, marked as such (dim, bracketed).
    if (!hasHeading(section)) block("label", shownTitle(section));
    // The report's own heading lines are text the find looks in, each under its own id.
    section.heading.forEach((h, n) => {
      paragraph("heading", headingId(section.id, n), h);
    });
    for (const p of section.paragraphs) paragraph("text", p.id, p.text, ids ? p.id : undefined);
    const note = EMPTY_NOTES[section.id];
    if (note) block("note", note);
  });
  return { lines, sectionStart, paragraphLine };
});

/** The reported figures of each paragraph: one pass over the figures, not one per paragraph (the
 * mentions are computed before the first frame). */
const reportedIn = new Map<string, ReportedFigure[]>();
for (const m of figures)
  if (m.kind === "reported") reportedIn.set(m.paragraphId, [...(reportedIn.get(m.paragraphId) ?? []), m]);

/** Glossary terms and reported figures of a section, in reading order, never overlapping. */
export const sectionMentions = memoize((sectionId: string): readonly Mention[] => {
  const section = toc[sectionIndex(sectionId)]!;
  const mentions: Mention[] = [];
  for (const p of section.paragraphs) {
    const inParagraph: Mention[] = [];
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
    for (const m of reportedIn.get(p.id) ?? []) {
      const range = figureRange(p.text, m.quote, m.written ?? String(m.value));
      if (range) inParagraph.push({ kind: "figure", paragraphId: p.id, ...range, ref: m.id });
    }
    // Paragraphs come in reading order already; a collator here would load ICU's collation data (~2 MB).
    mentions.push(...inParagraph.sort((a, b) => a.start - b.start));
  }
  return mentions.filter((m, i) => {
    const prev = mentions[i - 1];
    return !prev || prev.paragraphId !== m.paragraphId || prev.end <= m.start;
  });
});

/** Every term and figure of the report, in reading order: `ReportState.mention` indexes this. */
export const allMentions: readonly Mention[] = toc.flatMap((s) => sectionMentions(s.id));

/** Where a figure is written: the numeral inside its quote, or the whole quote if the numeral is not found. */
function figureRange(text: string, quote: string, numeral: string): { start: number; end: number } | null {
  const q = text.indexOf(quote);
  if (q < 0) return null;
  const n = quote.indexOf(numeral);
  return n < 0 ? { start: q, end: q + quote.length } : { start: q + n, end: q + n + numeral.length };
}

/** Where a figure's quote stands in its paragraph. */
export function quoteRange(paragraphText: string, quote: string): { start: number; end: number } | null {
  const at = paragraphText.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length };
}

/** Matches of a query over every heading and paragraph of the report, in reading order, in the one query
 * language (source/search/parse-query.ts): pinyin, initials, several terms, phrases. */
export function findMatches(query: string): readonly ParagraphRange[] {
  return matchCache(query);
}

/** The id a heading line of the report is found under in the reader ("2.3.h1"): not a paragraph id. */
export const headingId = (sectionId: string, n: number): string => `${sectionId}.h${n + 1}`;

/** Every text the find looks in, in reading order: each section's heading lines, then its paragraphs. */
const everyText = toc.flatMap((s) => [
  ...s.heading.map((text, n) => ({ id: headingId(s.id, n), text })),
  ...s.paragraphs.map((p) => ({ id: p.id, text: p.text })),
]);

const matchCache = memoize((query: string): ParagraphRange[] => {
  if (query.trim() === "") return [];
  const found = matchTexts(
    parseQuery(query),
    everyText.map((p) => p.text),
  );
  return everyText.flatMap((p, i) =>
    [...(found.get(i)?.ranges[0] ?? [])]
      .sort((a, b) => a[0] - b[0])
      .map(([start, end]) => ({ paragraphId: p.id, start, end })),
  );
});

/** The line holding a paragraph offset; 0 when the paragraph is not in the report. */
export function docLineOf(doc: ReaderDoc, paragraphId: string, offset: number): number {
  const first = doc.paragraphLine.get(paragraphId);
  if (first === undefined) return 0;
  let i = first;
  while (doc.lines[i + 1]?.paragraphId === paragraphId && doc.lines[i + 1]!.start <= offset) i++;
  return i;
}

/** A place in the report that survives a change of width: a paragraph offset, or a line of a
 * section's heading. */
export interface Anchor {
  readonly section: number;
  readonly paragraphId: string | null;
  readonly start: number;
}

export function anchorAt(doc: ReaderDoc, line: number): Anchor {
  const l = doc.lines[line];
  if (!l) return { section: 0, paragraphId: null, start: 0 };
  if (l.paragraphId) return { section: l.section, paragraphId: l.paragraphId, start: l.start };
  // After a section's paragraphs (a note): its last text line.
  for (let i = line - 1; i >= doc.sectionStart[l.section]!; i--) {
    const t = doc.lines[i]!;
    if (t.paragraphId) return { section: t.section, paragraphId: t.paragraphId, start: t.start };
  }
  return { section: l.section, paragraphId: null, start: line - doc.sectionStart[l.section]! };
}

export function lineOfAnchor(doc: ReaderDoc, a: Anchor): number {
  if (a.paragraphId) return docLineOf(doc, a.paragraphId, a.start);
  // Lines of a section's label: at another width it may wrap to fewer lines, so the offset stays
  // above the section's first heading or paragraph.
  const start = doc.sectionStart[a.section] ?? 0;
  const next = doc.lines.findIndex((l, i) => i >= start && l.paragraphId !== undefined);
  const limit = next < 0 ? doc.lines.length - 1 : next - 1;
  return Math.min(doc.lines.length - 1, Math.max(start, Math.min(start + a.start, limit)));
}

/** Line of each of `allMentions` in a document. */
export const mentionLines = (doc: ReaderDoc): readonly number[] => linesOf(doc, allMentions);

/** Line of each match of a query in a document. */
export const matchLines = (doc: ReaderDoc, query: string): readonly number[] => linesOf(doc, findMatches(query));

// Per document (one per width) and per list of ranges (memoised themselves), so each is computed once.
const rangeLines = new WeakMap<ReaderDoc, WeakMap<readonly ParagraphRange[], readonly number[]>>();
function linesOf(doc: ReaderDoc, ranges: readonly ParagraphRange[]): readonly number[] {
  let byRanges = rangeLines.get(doc);
  if (!byRanges) {
    byRanges = new WeakMap();
    rangeLines.set(doc, byRanges);
  }
  let lines = byRanges.get(ranges);
  if (!lines) {
    lines = ranges.map((m) => docLineOf(doc, m.paragraphId, m.start));
    byRanges.set(ranges, lines);
  }
  return lines;
}

export interface ReportLayout {
  readonly stacked: boolean;
  readonly tocWidth: number;
  readonly tocHeight: number;
  /** Columns the reader takes (its status line spans them). */
  readonly readerWidth: number;
  /** Columns of text: the reader's width, at most the measure. */
  readonly textWidth: number;
  /** Text lines of the reader, without its status line and find box. */
  readonly readerHeight: number;
  /** The find box or the goto prompt takes the reader's last line. */
  readonly findBox: boolean;
  /** A short terminal: the document without ids (the status names the paragraph at the top). */
  readonly compact: boolean;
  /** Where the reader's status is: its own line above the text, in the tab bar, or (short, while
   * reading) in the frame's one bar with the keys, as less's prompt line. */
  readonly status: "reader" | "header" | "bar";
  /** Rows the pane draws: the frame's body, which the bar makes one row taller. */
  readonly body: number;
}

/** Below this many rows the reader is compact (see ReportLayout.compact). */
export const COMPACT_ROWS = 16;

/** Columns the contents need to show every title whole (and a space after the longest). */
export const TOC_FIT = Math.max(...toc.map((s) => width(s.level === 1 ? shownTitle(s) : `  ${shownTitle(s)}`))) + 1;

/** Beside the contents the text keeps at least this many columns; where it would have fewer, the
 * reader takes the whole width while it has focus (unless `z` keeps the contents beside). */
export const TEXT_BESIDE = 60;

/** Whether the reader takes the whole width now: while it has focus, as `z` chose or else as the width suits. */
export function readsWide(size: Size, report: ReportState): boolean {
  if (report.focus !== "reader") return false;
  return report.wide ?? splitColumns(size, 0.28, 20, 34, TOC_FIT).right < TEXT_BESIDE;
}

export function reportLayout(size: Size, report: ReportState): ReportLayout {
  // Wide, the reader is laid out as on a narrow terminal with the focus in it: the whole width, no contents.
  const cols = readsWide(size, report)
    ? { stacked: true, left: size.columns, right: size.columns }
    : splitColumns(size, 0.28, 20, 34, TOC_FIT);
  const compact = size.rows < COMPACT_ROWS;
  const status = compact && report.focus === "reader" ? "bar" : statusInHeader(size.columns) ? "header" : "reader";
  // The bar is the frame's only row besides the body.
  const body = status === "bar" ? size.rows - 1 : bodyHeight(size);
  const findBox = report.find.focused || report.find.text !== "" || report.goto.focused;
  // Stacked, the contents give their lines to the reader while it has focus: small screens read better.
  const tocHeight = !cols.stacked
    ? body
    : report.focus === "reader"
      ? 0
      : Math.min(8, Math.max(2, Math.floor(body / 3)));
  const statusRows = status === "reader" ? 1 : 0;
  const readerHeight = Math.max(1, body - (cols.stacked ? tocHeight : 0) - statusRows - (findBox ? 1 : 0));
  return {
    stacked: cols.stacked,
    tocWidth: cols.left,
    tocHeight,
    readerWidth: cols.right,
    textWidth: Math.min(cols.right, report.measure),
    readerHeight,
    findBox,
    compact,
    status,
    body,
  };
}

export const currentSection = (report: ReportState): Section => toc[report.section]!;

/** The reader's document at this size. */
export function currentDoc(size: Size, report: ReportState): ReaderDoc {
  const layout = reportLayout(size, report);
  return reportDoc(layout.textWidth, !layout.compact);
}

export const maxReportScroll = (size: Size, report: ReportState): number =>
  Math.max(0, currentDoc(size, report).lines.length - reportLayout(size, report).readerHeight);

/** How far through the report the bottom of the reader is, as the status line shows it. */
export function scrollPercent(total: number, scroll: number, height: number): number {
  if (total <= height) return 100;
  return Math.min(100, Math.round(((scroll + height) / total) * 100));
}

/** The first line to show so that a paragraph's line is seen with the paragraph's own start above
 * it (its first line at the top) when both fit, else with the lines of the same paragraph above it. */
export function landingScroll(doc: ReaderDoc, paragraphId: string, line: number, height: number): number {
  const top = doc.paragraphLine.get(paragraphId) ?? 0;
  return line - top < height ? top : line - Math.floor(height / 3);
}

/**
 * The reader's current paragraph: what y copies and a note is taken from. The current match of the
 * find, else the span a jump highlighted, while it is on screen; otherwise the first paragraph whose
 * text starts on screen (its id line is the one in view), or the paragraph at the top when none does.
 */
export function currentParagraph(size: Size, r: ReportState): string | null {
  const doc = currentDoc(size, r);
  const h = reportLayout(size, r).readerHeight;
  const onScreen = (paragraphId: string, offset: number) => {
    const at = docLineOf(doc, paragraphId, offset);
    return at >= r.scroll && at < r.scroll + h;
  };
  const match = r.find.text === "" ? undefined : findMatches(r.find.text)[r.match];
  if (match && onScreen(match.paragraphId, match.start)) return match.paragraphId;
  if (r.landing && onScreen(r.landing.paragraphId, r.landing.start)) return r.landing.paragraphId;
  const end = Math.min(doc.lines.length, r.scroll + h);
  for (let i = r.scroll; i < end; i++) {
    const l = doc.lines[i]!;
    if (l.kind === "text" && l.start === 0) return l.paragraphId!;
  }
  // Headings carry ids of their own (2.2.h1) for the find; what is copied is a paragraph.
  const top = doc.lines.slice(r.scroll).find((l) => l.kind === "text");
  return top?.paragraphId ?? currentSection(r).paragraphs[0]?.id ?? null;
}
