// The report as typed data: the one module every command and pane reads.
import { ABOUT_CHARTS, charts } from "./charts";
import { figureText } from "./display";
import { figures } from "./figures";
import { glossary, meta, pinyinTable, sections } from "./report.generated";
import type { FigureCategory, Paragraph, Section } from "./types";

export type * from "./types";
export { ABOUT_CHARTS, charts, figures, figureText, glossary, meta, pinyinTable, sections };

/** Every section, depth first, in reading order. */
export const sectionList: readonly Section[] = sections.flatMap(function walk(s: Section): Section[] {
  return [s, ...s.children.flatMap(walk)];
});

/** Every paragraph in reading order. */
export const paragraphs: readonly Paragraph[] = sectionList.flatMap((s) => s.paragraphs);

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
export const sectionById: ReadonlyMap<string, Section> = byId(sectionList);
export const paragraphById: ReadonlyMap<string, Paragraph> = byId(paragraphs);
export const figureById = byId(figures);
/** The categories of the figures, in the order the report first states one of each. */
export const figureCategories: readonly FigureCategory[] = [...new Set(figures.map((m) => m.category))];
/** The units of the figures, in the order the report first counts in each. */
export const figureUnits: readonly string[] = [...new Set(figures.map((m) => m.unit))];
export const chartById = byId(charts);

/** The number `court-report chart N` and the explorer give a chart: its 1-based place in `charts`. */
export const chartNumber = (id: string): number => charts.findIndex((c) => c.id === id) + 1;
