// The notes as a 审议意见 draft (Markdown, or plain text for a word processor or a chat) and as JSON:
// pure functions of the notes, used by `court-report notes` and by the explorer's draft keys.
// Each note: its quotes, each with its citation (the form the clipboard uses, source/output/cite.ts),
// the figure's value where the note is of a figure (or a chart's), then the reader's comment.
import { chartById, figureById, figureText, meta } from "../../data/index";
import { chartFigures } from "../charts/render";
import { citation, quoteBlock } from "../output/cite";
import { sanitize } from "../text/sanitize";
import type { Note, Quote } from "./note";
import { SCHEMA } from "./notebook-format";
import { groupNotes, type NotesOrder, sortNotes } from "./order";
import { locateQuote } from "./verbatim";

/** The draft's title and the line under it: which report, when, at which meeting. */
export const DRAFT_TITLE = `关于《${meta.title}》的审议意见（草稿）`;
const [year, month, day] = meta.date.split("-").map(Number);
export const DRAFT_SOURCE = `${meta.title}，${year}年${month}月${day}日，${meta.meeting}`;
/** Said instead of a citation when a quote is nowhere in this version of the report. */
const NOT_IN_REPORT = "（本版报告中找不到这段引文）";

const clean = (text: string): string => sanitize(text, { keepNewlines: true });

/** A note's quotes as they stand in the report, each with its citation or the word that it is not there. */
function cited(note: Note): { text: string; source: string }[] {
  // A chart's figures may rest on one clause (a derived figure and its input): quoted once.
  const seen = new Set<string>();
  return note.quotes
    .filter(
      (q: Quote) => !seen.has(`${q.paragraph}:${q.start}:${q.end}`) && seen.add(`${q.paragraph}:${q.start}:${q.end}`),
    )
    .map((q: Quote) => {
      const found = locateQuote(q);
      return { text: clean(q.text), source: found ? citation(found.paragraph) : NOT_IN_REPORT };
    });
}

/** The reader's comment, its lines kept: in Markdown each line is a paragraph of its own. */
const commentOf = (note: Note, between: string): string[] => {
  const lines = clean(note.comment.trim())
    .split("\n")
    .filter((l) => l.trim() !== "");
  return lines.length === 0 ? [] : [lines.join(between)];
};

/** "label：value" lines of the figures a note is of: one for a figure, one per figure of a chart. */
function values(note: Note): { label: string; value: string }[] {
  if (note.kind === "figure" && typeof note.ref === "string") {
    const m = figureById.get(note.ref);
    return m ? [{ label: m.label, value: figureText(m) }] : [];
  }
  if (note.kind === "chart" && typeof note.ref === "string") {
    const c = chartById.get(note.ref);
    return c ? chartFigures(c).map((f) => ({ label: f.label, value: figureText(f.figure) })) : [];
  }
  return [];
}

/** The draft in Markdown: a document to edit and hand in. */
export function draftMarkdown(notes: readonly Note[], by: NotesOrder = "tag"): string {
  const out = [`# ${DRAFT_TITLE}`, "", DRAFT_SOURCE];
  const groups = groupNotes(notes, by);
  for (const group of groups) {
    if (group.title !== null) out.push("", `## ${clean(group.title)}`);
    for (const note of group.notes) {
      const title = note.kind === "chart" || note.kind === "entry" ? [`**${clean(note.label)}**`, ""] : [];
      out.push("", ...title);
      for (const [i, q] of cited(note).entries()) out.push(...(i > 0 ? [""] : []), quoteBlock(q.text), "", q.source);
      const figures = values(note);
      if (figures.length > 0)
        out.push("", ...figures.map((f) => `${note.kind === "chart" ? "- " : ""}**${clean(f.label)}**：${f.value}`));
      const comment = commentOf(note, "\n\n");
      if (comment.length > 0) out.push("", ...comment);
    }
  }
  if (groups.length === 0) out.push("", "（还没有笔记）");
  return `${out.join("\n")}\n`;
}

/** The draft as plain text: numbered, quotes in 「」, nothing a word processor or a chat would show as marks. */
export function draftText(notes: readonly Note[], by: NotesOrder = "tag"): string {
  const out = [DRAFT_TITLE, DRAFT_SOURCE];
  const groups = groupNotes(notes, by);
  for (const [g, group] of groups.entries()) {
    if (group.title !== null) out.push("", `${chineseNumber(g + 1)}、${clean(group.title)}`);
    for (const [n, note] of group.notes.entries()) {
      const quotes = cited(note);
      const head = note.kind === "chart" || note.kind === "entry" ? `${clean(note.label)}` : null;
      out.push("");
      const lines = [
        ...(head === null ? [] : [head]),
        ...quotes.flatMap((q) => [`「${q.text}」`, q.source]),
        ...values(note).map((f) => `${clean(f.label)}：${f.value}`),
        ...commentOf(note, "\n"),
      ];
      out.push(`${n + 1}. ${lines[0]}`, ...lines.slice(1));
    }
  }
  if (groups.length === 0) out.push("", "（还没有笔记）");
  return `${out.join("\n")}\n`;
}

/**
 * The live notes as JSON, in `by`'s order: the notebook's own format (so `notes --import` takes it
 * on another machine) with the report it quotes. docs/notes.md describes it.
 */
export function notesJson(notes: readonly Note[], by: NotesOrder = "section"): string {
  const report = { title: meta.title, date: meta.date, meeting: meta.meeting };
  return `${JSON.stringify({ schema: SCHEMA, report, notes: sortNotes(notes, by) }, null, 2)}\n`;
}

const DIGITS = "〇一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (a draft has far fewer than 100 groups). */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ""}十${ones > 0 ? DIGITS[ones] : ""}`;
}
