// Earlier queries of each query box, recalled with Up and Down as a shell recalls its commands: Up
// goes back through them, Down forward again and, past the newest, to the text that was being typed.
// In a box above a result list (用语, 搜索, the 数据 filter) Up and Down keep moving the results; Up
// on the first result begins the recall, as zsh's Up moves through lines and then the history.
import type { QueryBox } from "./widgets/query-box";

/** Every query box: the reader's find and goto, the 数据 filter, 用语, 搜索, the help's filter. */
export type BoxId = "find" | "goto" | "filter" | "glossary" | "search" | "notes" | "help";

export const BOX_IDS: readonly BoxId[] = ["find", "goto", "filter", "glossary", "search", "notes", "help"];

/** Queries kept per box, the most recent last. */
export const RECALL_LIMIT = 50;

export interface Recall {
  /** Each box's earlier queries, the most recent last, none twice. */
  readonly queries: Readonly<Partial<Record<BoxId, readonly string[]>>>;
  /** While Up/Down walk a box's queries: which one is shown, and the text typed before the walk. */
  readonly browsing: { readonly box: BoxId; readonly index: number; readonly draft: string } | null;
}

export const RECALL_START: Recall = { queries: {}, browsing: null };

/** The focused box: which it is, what it holds, and whether Up would leave its results' top. */
export interface FocusedBox {
  readonly id: BoxId;
  readonly input: QueryBox;
  /** No result above the selected one (or no results at all): Up is free to recall. */
  readonly atTop: boolean;
}

/** A query left in a box becomes its most recent one. */
export function remember(recall: Recall, box: BoxId, text: string): Recall {
  const query = text.trim();
  if (query === "") return recall;
  const before = recall.queries[box] ?? [];
  if (before[before.length - 1] === query) return recall;
  const kept = [...before.filter((q) => q !== query), query];
  const queries = kept.length > RECALL_LIMIT ? kept.slice(kept.length - RECALL_LIMIT) : kept;
  return { ...recall, queries: { ...recall.queries, [box]: queries } };
}

/**
 * Up (-1) or Down (+1) in a focused box: the text to put in it and the recall after, or null when
 * the key is not a recall (Down with nothing recalled, Up among the results, nothing to recall).
 */
export function recallStep(recall: Recall, box: FocusedBox, delta: number): { text: string; recall: Recall } | null {
  const queries = recall.queries[box.id] ?? [];
  const walk = recall.browsing?.box === box.id ? recall.browsing : null;
  if (walk) {
    const index = walk.index + delta;
    if (index >= queries.length) return { text: walk.draft, recall: { ...recall, browsing: null } };
    const at = Math.max(0, index);
    return { text: queries[at]!, recall: { ...recall, browsing: { ...walk, index: at } } };
  }
  if (delta >= 0 || !box.atTop || queries.length === 0) return null;
  // The newest query that differs from what is in the box: Up never seems to do nothing.
  let index = queries.length - 1;
  if (queries[index] === box.input.text.trim() && index > 0) index--;
  return {
    text: queries[index]!,
    recall: { ...recall, browsing: { box: box.id, index, draft: box.input.text } },
  };
}
