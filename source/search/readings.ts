// The pinyin of the report's Han characters, from the table scripts/gen-data.ts builds at build time
// (data/report.generated.ts): every reading of each character, and which one it has where it stands.
// Nothing is parsed up front: a character's readings are found in the table string when first asked
// for (a native indexOf), so a one-shot lookup pays for the few characters it reads.
import { pinyinTable } from "../../data/index";
import { memoize } from "../memo";

interface CharReadings {
  /** With tone marks, the reading the character usually has in the report first: ["xíng", "háng"]. */
  readonly toned: readonly string[];
  /** The same without tones, "ü" written "v", as typed: ["xing", "hang"]. */
  readonly plain: readonly string[];
  /** plain with reading i first, made as needed: what readingsOfCharAt gives where the character is read i. */
  readonly first: (readonly string[] | undefined)[];
}

// Keyed by UTF-16 code: text[i] of a Chinese character would make a new string each time. null: not in the table.
const chars = new Map<number, CharReadings | null>();
/** (character, neighbour) codes → index of the reading: right neighbour at key × 2, left at key × 2 + 1. */
let context: Map<number, number> | undefined;

const pairKey = (a: number, b: number, left: boolean) => (a * 65536 + b) * 2 + (left ? 1 : 0);

/** "lǜ" → "lv", "xíng" → "xing": pinyin as typed on a keyboard without tones (also a whole table at once). */
export function toneless(pinyin: string): string {
  return pinyin
    .replace(/[ǖǘǚǜü]/gu, "v")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "");
}

const plain = (): string => pinyinTable.plain;

function readingsOf(code: number): CharReadings | null {
  let r = chars.get(code);
  if (r !== undefined) return r;
  r = null;
  // Han characters stand in the table only at the head of their entry (readings are Latin), and
  // every one is one UTF-16 unit (gen-data keeps to the Basic Multilingual Plane).
  if (code >= 0x3400) {
    const c = String.fromCharCode(code);
    const table = pinyinTable.readings;
    const at = table.indexOf(c);
    if (at >= 0) {
      const end = table.indexOf(" ", at);
      const p = plain();
      const pAt = p.indexOf(c);
      const pEnd = p.indexOf(" ", pAt);
      r = {
        toned: table.slice(at + 1, end < 0 ? undefined : end).split(","),
        plain: p.slice(pAt + 1, pEnd < 0 ? undefined : pEnd).split(","),
        first: [],
      };
    }
  }
  chars.set(code, r);
  return r;
}

function loadContext(): Map<number, number> {
  context = new Map();
  const c = pinyinTable.context;
  for (let i = 0; i + 4 <= c.length; i += 4) {
    const left = c[i + 2] === "<";
    const key = left
      ? pairKey(c.charCodeAt(i + 1), c.charCodeAt(i), true)
      : pairKey(c.charCodeAt(i), c.charCodeAt(i + 1), false);
    context.set(key, Number(c[i + 3]));
  }
  return context;
}

/**
 * Which of text[i]'s readings it has there: its index in the character's readings (0 = the usual
 * one), by the word it makes with the next character, else with the one before.
 */
function readingIndexAt(text: string, i: number): number {
  const ctx = context ?? loadContext();
  const c = text.charCodeAt(i);
  return ctx.get(pairKey(c, text.charCodeAt(i + 1), false)) ?? ctx.get(pairKey(c, text.charCodeAt(i - 1), true)) ?? 0;
}

/** The toneless readings of the Han character at text[i], the one it has there first; undefined where the table has none. */
export function readingsOfCharAt(text: string, i: number): readonly string[] | undefined {
  const r = readingsOf(text.charCodeAt(i));
  if (!r) return undefined;
  const at = r.plain.length === 1 ? 0 : readingIndexAt(text, i);
  if (at > 0 && !r.first[at]) r.first[at] = [r.plain[at]!, ...r.plain.filter((_, k) => k !== at)];
  return at === 0 ? r.plain : r.first[at];
}

/** Per UTF-16 offset of `text`: readingsOfCharAt. */
export function readingsAt(text: string): (readonly string[] | undefined)[] {
  const out: (readonly string[] | undefined)[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = readingsOfCharAt(text, i);
  return out;
}

const byPrefix = new Map<string, string>();

/**
 * The characters of the table with a reading that begins with `prefix` ("r" → "人日入如…"), as one
 * string; "" when no syllable begins so. What a pinyin term is looked for by, natively, in a text.
 * `prefix` is lower-case Latin letters (the matcher's syllable prefixes).
 */
export function charsWithPrefix(prefix: string): string {
  let found = byPrefix.get(prefix);
  if (found === undefined) {
    found = "";
    // An entry's head, any readings before, then one that begins with the prefix.
    const entry = new RegExp(`([^ a-z,])(?:[a-z]*,)*${prefix}`, "g");
    for (let m = entry.exec(plain()); m; m = entry.exec(plain())) found += m[1];
    byPrefix.set(prefix, found);
  }
  return found;
}

/**
 * Whether some syllable of the report begins with `prefix` ("zh", "zhu", but not "zz"). Remembered: a
 * term's splits ask for each run of its letters, and typing asks again.
 */
export const isSyllablePrefix: (prefix: string) => boolean = memoize((prefix) =>
  pinyinTable.syllables.includes(` ${prefix}`),
);

/** The reading, with tone marks, of the Han character at text[i] where it stands (data/readings.ts); undefined for other characters. */
export function tonedReadingAt(text: string, i: number): string | undefined {
  const r = readingsOf(text.charCodeAt(i));
  if (!r) return undefined;
  return r.toned[r.toned.length > 1 ? readingIndexAt(text, i) : 0];
}

/**
 * The pinyin of text's Han characters in [start, end) with tone marks, each as read where it stands
 * in `text` (so a word's neighbours count): 未成年人 → wèichéngniánrén.
 */
export function tonedPinyin(text: string, start = 0, end = text.length): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const s = tonedReadingAt(text, i);
    if (s === undefined) continue;
    out += out !== "" && /^[aoeāáǎàōóǒòēéěè]/u.test(s) ? `'${s}` : s;
  }
  return out;
}
