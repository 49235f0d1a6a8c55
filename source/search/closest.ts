// Whether a query that matched nothing still has something real in common with a candidate (a term,
// a section title), so that "closest:" never names a stranger: a Han character, a syllable of its
// pinyin, or a run of its initials.
import { HAN, normalizeQuery } from "./query";
import { readingsAt } from "./readings";

const HAN_ALL = new RegExp(HAN.source, "gu");
/** A run of initials shorter than this is chance (xyz shares "yz" with 摘要制度's zyzd). */
const INITIAL_RUN = 3;
/** Syllables shorter than this (a, e, o) are chance too. */
const SYLLABLE = 2;

export function sharesWith(raw: string, candidate: string): boolean {
  const q = normalizeQuery(raw);
  const han = q.match(HAN_ALL);
  if (han?.some((c) => candidate.includes(c))) return true;
  const letters = q.replace(/[^a-z]+/gu, "");
  if (letters.length < SYLLABLE) return false;
  const readings = readingsAt(candidate);
  let initials = "";
  for (let i = 0; i < candidate.length; i++) {
    const r = readings[i];
    if (!r) {
      initials += " ";
      continue;
    }
    if (r.some((s) => s.length >= SYLLABLE && letters.includes(s))) return true;
    initials += r[0]![0];
  }
  const run = Math.min(INITIAL_RUN, letters.length);
  for (let i = 0; i + run <= letters.length; i++) if (initials.includes(letters.slice(i, i + run))) return true;
  return false;
}
