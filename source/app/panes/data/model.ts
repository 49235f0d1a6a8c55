// The 数据 pane's model: metrics filtered and sorted, grouped by category, as the lines of one table
// whose column widths come from every metric (so filtering never makes the columns jump).
import { figureText, type Metric, type MetricCategory, metrics } from "../../../../data/index";
import { memoize } from "../../../memo";
import { matchMetrics } from "../../../search/metrics";
import { layoutTable, type TableLayout, type TableLine } from "../../../table/layout";
import type { Size } from "../../../terminal/size";
import { getAmbiWidth } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import type { SortOrder } from "./state";

export const SORTS: readonly SortOrder[] = ["report", "value", "label"];
export const SORT_LABELS: Record<SortOrder, string> = { report: "报告顺序", value: "数值", label: "名称" };

const CATEGORIES: readonly MetricCategory[] = [...new Set(metrics.map((m) => m.category))];
// Made on first use: a collator loads ICU's collation data (~2 MB), only needed for the 名称 sort.
let collator: Intl.Collator | undefined;

export const COLUMNS = ["label", "value", "section"] as const;
export const TABLE_HEADINGS: Record<string, string> = { label: "指标", value: "数值", section: "出处", quote: "原文" };

/** Below this width the table leaves out the paragraph column. */
const NARROW = 60;
/** From this width the table also shows each figure's quote (cut to fit; the line under the table has it whole). */
const WIDE = 110;

/** A figure as a row: its value written as the report writes it ("1000余名", "约23705件（23700～23709）"). */
export const tableRow = (m: Metric) => ({
  label: m.label,
  value: figureText(m),
  section: m.paragraphId,
  quote: m.quote,
});

/** A line of the table body: a category heading or a metric. */
export type BodyLine =
  | { readonly kind: "group"; readonly category: MetricCategory; readonly count: number }
  | { readonly kind: "row"; readonly metric: Metric; readonly index: number };

export interface MetricRows {
  /** The filtered, sorted metrics; selections index this. */
  readonly rows: readonly Metric[];
  readonly body: readonly BodyLine[];
  /** Body line of each row. */
  readonly lineOfRow: readonly number[];
}

export function metricRows(filter: string, sort: SortOrder): MetricRows {
  return views(`${sort}\0${filter.trim().toLowerCase()}`);
}

const views = memoize((key): MetricRows => {
  // The sort never holds "\0"; everything after the first one is the filter, as typed.
  const cut = key.indexOf("\0");
  const [sort, q] = [key.slice(0, cut) as SortOrder, key.slice(cut + 1)];
  const rows: Metric[] = [];
  const body: BodyLine[] = [];
  const lineOfRow: number[] = [];
  const matched = matchMetrics(q);
  for (const category of CATEGORIES) {
    const group = matched.filter((m) => m.category === category);
    if (group.length === 0) continue;
    if (sort === "value") group.sort((a, b) => b.value - a.value);
    if (sort === "label") {
      collator ??= new Intl.Collator("zh-CN");
      group.sort((a, b) => collator!.compare(a.label, b.label));
    }
    body.push({ kind: "group", category, count: group.length });
    for (const metric of group) {
      lineOfRow.push(body.length);
      body.push({ kind: "row", metric, index: rows.length });
      rows.push(metric);
    }
  }
  return { rows, body, lineOfRow };
});

export interface DataTable {
  readonly layout: TableLayout;
  readonly rule: TableLine;
  readonly header: TableLine;
  /** The line of each metric, by its index in `metrics`. */
  readonly rows: readonly TableLine[];
}

/** The table of every metric laid out for a width; rows are looked up by metric index. */
export function dataTable(maxWidth: number): DataTable {
  return tables(`${maxWidth}\0${getAmbiWidth()}`);
}

const tables = memoize((key): DataTable => {
  const maxWidth = Number(key.split("\0")[0]);
  // Narrow terminals drop the paragraph column (the line under the table names it) and the padding.
  const columns =
    maxWidth < NARROW
      ? COLUMNS.filter((c) => c !== "section")
      : maxWidth >= WIDE
        ? [...COLUMNS, "quote"]
        : [...COLUMNS];
  const padding = maxWidth < NARROW - 10 ? 0 : 1;
  const layout = layoutTable({
    data: metrics.map(tableRow),
    columns,
    headers: TABLE_HEADINGS,
    maxWidth,
    padding,
    align: { section: "left" },
  });
  const rows = layout.lines.filter((l) => l.kind === "row" && !l.part);
  return { layout, rule: layout.lines[0]!, header: layout.lines.find((l) => l.kind === "header")!, rows };
});

export const metricIndex = new Map(metrics.map((m, i) => [m.id, i]));

export interface DataLayout {
  /** Lines of the table body visible at once (between the header and the bottom rule). */
  readonly bodyRows: number;
  /** Lines under the table for the selected metric's source. */
  readonly detail: number;
  /** Rules above and below the table and under its header; left out on short screens for more rows. */
  readonly rules: boolean;
}

/** Below this many body lines the table drops its rules: four more figures at 40x12. */
const RULED = 14;

export function dataLayout(size: Size): DataLayout {
  const body = bodyHeight(size);
  const detail = body >= 16 ? 3 : 1;
  const rules = body >= RULED;
  // filter/sort line, [top rule], header, [rule] ... [bottom rule], detail
  return { bodyRows: Math.max(1, body - 1 - (rules ? 4 : 1) - detail), detail, rules };
}
