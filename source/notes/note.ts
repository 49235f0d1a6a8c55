// A note: a verbatim quote of the report, where it stands, the reader's tag and comment. Plain
// data, the same in the explorer, the notebook file, the exports and `notes --import`.

/** The four tags of a 审议意见, in the order a draft groups them; a note may have none. */
export const TAGS = ["肯定", "问题", "建议", "疑问"] as const;
export type Tag = (typeof TAGS)[number];

/** One verbatim run of a paragraph: `text === paragraphById.get(paragraph).text.slice(start, end)`. */
export interface Quote {
  /** The paragraph that holds the run, e.g. "2.2.p4". */
  readonly paragraph: string;
  /** [start, end) in UTF-16 offsets of the paragraph's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What was collected: the thing under the selection when `a` was pressed. */
export type NoteKind = "paragraph" | "selection" | "figure" | "entry" | "chart" | "result";

export interface Note {
  /** Unique across machines (a random UUID), so an import never duplicates a note. */
  readonly id: string;
  readonly kind: NoteKind;
  /** The figure's id, the glossary entry's number, the chart's id; null for text. */
  readonly ref: string | number | null;
  /** What the note is of, short, for lists and the status line: "执结执行案件22502件", "示范诉讼". */
  readonly label: string;
  /** At least one; a chart has one per figure, in the chart's order. */
  readonly quotes: readonly Quote[];
  readonly tag: Tag | null;
  /** The reader's own words; may hold newlines. */
  readonly comment: string;
  /** ISO 8601 times. */
  readonly created: string;
  readonly updated: string;
  /** The user's own order among the notes (moving a note changes it); ties keep creation order. */
  readonly rank: number;
  /** Set while deleted (undo clears it); deleted notes are kept so that undo and a merge can restore them. */
  readonly deleted?: string;
}

/** One change to a notebook. Every change is one of these, so two explorers' changes merge by replay. */
export type NoteOp =
  | { readonly op: "add"; readonly note: Note }
  | { readonly op: "comment"; readonly id: string; readonly comment: string; readonly at: string }
  | { readonly op: "tag"; readonly id: string; readonly tag: Tag | null; readonly at: string }
  | { readonly op: "move"; readonly id: string; readonly rank: number; readonly at: string }
  | { readonly op: "delete"; readonly id: string; readonly at: string }
  | { readonly op: "restore"; readonly id: string; readonly at: string };

/** The notes after one op. An op on a note that is not there changes nothing; adding a note twice keeps the first. */
export function applyOp(notes: readonly Note[], op: NoteOp): readonly Note[] {
  if (op.op === "add") return notes.some((n) => n.id === op.note.id) ? notes : [...notes, op.note];
  const i = notes.findIndex((n) => n.id === op.id);
  const note = notes[i];
  if (note === undefined) return notes;
  const next = changed(note, op);
  return next === note ? notes : notes.map((n, j) => (j === i ? next : n));
}

function changed(note: Note, op: Exclude<NoteOp, { op: "add" }>): Note {
  switch (op.op) {
    case "comment":
      return { ...note, comment: op.comment, updated: op.at };
    case "tag":
      return { ...note, tag: op.tag, updated: op.at };
    case "move":
      return { ...note, rank: op.rank, updated: op.at };
    case "delete":
      return { ...note, deleted: op.at, updated: op.at };
    case "restore": {
      const { deleted: _, ...rest } = note;
      return { ...rest, updated: op.at };
    }
  }
}

/** The notes a reader sees: not deleted. */
export const liveNotes = (notes: readonly Note[]): readonly Note[] => notes.filter((n) => n.deleted === undefined);
