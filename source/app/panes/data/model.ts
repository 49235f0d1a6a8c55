// The 数据 pane's model: figures filtered and sorted, grouped by category, as the lines of one table
// whose column widths come from every figure (so filtering never makes the columns jump).
import { type Figure, figureCategories, figures, figureText, figureUnits } from "../../../../data/index";
import { LABEL_ORDER } from "../../../../data/label-order.generated";
import { memoize } from "../../../memo";
import { matchFigures } from "../../../search/figures";
import { layoutTable, type TableLayout, type TableLine } from "../../../table/layout";
import type { Size } from "../../../terminal/size";
import { type AmbiWidth, getAmbiWidth } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import type { SortKey, SortOrder } from "./state";

/** What `s` steps through; `S` turns the current one round. */
export const SORT_KEYS: readonly SortKey[] = ["report", "value", "unit", "label"];
const KEY_LABELS: Record<SortKey, string> = {
  report: "报告顺序",
  value: "类别内数值",
  unit: "各单位数值",
  label: "名称",
};

export const sortKey = (order: SortOrder): SortKey => order.split(":")[0] as SortKey;
export const isReversed = (order: SortOrder): boolean => order.endsWith(":reversed");

/** "类别内数值降序": the key and which way it runs (values run largest first unless turned round). */
export function sortLabel(order: SortOrder): string {
  const key = sortKey(order);
  const reversed = isReversed(order);
  if (key === "value" || key === "unit") return `${KEY_LABELS[key]}${reversed ? "升序" : "降序"}`;
  return reversed ? `${KEY_LABELS[key].replace("顺序", "")}倒序` : KEY_LABELS[key];
}

/** The next key, in its first direction (`s`). */
export const nextSort = (order: SortOrder): SortOrder =>
  SORT_KEYS[(SORT_KEYS.indexOf(sortKey(order)) + 1) % SORT_KEYS.length]!;

/** The same key the other way round (`S`). */
export const reverseSort = (order: SortOrder): SortOrder =>
  isReversed(order) ? sortKey(order) : (`${sortKey(order)}:reversed` as SortOrder);

// The labels in zh-CN collation, worked out at build time (scripts/gen-data.ts): a collator here would
// load ICU's collation data (~2 MB of memory) for the 名称 sort.
const LABEL_RANK = new Map(LABEL_ORDER.map((label, i) => [label, i]));

export const COLUMNS = ["label", "value", "section"] as const;
export const TABLE_HEADINGS: Record<string, string> = { label: "指标", value: "数值", section: "出处", quote: "原文" };

/** Below this width the table leaves out the paragraph column. */
const NARROW = 60;
/** From this width the table also shows each figure's quote (cut to fit; the line under the table has it whole). */
const WIDE = 110;

/** A figure as a row: its value written as the report writes it ("1000余名", "约23705件（23700～23709）"). */
export const tableRow = (m: Figure) => ({
  label: m.label,
  value: figureText(m),
  section: m.paragraphId,
  quote: m.quote,
});

/** A line of the table body: a group's heading (a category, or a unit when sorted over all figures) or a figure. */
export type BodyLine =
  | { readonly kind: "group"; readonly title: string; readonly count: number }
  | { readonly kind: "row"; readonly figure: Figure; readonly index: number };

export interface FigureRows {
  /** The filtered, sorted figures; selections index this. */
  readonly rows: readonly Figure[];
  readonly body: readonly BodyLine[];
  /** Body line of each row. */
  readonly lineOfRow: readonly number[];
}

export function figureRows(filter: string, sort: SortOrder): FigureRows {
  return views(sort, filter.trim().toLowerCase());
}

const views = memoize((order: SortOrder, q: string): FigureRows => {
  const rows: Figure[] = [];
  const body: BodyLine[] = [];
  const lineOfRow: number[] = [];
  for (const { title, members } of groups(matchFigures(q), order)) {
    body.push({ kind: "group", title, count: members.length });
    for (const figure of members) {
      lineOfRow.push(body.length);
      body.push({ kind: "row", figure, index: rows.length });
      rows.push(figure);
    }
  }
  return { rows, body, lineOfRow };
});

/** Units in the order the report first uses them: how like figures are kept together. */
const UNIT_ORDER = new Map(figureUnits.map((u, i) => [u, i]));

/**
 * The groups of the table and their rows. By category, except when sorted by value over all figures:
 * then by unit, since 1271件 and 131.7% are not on one scale. Within a category sorted by value, each
 * unit's figures stay together, in the order the units first occur in the report.
 */
function groups(matched: readonly Figure[], order: SortOrder): { title: string; members: Figure[] }[] {
  const key = sortKey(order);
  const sign = isReversed(order) ? -1 : 1;
  const byValue = (a: Figure, b: Figure) => sign * (b.value - a.value);
  const byUnit = (a: Figure, b: Figure) => UNIT_ORDER.get(a.unit)! - UNIT_ORDER.get(b.unit)!;
  if (key === "unit") {
    return [...UNIT_ORDER.keys()]
      .map((unit) => ({ title: unit, members: matched.filter((m) => m.unit === unit).sort(byValue) }))
      .filter((g) => g.members.length > 0);
  }
  const compare: ((a: Figure, b: Figure) => number) | undefined =
    key === "value"
      ? (a, b) => byUnit(a, b) || byValue(a, b)
      : key === "label"
        ? (a, b) => sign * (LABEL_RANK.get(a.label)! - LABEL_RANK.get(b.label)!)
        : undefined;
  const categories = sign < 0 && key === "report" ? [...figureCategories].reverse() : figureCategories;
  return categories
    .map((category) => {
      const members = matched.filter((m) => m.category === category);
      if (compare) members.sort(compare);
      else if (sign < 0) members.reverse();
      return { title: category, members };
    })
    .filter((g) => g.members.length > 0);
}

export interface DataTable {
  readonly layout: TableLayout;
  readonly rule: TableLine;
  readonly header: TableLine;
  /** The line of each figure, by its index in `figures`. */
  readonly rows: readonly TableLine[];
}

/** The table of every figure laid out for a width; rows are looked up by figure index. */
export function dataTable(maxWidth: number): DataTable {
  return tables(maxWidth, getAmbiWidth());
}

const tables = memoize((maxWidth: number, _ambiWidth: AmbiWidth): DataTable => {
  // Narrow terminals drop the paragraph column (the line under the table names it) and the padding.
  const columns =
    maxWidth < NARROW
      ? COLUMNS.filter((c) => c !== "section")
      : maxWidth >= WIDE
        ? [...COLUMNS, "quote"]
        : [...COLUMNS];
  const padding = maxWidth < NARROW - 10 ? 0 : 1;
  const layout = layoutTable({
    data: figures.map(tableRow),
    columns,
    headers: TABLE_HEADINGS,
    maxWidth,
    padding,
    // The value column holds "约23705件（23700～23709）" and "1000余名": numbers, right-aligned as in `figures`.
    align: { value: "right", section: "left" },
  });
  const rows = layout.lines.filter((l) => l.kind === "row" && !l.part);
  return { layout, rule: layout.lines[0]!, header: layout.lines.find((l) => l.kind === "header")!, rows };
});

export const figureIndex = new Map(figures.map((m, i) => [m.id, i]));

export interface DataLayout {
  /** Lines of the table body visible at once (between the header and the bottom rule). */
  readonly bodyRows: number;
  /** Lines under the table for the selected figure's source. */
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
