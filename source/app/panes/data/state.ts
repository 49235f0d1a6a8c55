// 数据's state: the filter box, the sort order, and the selection in the filtered, sorted figures.
import type { ListState } from "../../widgets/list";
import { emptyQueryBox, type QueryBox } from "../../widgets/query-box";

/** The order of the rows: in the report's order, by value (within each category, or over all figures grouped by unit), or by name. */
export type SortKey = "report" | "value" | "unit" | "label";
/** A key, and ":reversed" when `S` has turned it round (values then run smallest first). */
export type SortOrder = SortKey | `${SortKey}:reversed`;

export interface DataState {
  readonly filter: QueryBox;
  readonly sort: SortOrder;
  /** `selected` indexes the filtered, sorted figures; `top` is the first table line shown. */
  readonly list: ListState;
}

export const DATA_START: DataState = { filter: emptyQueryBox(false), sort: "report", list: { selected: 0, top: 0 } };
