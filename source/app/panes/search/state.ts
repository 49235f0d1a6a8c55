// 搜索's state: the query box and the selection in its results.
import { LIST_START, type ListState } from "../../widgets/list";
import { emptyQueryBox, type QueryBox } from "../../widgets/query-box";

export interface SearchState {
  readonly query: QueryBox;
  readonly list: ListState;
}

export const SEARCH_START: SearchState = { query: emptyQueryBox(true), list: LIST_START };
