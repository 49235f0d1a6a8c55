// Full-text search over the whole report: body paragraphs, the glossary (附件一) and every metric's
// label and source quote. A query is Chinese (literal substring) or pinyin; pinyin, initials and
// one-character typos are resolved through the glossary into the terms they stand for, which are then
// found everywhere, so "sfss" lists 示范诉讼 and the paragraphs where 示范诉讼 occurs.
import { glossary, metrics, paragraphs, sectionById } from "../../data/index";
import { matchGlossary } from "./glossary";
import { findAny, foldCase, mergeRanges, type Range } from "./query";

export { snippet } from "./snippet";

export interface SearchHit {
  kind: "paragraph" | "glossary" | "metric";
  /** Paragraph id ("2.2.p4"), glossary entry number ("1"), or metric id ("enforcement.recovered"). */
  id: string;
  sectionId: string;
  paragraphId: string;
  /** Section title, glossary term, or metric label. */
  label: string;
  /** The text the ranges point into: the paragraph, the glossary paragraph, or "label：quote" for a metric. */
  text: string;
  ranges: [number, number][];
  score: number;
}

// Tiers next to the glossary's (term hits 600–1059, definition mentions 200–499): a metric whose label
// matches comes after term hits; paragraphs and quotes rank by how often the query occurs in them.
const METRIC_LABEL = 500;
const OCCURRENCES = 300;

interface Doc {
  kind: SearchHit["kind"];
  id: string;
  sectionId: string;
  paragraphId: string;
  label: string;
  text: string;
  /** text lower-cased for matching (same offsets). */
  folded: string;
}

// Built once, on the first search (a quick lookup that never searches skips it), then reused on
// every keystroke.
const glossaryParagraphs = new Map(glossary.map((g) => [g.paragraphId, g]));
let docs: Doc[] | undefined;
const buildDocs = (): Doc[] => [
  ...paragraphs.map((p): Doc => {
    const entry = glossaryParagraphs.get(p.id);
    const label = entry ? entry.term : sectionById.get(p.sectionId)!.title;
    return {
      kind: entry ? "glossary" : "paragraph",
      id: entry ? String(entry.number) : p.id,
      sectionId: p.sectionId,
      paragraphId: p.id,
      label,
      text: p.text,
      folded: foldCase(p.text),
    };
  }),
  ...metrics.map((m): Doc => {
    const text = `${m.label}：${m.quote}`;
    return {
      kind: "metric",
      id: m.id,
      sectionId: m.sectionId,
      paragraphId: m.paragraphId,
      label: m.label,
      text,
      folded: foldCase(text),
    };
  }),
];

/** Best first; ties keep the report's order (paragraphs, then glossary, then metrics). Never throws. */
export function search(query: string, limit = Infinity): SearchHit[] {
  const { hits: glossaryHits, needles } = matchGlossary(query);
  if (needles.length === 0) return [];
  const byParagraph = new Map(glossaryHits.map((h) => [h.entry.paragraphId, h]));

  const scored: { hit: SearchHit; order: number }[] = [];
  docs ??= buildDocs();
  docs.forEach((doc, order) => {
    const found = findAny(doc.folded, needles);
    const g = doc.kind === "glossary" ? byParagraph.get(doc.paragraphId) : undefined;
    if (found.length === 0 && !g) return;
    let ranges = found;
    let score = OCCURRENCES + Math.min(found.length, 9) * 20;
    if (g) {
      // The lookup's own ranking and highlights (pinyin, typos), moved from term/definition onto the paragraph.
      const termAt = doc.text.indexOf(g.entry.term);
      const definitionAt = doc.text.length - g.entry.definition.length;
      ranges = mergeRanges([...found, ...shift(g.termRanges, termAt), ...shift(g.definitionRanges, definitionAt)]);
      score = g.score;
    } else if (doc.kind === "metric") {
      const labelEnd = doc.text.indexOf("：");
      const inLabel = found.filter(([s]) => s < labelEnd);
      if (inLabel.length > 0) score = METRIC_LABEL + Math.round((50 * covered(inLabel)) / labelEnd);
    }
    if (ranges.length === 0) return;
    const { kind, id, sectionId, paragraphId, label, text } = doc;
    scored.push({ hit: { kind, id, sectionId, paragraphId, label, text, ranges, score }, order });
  });
  scored.sort((a, b) => b.hit.score - a.hit.score || a.order - b.order);
  return scored.slice(0, Math.max(0, limit)).map((s) => s.hit);
}

function shift(ranges: readonly Range[], by: number): Range[] {
  return ranges.map(([s, e]): Range => [s + by, e + by]);
}

function covered(ranges: readonly Range[]): number {
  return ranges.reduce((n, [s, e]) => n + e - s, 0);
}
