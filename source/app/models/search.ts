// The 搜索 pane's model: full-text results per query, remembered so each query is searched once.
import { type SearchHit, search } from "../../search/fulltext";
import { memo } from "./memo";

const LIMIT = 200;
const results = memo((key): readonly SearchHit[] => (key === "" ? [] : search(key, LIMIT)));

export const searchResults = (query: string): readonly SearchHit[] => results(query.trim());

/** Each result takes two lines: where it is, then a snippet around the match. */
export const RESULT_LINES = 2;
