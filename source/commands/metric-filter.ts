// Which metrics a `metrics` query means: the one matcher (source/search/metrics.ts) within a category.
// Categories have ASCII names too ("enforcement" → 执行), for terminals without Chinese input.
import { type Metric, type MetricCategory, metrics } from "../../data/index";
import { matchMetrics } from "../search/metrics";
import { literalQuery } from "../search/query";

export const categories: readonly MetricCategory[] = [...new Set(metrics.map((m) => m.category))];

/** The English word each category's ids start with ("enforcement" → 执行), for terminals without Chinese input. */
const prefix = (m: Metric) => m.id.split(".")[0]!;
export const categoryAliases: ReadonlyMap<string, MetricCategory> = new Map(
  categories.flatMap((c) => {
    const prefixes = new Set(metrics.filter((m) => m.category === c).map(prefix));
    const [only] = prefixes;
    // Only a prefix that belongs to this category alone names it.
    return prefixes.size === 1 && metrics.every((m) => prefix(m) !== only || m.category === c)
      ? [[only!, c] as const]
      : [];
  }),
);

export function parseCategory(raw: string): MetricCategory | undefined {
  const q = literalQuery(raw);
  return categories.find((c) => c === q) ?? categoryAliases.get(q);
}

export function filterMetrics(query: string, category?: MetricCategory): Metric[] {
  return matchMetrics(
    query,
    metrics.filter((m) => category === undefined || m.category === category),
  );
}
