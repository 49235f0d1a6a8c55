// Which metrics a query means, for `court-report metrics [query]` and the explorer's 数据 filter: the
// query language of match.ts over each figure's label, category, id, unit, paragraph and quote, and
// its value (`22502`, `10.73`). When nothing matches, fuse.js forgives a wrong character in a label
// or category ("执行到味").
import Fuse from "fuse.js";
import { type Metric, metrics } from "../../data/index";
import { matchFields, type Prepared, parseQuery, prepare } from "./match";
import { literalQuery } from "./query";

let fields: Map<Metric, Prepared[]> | undefined;
const fieldsOf = (m: Metric): Prepared[] => {
  fields ??= new Map(
    metrics.map((x) => [x, [x.label, x.category, x.id, x.unit, x.paragraphId, x.quote].map(prepare)] as const),
  );
  return fields.get(m)!;
};

// Built on the first typo, not at load: every command loads this module, few need fuse.
let fuse: Fuse<Metric> | undefined;

/** The metrics a query matches, in the report's order (a table reads like the report); all for a blank query. */
export function matchMetrics(raw: string, among: readonly Metric[] = metrics): Metric[] {
  const query = parseQuery(raw);
  if (query.readings.length === 0) return [...among];
  const found = among.filter((m) => matchFields(query, fieldsOf(m), m.value));
  if (found.length > 0) return found;
  const q = literalQuery(raw);
  if (q.length > 32) return []; // past fuse's bitap word a typo is not what went wrong
  fuse ??= new Fuse(metrics, { keys: ["label", "category"], threshold: 0.4, ignoreLocation: true });
  const fuzzy = new Set(fuse.search(q).map((r) => r.item));
  return among.filter((m) => fuzzy.has(m));
}
