// 用语's state: the lookup box, the selection in its results, and the entry whose definition is open.
import { LIST_START, type ListState } from "../../widgets/list";
import { emptyQueryBox, type QueryBox } from "../../widgets/query-box";

export interface GlossaryDetail {
  /** The open entry's number. */
  readonly entry: number;
  /**
   * Index into the entry's occurrences; -1 until j/k picks one, so that the definition opens at its
   * start even on a small screen. Place 1 is shown selected meanwhile: Enter opens it, j goes to 2.
   */
  readonly occurrence: number;
  readonly scroll: number;
}

export interface GlossaryState {
  readonly query: QueryBox;
  readonly list: ListState;
  /** The open definition, or null for the result list. */
  readonly detail: GlossaryDetail | null;
}

export const GLOSSARY_START: GlossaryState = { query: emptyQueryBox(true), list: LIST_START, detail: null };
