// The 搜索 pane's model: full-text results per query, remembered so each query is searched once.

import { memoize } from "../../../memo";
import { type SearchHit, search } from "../../../search/fulltext";
import type { Size } from "../../../terminal/size";
import { bodyHeight } from "../../geometry";

const LIMIT = 200;
const results = memoize((key: string): readonly SearchHit[] => (key === "" ? [] : search(key, LIMIT)));

export const searchResults = (query: string): readonly SearchHit[] => results(query.trim());

/** Each result takes two lines: where it is, then a snippet around the match. */
export const RESULT_LINES = 2;

/** Results visible in 搜索 (each takes RESULT_LINES lines) under the query line. */
export const searchListHeight = (size: Size): number => Math.max(1, Math.floor((bodyHeight(size) - 1) / RESULT_LINES));
