// Which metrics a `metrics` query means: the one matcher (source/search/metrics.ts) within a category.
// Categories have ASCII names too ("enforcement" → 执行), for terminals without Chinese input.
import { type Metric, type MetricCategory, metricCategories, metrics } from "../../data/index";
import { matchMetrics } from "../search/metrics";
import { literalQuery } from "../search/query";

/** The English word each category's ids start with ("enforcement" → 执行), for terminals without Chinese input. */
export const categoryAliases: ReadonlyMap<string, MetricCategory> = aliases();

// One pass over the metrics (every command loads this module).
function aliases(): Map<string, MetricCategory> {
  const prefixesOf = new Map<MetricCategory, Set<string>>();
  const categoriesOf = new Map<string, Set<MetricCategory>>();
  for (const m of metrics) {
    const prefix = m.id.split(".")[0]!;
    prefixesOf.set(m.category, (prefixesOf.get(m.category) ?? new Set()).add(prefix));
    categoriesOf.set(prefix, (categoriesOf.get(prefix) ?? new Set()).add(m.category));
  }
  // Only a prefix that belongs to this category alone names it.
  return new Map(
    metricCategories.flatMap((c) => {
      const [only, ...more] = prefixesOf.get(c)!;
      return more.length === 0 && categoriesOf.get(only!)!.size === 1 ? [[only!, c] as const] : [];
    }),
  );
}

export function parseCategory(raw: string): MetricCategory | undefined {
  const q = literalQuery(raw);
  return metricCategories.find((c) => c === q) ?? categoryAliases.get(q);
}

export function filterMetrics(query: string, category?: MetricCategory): Metric[] {
  return matchMetrics(
    query,
    metrics.filter((m) => category === undefined || m.category === category),
  );
}
