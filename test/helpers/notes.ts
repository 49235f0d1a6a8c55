// Notes made from the real report, for the notebook and export tests: each quote is cut from its
// paragraph by offsets, so it is verbatim by construction, and the fixed notebook is the one the
// golden drafts show.
import { chartById, figureById, glossary, paragraphById, paragraphs } from "../../data/index";
import { chartFigures } from "../../source/charts/render";
import type { Note, NoteKind, NoteOp, Quote, Tag } from "../../source/notes/note";

/** The run of `paragraph` that is `text` (its first occurrence); throws when it is not there. */
export function quoteOf(paragraph: string, text: string): Quote {
  const p = paragraphById.get(paragraph);
  const start = p?.text.indexOf(text) ?? -1;
  if (!p || start < 0) throw new Error(`${paragraph} does not say ${text}`);
  return { paragraph, start, end: start + text.length, text };
}

/** The run [start, end) of the paragraph at `index` (of every paragraph, in reading order). */
export function quoteAt(index: number, start: number, end: number): Quote {
  const p = paragraphs[index % paragraphs.length]!;
  const s = Math.min(start, p.text.length - 1);
  const e = Math.max(s + 1, Math.min(end, p.text.length));
  return { paragraph: p.id, start: s, end: e, text: p.text.slice(s, e) };
}

interface Fields {
  id: string;
  kind?: NoteKind;
  ref?: string | number | null;
  label?: string;
  quotes: Quote[];
  tag?: Tag | null;
  comment?: string;
  created?: string;
  rank?: number;
}

export function noteOf(f: Fields): Note {
  const created = f.created ?? "2026-03-01T20:00:00.000Z";
  return {
    id: f.id,
    kind: f.kind ?? "selection",
    ref: f.ref ?? null,
    label: f.label ?? f.quotes[0]!.text.slice(0, 12),
    quotes: f.quotes,
    tag: f.tag ?? null,
    comment: f.comment ?? "",
    created,
    updated: created,
    rank: f.rank ?? 0,
  };
}

const figureNote = (id: string, metricId: string, tag: Tag | null, comment: string, minute: number): Note => {
  const m = figureById.get(metricId)!;
  return noteOf({
    id,
    kind: "figure",
    ref: m.id,
    label: m.label,
    quotes: [quoteOf(m.paragraphId, m.quote)],
    tag,
    comment,
    created: `2026-03-01T20:${String(minute).padStart(2, "0")}:00.000Z`,
    rank: minute,
  });
};

/** A deputy's evening: figures, a sentence, a paragraph, a glossary entry, a chart; every tag and none; one deleted. */
export function sampleNotebook(): Note[] {
  const entry = glossary.find((g) => g.term === "示范诉讼")!;
  const chart = chartById.get("caseload")!;
  const caseload = noteOf({
    id: "n-chart",
    kind: "chart",
    ref: chart.id,
    label: chart.title,
    quotes: chartFigures(chart).map((f) => quoteOf(f.figure.paragraphId, f.figure.quote)),
    tag: "疑问",
    comment: "两个数的口径是否一致？请说明旧存案件的处理。",
    created: "2026-03-01T20:09:00.000Z",
    rank: 9,
  });
  return [
    figureNote("n-exec", "enforcement.closed", "肯定", "执结数量可观，建议补充执行到位率。", 1),
    noteOf({
      id: "n-gap",
      quotes: [quoteOf("2.7.p2", "少数法官就案办案、机械办案的现象仍有存在")],
      tag: "问题",
      comment: "这一点与前文“稳居前列”的表述如何统一？\n建议列出整改措施和时间表。",
      created: "2026-03-01T20:02:00.000Z",
      rank: 2,
    }),
    noteOf({
      id: "n-para",
      kind: "paragraph",
      ref: null,
      label: "2.3.p3",
      quotes: [quoteOf("2.3.p3", paragraphById.get("2.3.p3")!.text)],
      tag: "建议",
      comment: "“共享法庭”可向全县各村推广。",
      created: "2026-03-01T20:03:00.000Z",
      rank: 3,
    }),
    noteOf({
      id: "n-entry",
      kind: "entry",
      ref: entry.number,
      label: entry.term,
      quotes: [quoteOf(entry.paragraphId, entry.definition)],
      tag: null,
      comment: "",
      created: "2026-03-01T20:04:00.000Z",
      rank: 4,
    }),
    caseload,
    {
      ...noteOf({
        id: "n-deleted",
        quotes: [quoteOf("2.2.p4", "执行到位10.73亿元")],
        tag: "肯定",
        comment: "删掉的笔记不进草稿",
        created: "2026-03-01T20:05:00.000Z",
        rank: 5,
      }),
      deleted: "2026-03-01T20:06:00.000Z",
    },
  ];
}

/** The ops that build `notes` from nothing: one add each (deleted ones added, then deleted). */
export const opsOf = (notes: readonly Note[]): NoteOp[] =>
  notes.flatMap((note): NoteOp[] => {
    const { deleted, ...live } = note;
    return deleted === undefined
      ? [{ op: "add", note }]
      : [
          { op: "add", note: live },
          { op: "delete", id: note.id, at: deleted },
        ];
  });
