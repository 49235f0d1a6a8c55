// Which figures a `figures` query means: the one matcher (source/search/figures.ts) within a category.
// Categories have ASCII names too ("enforcement" → 执行), for terminals without Chinese input.
import { type Figure, type FigureCategory, figureCategories, figures } from "../../data/index";
import { matchFigures } from "../search/figures";
import { literalQuery } from "../search/query";

/** The English word each category's ids start with ("enforcement" → 执行), for terminals without Chinese input. */
export const categoryAliases: ReadonlyMap<string, FigureCategory> = aliases();

// One pass over the figures (every command loads this module).
function aliases(): Map<string, FigureCategory> {
  const prefixesOf = new Map<FigureCategory, Set<string>>();
  const categoriesOf = new Map<string, Set<FigureCategory>>();
  for (const m of figures) {
    const prefix = m.id.split(".")[0]!;
    prefixesOf.set(m.category, (prefixesOf.get(m.category) ?? new Set()).add(prefix));
    categoriesOf.set(prefix, (categoriesOf.get(prefix) ?? new Set()).add(m.category));
  }
  // Only a prefix that belongs to this category alone names it.
  return new Map(
    figureCategories.flatMap((c) => {
      const [only, ...more] = prefixesOf.get(c)!;
      return more.length === 0 && categoriesOf.get(only!)!.size === 1 ? [[only!, c] as const] : [];
    }),
  );
}

export function parseCategory(raw: string): FigureCategory | undefined {
  const q = literalQuery(raw);
  return figureCategories.find((c) => c === q) ?? categoryAliases.get(q);
}

export function filterFigures(query: string, category?: FigureCategory): Figure[] {
  return matchFigures(
    query,
    figures.filter((m) => category === undefined || m.category === category),
  );
}
