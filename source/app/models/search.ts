// The 搜索 pane's model: full-text results per query, remembered so each query is searched once.
import { search, type SearchHit } from "../../search/fulltext";

const LIMIT = 200;
const cache = new Map<string, readonly SearchHit[]>();

export function searchResults(query: string): readonly SearchHit[] {
  const key = query.trim();
  let hits = cache.get(key);
  if (!hits) {
    hits = key === "" ? [] : search(key, LIMIT);
    if (cache.size > 500) cache.clear();
    cache.set(key, hits);
  }
  return hits;
}

/** Each result takes two lines: where it is, then a snippet around the match. */
export const RESULT_LINES = 2;
