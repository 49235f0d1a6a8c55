// What the query-taking commands say about a query itself: that it holds nothing to look for (a
// usage error, never "everything"), and that only its start was matched.
import { MAX_QUERY, MAX_TERMS, parseQuery } from "../search/parse-query";
import { splitUnits } from "../search/units";
import { UsageError } from "./errors";

/** Throws when the query has no letter, digit or Han character to match (`!!!`, `？`, `…`, `-`). */
export function requireSomethingToFind(command: string, query: string, units = false): void {
  const split = units ? splitUnits(query) : undefined;
  const hasUnits = split !== undefined && (split.units.size > 0 || split.excluded.size > 0);
  if (hasUnits || parseQuery(split ? split.rest : query).readings.length > 0) return;
  throw new UsageError(`“${query}”里没有可以查找的字：${command} 要一个字母、数字或汉字`);
}

/** The line a command notes when it matched only the start of a long query, or null. */
export function cappedNotice(query: string): string | null {
  return parseQuery(query).capped ? `查询太长：只用了前 ${MAX_QUERY} 个字符、前 ${MAX_TERMS} 个词` : null;
}
