// Which metrics a query means, for `court-report metrics [query]` and the explorer's 数据 filter: the
// query language of parse-query.ts over each figure's label, category, id, unit, paragraph and quote, and
// its value (`22502`, `10.73`). When nothing matches, fuse.js forgives a wrong character in a label
// or category ("执行到味"). A term that is a unit (万元, 件, %) keeps the figures in that unit (units.ts).
import type Fuse from "fuse.js";
import { type Figure, figures } from "../../data/index";
import { type Corpus, corpusOf } from "./corpus";
import { fuseClass } from "./fuse";
import { matchCorpus } from "./match";
import { parseQuery } from "./parse-query";
import { literalQuery } from "./query";
import { splitUnits } from "./units";

// Made on the first filter, then reused on every keystroke.
let corpus: Corpus | undefined;

// Built on the first typo, not at load: every command loads this module, few need fuse.
let fuse: Fuse<Figure> | undefined;

/** The figures a query matches, in the report's order (a table reads like the report); all for a blank query. */
export function matchFigures(raw: string, all: readonly Figure[] = figures): Figure[] {
  const { units, excluded, rest } = splitUnits(raw);
  const among = all.filter((m) => (units.size === 0 || units.has(m.unit)) && !excluded.has(m.unit));
  const query = parseQuery(rest);
  if (query.readings.length === 0) return among;
  corpus ??= corpusOf(
    figures.map((m) => [m.label, m.category, m.id, m.unit, m.paragraphId, m.quote]),
    figures.map((m) => m.value),
  );
  const matched = new Set(matchCorpus(query, corpus).map((m) => figures[m.entry]));
  const found = among.filter((m) => matched.has(m));
  if (found.length > 0) return found;
  const q = literalQuery(rest);
  if (q.length > 32) return []; // past fuse's bitap word a typo is not what went wrong
  fuse ??= new (fuseClass())(figures, { keys: ["label", "category"], threshold: 0.4, ignoreLocation: true });
  const fuzzy = new Set(fuse.search(q).map((r) => r.item));
  return among.filter((m) => fuzzy.has(m));
}
