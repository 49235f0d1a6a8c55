// Finds the section a user means: by id ("2.4"), by a number path typed some other way ("2-4",
// "２．４", "2 4"), by a paragraph id ("2.4.p3"), by its title ("附件一", "从严治院"), and failing
// those, the section where the query occurs most (`read 执行`: no title says 执行, 2.2 is about it).

import type { Section } from "../../data/index";
import { sectionById, sectionList } from "../../data/index";
import { sharesWith } from "../search/closest";
import { search } from "../search/fulltext";
import { foldCase, literalQuery } from "../search/query";

export type SectionFind =
  | {
      readonly section: Section;
      readonly by: "id" | "paragraph" | "title" | "content";
      /** The paragraph the query named or where it occurs most, when there is one. */
      readonly paragraphId?: string;
      /** Found by content: the other sections where the query matches as well, in reading order. */
      readonly also?: readonly string[];
    }
  | {
      readonly section: null;
      readonly nearest: readonly Section[];
      /** A paragraph id of a section that has no such paragraph: the section's ids closest to it. */
      readonly nearestParagraphs?: readonly string[];
    };

const NEAREST = 3;

export function findSection(raw: string): SectionFind {
  const query = literalQuery(raw);
  if (query === "") return { section: null, nearest: topLevel() };
  const numeric = NUMBER_PATH.test(query);
  return (
    (numeric ? byNumber(query) : null) ??
    byTitle(query) ??
    // A bare number is a section number (or a year in a title), not a figure to look for in the text.
    (numeric ? null : byContent(raw)) ?? { section: null, nearest: numeric ? nearIds(idOf(query)) : nearestTo(query) }
  );
}

// Full-width digits are already ASCII here (literalQuery); any run of separators between numbers is a dot.
const NUMBER_PATH = /^\d+(?:[\s.\-/、．。,，]+\d+)*(?:[\s.．。]*p\d+)?$/;
/** Where a paragraph number starts ("2.2.p4", "2.2p4", "２．２．p4"). */
const PARAGRAPH = /[\s.．。]*p/;

const idOf = (query: string) =>
  query
    .split(PARAGRAPH)[0]!
    .split(/[^\d]+/)
    .map(Number)
    .join(".");

/** null when no section has that number: "2022" may still be part of a title. */
function byNumber(query: string): SectionFind | null {
  const id = idOf(query);
  const paragraph = query.split(PARAGRAPH)[1];
  const section = sectionById.get(id);
  if (!section) return null;
  if (paragraph === undefined) return { section, by: "id" };
  const wanted = Number(paragraph);
  const paragraphId = `${id}.p${wanted}`;
  if (section.paragraphs.some((p) => p.id === paragraphId)) return { section, by: "paragraph", paragraphId };
  // No such paragraph is not found, never the whole section as if it were: name the closest ids
  // (a section without paragraphs of its own offers its parts' first ones).
  const own = section.paragraphs.map((p) => p.id);
  const candidates = own.length > 0 ? own : section.children.flatMap((c) => c.paragraphs.slice(0, 1).map((p) => p.id));
  const number = (pid: string) => Number(pid.slice(pid.lastIndexOf(".p") + 2));
  const nearestParagraphs = [...candidates]
    .sort((a, b) => Math.abs(number(a) - wanted) - Math.abs(number(b) - wanted) || number(a) - number(b))
    .slice(0, NEAREST);
  return { section: null, nearest: [], nearestParagraphs };
}

/** For "2.9": the parts of 2 numbered closest to 9; for "9": the top-level sections closest to 9. */
function nearIds(id: string): Section[] {
  const parts = id.split(".");
  const parent = sectionById.get(parts.slice(0, -1).join("."));
  const wanted = Number(parts[parts.length - 1]);
  const last = (s: Section) => Number(s.id.split(".").pop());
  return [...(parent ? parent.children : topLevel())]
    .sort((a, b) => Math.abs(last(a) - wanted) - Math.abs(last(b) - wanted) || last(a) - last(b))
    .slice(0, NEAREST);
}

const titleOf = (s: Section) => foldCase([s.title, ...s.heading].join(" "));

/** Title equal to the query first, then titles starting with it, then containing it; shorter titles first. */
function byTitle(query: string): SectionFind | null {
  const q = foldCase(query);
  const rank = (s: Section) => {
    const t = foldCase(s.title);
    if (t === q) return 0;
    if (t.startsWith(q)) return 1;
    return titleOf(s).includes(q) ? 2 : -1;
  };
  const found = sectionList
    .map((section, order) => ({ section, order, rank: rank(section) }))
    .filter((c) => c.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.section.title.length - b.section.title.length || a.order - b.order);
  return found[0] ? { section: found[0].section, by: "title" } : null;
}

/**
 * The section whose paragraphs hold the most of the query's best matches (search() reads pinyin,
 * several terms and typos as everywhere), and the other sections that match as well as it does.
 */
function byContent(raw: string): SectionFind | null {
  // A figure's quote is already counted in its paragraph; a heading is found by title (byTitle).
  const hits = search(raw).filter((h) => h.kind === "paragraph" || h.kind === "glossary");
  const tier = (score: number) => Math.floor(score / 1000);
  const best = hits[0] ? tier(hits[0].score) : -1;
  const counts = new Map<string, { n: number; best: string; bestN: number }>();
  for (const hit of hits) {
    if (tier(hit.score) < best) continue;
    const c = counts.get(hit.sectionId) ?? { n: 0, best: hit.paragraphId, bestN: 0 };
    c.n += hit.ranges.length;
    if (hit.ranges.length > c.bestN) Object.assign(c, { best: hit.paragraphId, bestN: hit.ranges.length });
    counts.set(hit.sectionId, c);
  }
  let top: { id: string; n: number; best: string } | null = null;
  for (const s of sectionList) {
    const c = counts.get(s.id);
    if (c && (!top || c.n > top.n)) top = { id: s.id, n: c.n, best: c.best };
  }
  if (!top) return null;
  const also = sectionList.filter((s) => s.id !== top.id && counts.has(s.id)).map((s) => s.id);
  return { section: sectionById.get(top.id)!, by: "content", paragraphId: top.best, also };
}

/**
 * Titles sharing the most characters and character pairs with the query, among those that share a
 * character, a syllable or a run of initials with it (closest.ts); none when nothing is close.
 */
function nearestTo(query: string): Section[] {
  const grams = (s: string) => {
    const chars = [...s].filter((c) => /[\p{L}\p{N}]/u.test(c));
    return new Set([...chars, ...chars.slice(1).map((c, i) => chars[i] + c)]);
  };
  const q = grams(foldCase(query));
  return sectionList
    .filter((section) => sharesWith(query, titleOf(section)))
    .map((section, order) => {
      const t = grams(titleOf(section));
      return { section, order, shared: [...q].filter((g) => t.has(g)).length };
    })
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, NEAREST)
    .map((c) => c.section);
}

const topLevel = () => sectionList.filter((s) => s.level === 1);
