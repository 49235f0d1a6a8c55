// The orders the notes are listed and drafted in, shared by `court-report notes` and the 笔记 pane:
// the report's order (where the first quote stands), by tag (肯定、问题、建议、疑问、其他, each in
// the user's own order), or by time (when each was collected).
import { paragraphById, paragraphs, sectionById } from "../../data/index";
import { liveNotes, type Note, TAGS, type Tag } from "./note";

export const ORDERS = ["section", "tag", "time"] as const;
export type NotesOrder = (typeof ORDERS)[number];

/** What a note without a tag is filed under. */
export const UNTAGGED = "其他";
export const tagName = (tag: Tag | null): string => tag ?? UNTAGGED;

export interface NoteGroup {
  /** The tag, or the section ("2.2 过去五年的工作回顾 · 二、奋力抓实审执主业…"); null when by time. */
  readonly title: string | null;
  readonly notes: readonly Note[];
}

const place = new Map(paragraphs.map((p, i) => [p.id, i]));
/** Unknown paragraphs (a note from another version of the report) go last. */
const placeOf = (note: Note): number => place.get(note.quotes[0]!.paragraph) ?? paragraphs.length;

const byTime = (a: Note, b: Note): number => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);
const byRank = (a: Note, b: Note): number => a.rank - b.rank || byTime(a, b);
const byReport = (a: Note, b: Note): number =>
  placeOf(a) - placeOf(b) || a.quotes[0]!.start - b.quotes[0]!.start || byRank(a, b);

/** The live notes in `by`'s order. */
export function sortNotes(notes: readonly Note[], by: NotesOrder): Note[] {
  return groupNotes(notes, by).flatMap((g) => g.notes);
}

/** The live notes in groups, in `by`'s order; empty groups left out. */
export function groupNotes(notes: readonly Note[], by: NotesOrder): NoteGroup[] {
  const live = liveNotes(notes);
  if (by === "time") return live.length > 0 ? [{ title: null, notes: [...live].sort(byTime) }] : [];
  if (by === "tag")
    return [...TAGS, null]
      .map((tag) => ({ title: tagName(tag), notes: live.filter((n) => n.tag === tag).sort(byRank) }))
      .filter((g) => g.notes.length > 0);
  const groups: { title: string; notes: Note[] }[] = [];
  for (const note of [...live].sort(byReport)) {
    const title = sectionTitle(note.quotes[0]!.paragraph);
    const last = groups[groups.length - 1];
    if (last?.title === title) last.notes.push(note);
    else groups.push({ title, notes: [note] });
  }
  return groups;
}

/** "2.2 过去五年的工作回顾 · 二、奋力抓实审执主业，推进和谐三门建设" for a paragraph of 2.2. */
export function sectionTitle(paragraphId: string): string {
  const section = sectionById.get(paragraphById.get(paragraphId)?.sectionId ?? "");
  if (!section) return paragraphId;
  const parent = section.parentId === null ? undefined : sectionById.get(section.parentId);
  return `${section.id} ${parent ? `${parent.title} · ` : ""}${section.title}`;
}
