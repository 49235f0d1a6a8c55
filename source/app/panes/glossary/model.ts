// The 用语 pane's model: the lookup's results for a query (every term, in order, for a blank query),
// remembered per query so typing and deleting never recomputes a result it has seen.
import { type GlossaryEntry, glossary, paragraphById, sectionById } from "../../../../data/index";
import { memoize } from "../../../memo";
import { lookupGlossary } from "../../../search/glossary";
import type { Range } from "../../../search/query";
import type { Size } from "../../../terminal/size";
import { bodyHeight } from "../../geometry";

export interface GlossaryItem {
  readonly entry: GlossaryEntry;
  readonly termRanges: readonly Range[];
  readonly definitionRanges: readonly Range[];
}

const results = memoize((key: string): readonly GlossaryItem[] =>
  key === "" ? glossary.map((entry) => ({ entry, termRanges: [], definitionRanges: [] })) : lookupGlossary(key),
);

export const glossaryResults = (query: string): readonly GlossaryItem[] => results(query.trim());

export const entryByNumber = (n: number): GlossaryEntry | undefined => glossary.find((e) => e.number === n);

/** Where an entry's term occurs in the body: paragraph, section, and the offset of the first occurrence. */
export interface Occurrence {
  readonly paragraphId: string;
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function occurrences(entry: GlossaryEntry): readonly Occurrence[] {
  return entry.occurrences.map((pid) => {
    const p = paragraphById.get(pid)!;
    const start = p.text.indexOf(entry.term);
    return {
      paragraphId: pid,
      sectionId: p.sectionId,
      sectionTitle: sectionById.get(p.sectionId)?.title ?? p.sectionId,
      text: p.text,
      start,
      end: start + entry.term.length,
    };
  });
}

/** Results visible in 用语: everything but the query line. */
export const glossaryListHeight = (size: Size): number => Math.max(1, bodyHeight(size) - 1);
