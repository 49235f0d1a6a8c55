// Full-text search over the whole report: section headings, body paragraphs, the glossary (附件一)
// and every figure's label and source quote (a derived figure's with its value and interval), in the query language of parse-query.ts (Chinese, pinyin, initials, several
// terms, "phrases", !exclusions, numbers). A query that matches nothing but is a glossary term with a
// typo (示范诉松) finds that term instead.
import { figures, figureText, glossary, paragraphs, type Section, sectionById, sectionList } from "../../data/index";
import { type Corpus, corpusOf } from "./corpus";
import { typoTerms } from "./glossary";
import { matchCorpus } from "./match";
import type { MatchKind } from "./match-term";
import { parseQuery, type Query } from "./parse-query";

export { snippet } from "./snippet";

export interface SearchHit {
  kind: "heading" | "paragraph" | "glossary" | "figure";
  /** Section id ("2.3"), paragraph id ("2.2.p4"), glossary entry number ("1"), or figure id ("enforcement.recovered"). */
  id: string;
  sectionId: string;
  paragraphId: string;
  /** Section title, glossary term, or figure label. */
  label: string;
  /**
   * The text the ranges point into: the heading's lines (joined by a space), the paragraph, the
   * glossary paragraph, or "label：quote" for a figure ("label：约23705件（23700～23709），由“quote”推算" for a derived one).
   */
  text: string;
  ranges: [number, number][];
  score: number;
  /** How the query was found: as written, by pinyin, by initials, or as a glossary term it misspells. */
  how: MatchKind | "fuzzy";
}

// Within a tier of the matcher (1000 apart, bonuses ≤ 720): a glossary entry whose term matched, and a
// figure whose label matched, come before texts that only mention the query.
const TERM_BONUS = 270;
const LABEL_BONUS = 200;

interface Doc {
  kind: SearchHit["kind"];
  id: string;
  sectionId: string;
  paragraphId: string;
  label: string;
  text: string;
  /** Where in text the glossary term or the figure label ends (0: none). */
  headEnd: number;
  value?: number;
}

// Built once, on the first search (a quick lookup that never searches skips it), then reused on
// every keystroke.
const glossaryParagraphs = new Map(glossary.map((g) => [g.paragraphId, g]));
let docs: Doc[] | undefined;
let corpus: Corpus | undefined;
/** The first paragraph of a section or of its first part that has one; "" for a section with none (附件二). */
const firstParagraph = (s: Section): string =>
  s.paragraphs[0]?.id ?? s.children.map(firstParagraph).find((id) => id !== "") ?? "";

const buildDocs = (): Doc[] => [
  // Headings first: a title that matches is where the reader should go.
  ...sectionList
    .filter((s) => s.heading.length > 0)
    .map(
      (s): Doc => ({
        kind: "heading",
        id: s.id,
        sectionId: s.id,
        paragraphId: firstParagraph(s),
        label: s.title,
        text: s.heading.join(" "),
        headEnd: 0,
      }),
    ),
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
      headEnd: entry ? p.text.indexOf(entry.term) + entry.term.length : 0,
    };
  }),
  ...figures.map((m): Doc => {
    const text = m.kind === "derived" ? `${m.label}：${figureText(m)}，由“${m.quote}”推算` : `${m.label}：${m.quote}`;
    return {
      kind: "figure",
      id: m.id,
      sectionId: m.sectionId,
      paragraphId: m.paragraphId,
      label: m.label,
      text,
      headEnd: m.label.length,
      value: m.value,
    };
  }),
];

/** Best first; ties keep the report's order (headings, paragraphs, then glossary, then figures). Never throws. */
export function search(raw: string, limit = Infinity): SearchHit[] {
  const query = parseQuery(raw);
  if (query.readings.length === 0) return [];
  const hits = searchQuery(query, null);
  if (hits.length > 0 || query.readings[0]!.length > 1) return hits.slice(0, Math.max(0, limit));
  // Nothing: perhaps a glossary term typed with a typo; then that term is what was meant.
  const meant = typoTerms(raw)[0];
  return meant ? searchQuery(parseQuery(`"${meant.term}"`), "fuzzy").slice(0, Math.max(0, limit)) : [];
}

function searchQuery(query: Query, how: "fuzzy" | null): SearchHit[] {
  const scored: { hit: SearchHit; order: number }[] = [];
  docs ??= buildDocs();
  corpus ??= corpusOf(
    docs.map((d) => [d.text]),
    docs.map((d) => d.value),
  );
  for (const { entry: order, match: m } of matchCorpus(query, corpus)) {
    const doc = docs[order]!;
    const ranges = m.ranges[0]!;
    // A number that matched a figure by value alone: mark the figure where its quote writes it.
    if (ranges.length === 0) {
      const at = doc.text.indexOf(String(doc.value), doc.headEnd);
      ranges.push(at >= 0 ? [at, at + String(doc.value).length] : [doc.headEnd + 1, doc.text.length]);
    }
    const head = doc.headEnd > 0 && ranges.some(([s]) => s < doc.headEnd);
    const score = m.score + (head ? (doc.kind === "glossary" ? TERM_BONUS : LABEL_BONUS) : 0);
    const { kind, id, sectionId, paragraphId, label, text } = doc;
    scored.push({ hit: { kind, id, sectionId, paragraphId, label, text, ranges, score, how: how ?? m.kind }, order });
  }
  scored.sort((a, b) => b.hit.score - a.hit.score || a.order - b.order);
  return scored.map((s) => s.hit);
}
