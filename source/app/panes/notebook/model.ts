// 笔记's model: the notes shown (live, filtered by the one query language and by paragraph, in the
// chosen order), counted per tag. Remembered for the last notes, query, order and paragraph, so
// moving the selection recomputes nothing.
import { paragraphs } from "../../../../data/index";
import { liveNotes, type Note, TAGS, type Tag } from "../../../notes/note";
import { matchTexts } from "../../../search/match";
import { parseQuery } from "../../../search/parse-query";
import type { Size } from "../../../terminal/size";
import { bodyHeight } from "../../geometry";
import type { NotebookState, NoteOrder } from "./state";

export const ORDER_LABELS: Record<NoteOrder, string> = {
  report: "报告顺序",
  tag: "按标签",
  time: "按时间",
  own: "自定顺序",
};

/** "无标签" for a note without one: the fifth group of a draft. */
export const NO_TAG = "无标签";
export const tagLabel = (tag: Tag | null): string => tag ?? NO_TAG;

/** The tag after this one, as `t` (C-t in the editor) steps: 肯定 → 问题 → 建议 → 疑问 → none → 肯定. */
export const nextTag = (tag: Tag | null): Tag | null =>
  tag === null ? TAGS[0] : (TAGS[TAGS.indexOf(tag) + 1] ?? null);

const paragraphIndex = new Map(paragraphs.map((p, i) => [p.id, i]));
const place = (n: Note): number => paragraphIndex.get(n.quotes[0]?.paragraph ?? "") ?? paragraphs.length;
const tagIndex = (n: Note): number => (n.tag === null ? TAGS.length : TAGS.indexOf(n.tag));
const byOwn = (a: Note, b: Note) => a.rank - b.rank;
const byReport = (a: Note, b: Note) =>
  place(a) - place(b) || (a.quotes[0]?.start ?? 0) - (b.quotes[0]?.start ?? 0) || byOwn(a, b);

const ORDER: Record<NoteOrder, (a: Note, b: Note) => number> = {
  report: byReport,
  tag: (a, b) => tagIndex(a) - tagIndex(b) || byReport(a, b),
  time: (a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : byOwn(a, b)),
  own: byOwn,
};

/** What the filter searches in a note: its label, quotes, comment, tag and place. */
const searchText = (n: Note): string =>
  [n.label, ...n.quotes.map((q) => q.text), n.comment, tagLabel(n.tag), n.quotes[0]?.paragraph ?? ""].join(" ");

let last: { key: readonly unknown[]; shown: readonly Note[] } | null = null;

/** The notes 笔记 lists, in order. */
export function shownNotes(s: NotebookState): readonly Note[] {
  const key = [s.notes, s.query.text, s.order, s.paragraph];
  if (last?.key.every((k, i) => k === key[i])) return last.shown;
  let notes = liveNotes(s.notes);
  if (s.paragraph !== null) notes = notes.filter((n) => n.quotes.some((q) => q.paragraph === s.paragraph));
  if (s.query.text.trim() !== "") {
    const found = matchTexts(parseQuery(s.query.text), notes.map(searchText));
    notes = notes.filter((_, i) => found.has(i));
  }
  const shown = [...notes].sort(ORDER[s.order]);
  last = { key, shown };
  return shown;
}

/** How many live notes carry each tag, and none. */
export function tagCounts(notes: readonly Note[]): { label: string; count: number }[] {
  const live = liveNotes(notes);
  return [...TAGS, null].map((t) => ({ label: tagLabel(t), count: live.filter((n) => n.tag === t).length }));
}

/** Lines under the list for the selected note's quote and comment: on screens of 14 body lines or more. */
export const notebookDetailHeight = (size: Size): number =>
  bodyHeight(size) >= 14 ? Math.floor(bodyHeight(size) / 3) : 0;

/** Notes listed at once: the body less the counts line, the filter line and the detail (with its rule). */
export const notebookListHeight = (size: Size): number => {
  const detail = notebookDetailHeight(size);
  return Math.max(1, bodyHeight(size) - 2 - (detail > 0 ? detail + 1 : 0));
};
