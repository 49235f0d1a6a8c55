// The report as typed data: the one module every command and pane reads.
import { ABOUT_CHARTS, charts } from "./charts";
import { figureText } from "./display";
import { metrics } from "./metrics";
import { glossary, meta, pinyinTable, sections } from "./report.generated";
import type { MetricCategory, Paragraph, Section } from "./types";

export type * from "./types";
export { ABOUT_CHARTS, charts, figureText, glossary, meta, metrics, pinyinTable, sections };

/** Every section, depth first, in reading order. */
export const sectionList: readonly Section[] = sections.flatMap(function walk(s: Section): Section[] {
  return [s, ...s.children.flatMap(walk)];
});

/** Every paragraph in reading order. */
export const paragraphs: readonly Paragraph[] = sectionList.flatMap((s) => s.paragraphs);

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
export const sectionById: ReadonlyMap<string, Section> = byId(sectionList);
export const paragraphById: ReadonlyMap<string, Paragraph> = byId(paragraphs);
export const metricById = byId(metrics);
/** The categories of the figures, in the order the report first states one of each. */
export const metricCategories: readonly MetricCategory[] = [...new Set(metrics.map((m) => m.category))];
/** The units of the figures, in the order the report first counts in each. */
export const metricUnits: readonly string[] = [...new Set(metrics.map((m) => m.unit))];
export const chartById = byId(charts);

/** The number `court-report chart N` and the explorer give a chart: its 1-based place in `charts`. */
export const chartNumber = (id: string): number => charts.findIndex((c) => c.id === id) + 1;
