// Which metrics a `metrics` query means. A literal match (case and full-width folded) on the label,
// the category or the id comes first, so ASCII-only terminals can say "enforcement"; fuse.js then
// forgives a wrong character ("执行到味") when nothing matches literally.
import Fuse from "fuse.js";
import { type Metric, type MetricCategory, metrics } from "../../data/index";
import { foldCase, parseQuery } from "../search/query";

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
  const q = parseQuery(raw).literal;
  return categories.find((c) => c === q) ?? categoryAliases.get(q);
}

// Built on the first typo, not at load: every command loads this module, few need fuse.
let fuse: Fuse<Metric> | undefined;

export function filterMetrics(query: string, category?: MetricCategory): Metric[] {
  const inCategory = (m: Metric) => category === undefined || m.category === category;
  const q = parseQuery(query).literal;
  if (q === "") return metrics.filter(inCategory);
  const literal = metrics.filter(
    (m) => inCategory(m) && [m.label, m.category, m.id].some((f) => foldCase(f).includes(q)),
  );
  if (literal.length > 0) return literal;
  fuse ??= new Fuse(metrics, { keys: ["label", "category"], threshold: 0.4, ignoreLocation: true });
  const fuzzy = new Set(fuse.search(q).map((r) => r.item));
  // Report order, not fuse's: the table reads like the report.
  return metrics.filter((m) => inCategory(m) && fuzzy.has(m));
}
