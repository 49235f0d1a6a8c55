// The pinyin of the report's Han characters, from the table scripts/gen-data.ts builds at build time
// (data/report.generated.ts): every reading of each character, and which one it has where it stands.
// Parsed on first use, so a lookup that never reads pinyin never pays for it.
import { pinyinTable } from "../../data/index";

interface CharReadings {
  /** With tone marks, the reading the character usually has in the report first: ["xíng", "háng"]. */
  readonly toned: readonly string[];
  /** The same without tones, "ü" written "v", as typed: ["xing", "hang"]. */
  readonly plain: readonly string[];
}

let chars: Map<string, CharReadings> | undefined;
let context: Map<string, number> | undefined;

function load(): void {
  chars = new Map();
  for (const entry of pinyinTable.readings.split(" ")) {
    // Every character of the table is one UTF-16 unit (gen-data keeps to the Basic Multilingual Plane).
    const toned = entry.slice(1).split(",");
    chars.set(entry[0]!, { toned, plain: toned.map(toneless) });
  }
  context = new Map();
  const c = pinyinTable.context;
  for (let i = 0; i + 4 <= c.length; i += 4) context.set(c.slice(i, i + 3), Number(c[i + 3]));
}

const MARKED = /[āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹḿ]/gu;
const PLAIN: Record<string, string> = Object.fromEntries(
  ["āáǎàa", "ōóǒòo", "ēéěèe", "īíǐìi", "ūúǔùu", "ǖǘǚǜüv", "ńňǹn", "ḿm"].flatMap((group) =>
    [...group.slice(0, -1)].map((c) => [c, group.at(-1)!]),
  ),
);

/** "lǜ" → "lv", "xíng" → "xing": pinyin as typed on a keyboard without tones. */
export function toneless(pinyin: string): string {
  return pinyin.replace(MARKED, (c) => PLAIN[c]!);
}

/**
 * Which of text[i]'s readings it has there: its index in the character's readings (0 = the usual
 * one), by the word it makes with the next character, else with the one before.
 */
function readingIndexAt(text: string, i: number): number {
  return context!.get(`${text[i]}${text[i + 1]}>`) ?? context!.get(`${text[i - 1]}${text[i]}<`) ?? 0;
}

/**
 * Per UTF-16 offset of `text`: the toneless readings of the Han character there, the one it has in
 * this place first; undefined where there is no Han character the table knows.
 */
export function readingsAt(text: string): (readonly string[] | undefined)[] {
  if (!chars) load();
  const out: (readonly string[] | undefined)[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const r = chars!.get(text[i]!);
    if (!r) continue;
    if (r.plain.length === 1) {
      out[i] = r.plain;
      continue;
    }
    const at = readingIndexAt(text, i);
    out[i] = at === 0 ? r.plain : [r.plain[at]!, ...r.plain.filter((_, k) => k !== at)];
  }
  return out;
}

/** The pinyin of text's Han characters with tone marks, each as read where it stands: 未成年人 → wèichéngniánrén. */
export function tonedPinyin(text: string): string {
  if (!chars) load();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const r = chars!.get(text[i]!);
    if (!r) continue;
    const s = r.toned[r.toned.length > 1 ? readingIndexAt(text, i) : 0]!;
    out += out !== "" && /^[aoeāáǎàōóǒòēéěè]/u.test(s) ? `'${s}` : s;
  }
  return out;
}
