// The reader's visual selection (`v`, as vim's): it starts at the reading position and its end moves
// by character, word, sentence (。！？；), line or paragraph. It stays within one paragraph — a
// note quotes one paragraph's run — so moving past a paragraph's end stops there.
import { paragraphById } from "../../../../data/index";
import type { Size } from "../../../terminal/size";
import type { VisualUnit } from "../../actions";
import { currentDoc, currentParagraph, docLineOf, findMatches } from "./model";
import type { ReportState, Visual } from "./state";

/** Where `v` starts: the find's current match, else the span a jump landed on, else the first
 * character of the paragraph being read. */
function startAt(size: Size, r: ReportState): { paragraphId: string; at: number } | null {
  const match = r.find.text === "" ? undefined : findMatches(r.find.text)[r.match];
  if (match) return { paragraphId: match.paragraphId, at: match.start };
  if (r.landing) return { paragraphId: r.landing.paragraphId, at: r.landing.start };
  const id = currentParagraph(size, r);
  return id ? { paragraphId: id, at: 0 } : null;
}

export function startVisual(size: Size, r: ReportState): ReportState {
  const start = startAt(size, r);
  return start ? { ...r, visual: { paragraphId: start.paragraphId, anchor: start.at, head: start.at } } : r;
}

/** The selected run as [start, end). */
export const visualSpan = (v: Visual): { start: number; end: number } => ({
  start: Math.min(v.anchor, v.head),
  end: Math.max(v.anchor, v.head) + 1,
});

const SENTENCE_END = /[。！？；][”’」』）)]*/gu;

let words: Intl.Segmenter | null = null;

/** Where the head goes in the paragraph's text. */
function moved(text: string, head: number, unit: VisualUnit, delta: 1 | -1, lineStep: () => number): number {
  const last = Math.max(0, text.length - 1);
  switch (unit) {
    case "char":
      return head + delta;
    case "paragraph":
      return delta > 0 ? last : 0;
    case "line":
      return lineStep();
    case "word": {
      words ??= new Intl.Segmenter("zh", { granularity: "word" });
      const segs = [...words.segment(text)].filter((s) => s.isWordLike);
      // Forward to the end of the next word, back to the start of the previous one.
      if (delta > 0) {
        const s = segs.find((w) => w.index + w.segment.length - 1 > head);
        return s ? s.index + s.segment.length - 1 : last;
      }
      return segs.findLast((w) => w.index < head)?.index ?? 0;
    }
    case "sentence": {
      const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length - 1);
      if (delta > 0) return ends.find((e) => e > head) ?? last;
      const starts = [0, ...ends.map((e) => e + 1)].filter((s) => s < head);
      return starts.at(-1) ?? 0;
    }
  }
}

/** The selection's end moved by one unit, kept in the paragraph (the caller scrolls it into view). */
export function moveVisual(size: Size, r: ReportState, unit: VisualUnit, delta: 1 | -1): ReportState {
  const v = r.visual;
  const text = v ? paragraphById.get(v.paragraphId)?.text : undefined;
  if (!v || text === undefined) return r;
  const doc = currentDoc(size, r);
  const lineStep = () => {
    const i = docLineOf(doc, v.paragraphId, v.head);
    const here = doc.lines[i]!;
    const there = doc.lines[i + delta];
    if (there?.paragraphId !== v.paragraphId) return delta > 0 ? text.length - 1 : 0;
    return there.start + Math.min(v.head - here.start, Math.max(0, there.text.length - 1));
  };
  const head = Math.max(0, Math.min(text.length - 1, moved(text, v.head, unit, delta, lineStep)));
  return { ...r, visual: { ...v, head } };
}
