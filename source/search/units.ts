// The units of a query: a term that is exactly a unit the figures are counted in (万元, 件, 人次, %,
// 个百分点…) asks for figures in that unit, not for texts that mention it (`万元` would otherwise also
// find 242名, whose sentence says 万元). Several units: figures in any of them (a figure has one).
// Units of more than one character are also known by their toneless pinyin (wanyuan, renci); a
// one-syllable reading (ren, jian) stays a pinyin term, since it is the start of many words.
import { figureUnits } from "../../data/index";
import { MAX_QUERY } from "./parse-query";
import { normalizeQuery } from "./query";
import { tonedPinyin, toneless } from "./readings";

const UNIT_SET = new Set(figureUnits);

let byPinyin: Map<string, string> | undefined;

/** The unit a term names, or undefined. */
function unitOf(term: string): string | undefined {
  const t = term.replace(/[％﹪]/gu, "%");
  if (UNIT_SET.has(t)) return t;
  if (!/^[a-z]+$/u.test(t)) return undefined;
  byPinyin ??= new Map(
    figureUnits
      .filter((u) => [...u].length > 1 && !u.includes("%"))
      .map((u) => [toneless(tonedPinyin(u)).replace(/'/gu, ""), u]),
  );
  return byPinyin.get(t);
}

export interface UnitQuery {
  /** Figures in any of these units (empty: any unit). */
  readonly units: ReadonlySet<string>;
  /** Figures in none of these (`!%`). */
  readonly excluded: ReadonlySet<string>;
  /** The rest of the query, to match against the figures' text. */
  readonly rest: string;
}

/** A query's unit terms apart from the rest; a `|` between two units only joins them. */
export function splitUnits(raw: string): UnitQuery {
  const units = new Set<string>();
  const excluded = new Set<string>();
  const rest: string[] = [];
  // Only what the matcher reads of a long query (MAX_QUERY characters) can name a unit.
  const words = [...normalizeQuery(raw)].slice(0, MAX_QUERY).join("").split(/\s+/u);
  const isUnit = (w: string | undefined) => w !== undefined && unitOf(w.replace(/^!/u, "")) !== undefined;
  words.forEach((word, i) => {
    if (word === "|" && isUnit(words[i - 1]) && isUnit(words[i + 1])) return;
    const negated = word.startsWith("!");
    const unit = unitOf(negated ? word.slice(1) : word);
    if (unit === undefined) rest.push(word);
    else (negated ? excluded : units).add(unit);
  });
  return { units, excluded, rest: rest.join(" ") };
}
