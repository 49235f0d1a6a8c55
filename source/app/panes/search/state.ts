// 搜索's state: the query box and the selection in its results.
import { LIST_START, type ListState } from "../../widgets/list";
import { emptyInput, type Input } from "../../widgets/query-box";

export interface SearchState {
  readonly query: Input;
  readonly list: ListState;
}

export const SEARCH_START: SearchState = { query: emptyInput(true), list: LIST_START };
