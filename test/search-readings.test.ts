// Every word of the report is found by its right reading, toneless and as initials, and the reading
// shown for it is the reviewed table's (data/readings.ts), worked out here on its own from the table:
// the longest word of WORD_READINGS over a character, else its usual reading, else its only one.
// Matching still accepts every reading (a reader who does not know the tone finds the word), but the
// right reading ranks first; c/ch, s/sh, z/zh as initials, u and v for ü.
import { describe, expect, it } from "vitest";
import { pinyinTable, sectionList } from "../data/index";
import { USUAL_READING, WORD_READINGS } from "../data/readings";
import { corpusOf } from "../source/search/corpus";
import { search } from "../source/search/fulltext";
import { matchCorpus, matchText } from "../source/search/match";
import { parseQuery } from "../source/search/parse-query";
import { tonedPinyin, toneless } from "../source/search/readings";

const texts = sectionList.flatMap((s) => [...s.heading, ...s.paragraphs.map((p) => p.text)]);
const HAN = /[\u4e00-\u9fff]/u;
const only = new Map(
  pinyinTable.readings
    .split(" ")
    .filter((e) => !e.includes(","))
    .map((e) => [e[0]!, e.slice(1)] as const),
);

/** The table's reading of each character of `text`, by offset. */
function tableReading(text: string): (string | undefined)[] {
  const out = [...text].map((c) => (HAN.test(c) ? (USUAL_READING[c] ?? only.get(c)) : undefined));
  const cover = new Array<number>(text.length).fill(0);
  for (const [word, reading] of Object.entries(WORD_READINGS)) {
    const syllables = reading.split(" ");
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let k = 0; k < word.length; k++) {
        if (cover[at + k]! > word.length) continue;
        cover[at + k] = word.length;
        out[at + k] = syllables[k];
      }
    }
  }
  return out;
}

/** Every word of the report (as Intl segments it), all Han, with one place it stands. */
const words = (() => {
  const seg = new Intl.Segmenter("zh", { granularity: "word" });
  const seen = new Map<string, { text: number; at: number }>();
  texts.forEach((t, i) => {
    for (const w of seg.segment(t)) {
      if (w.segment.length < 2 || ![...w.segment].every((c) => HAN.test(c))) continue;
      if (!seen.has(w.segment)) seen.set(w.segment, { text: i, at: w.index });
    }
  });
  return [...seen];
})();

describe("every word of the report, by its reading", () => {
  const corpus = corpusOf(texts.map((t) => [t]));

  it(`the displayed reading of each of the ${words.length} words is the table's`, () => {
    expect(words.length).toBeGreaterThan(1000);
    for (const [word, { text, at }] of words) {
      const t = texts[text]!;
      const expected = tableReading(t)
        .slice(at, at + word.length)
        .map((s, k) => (k > 0 && /^[aoeāáǎàōóǒòēéěè]/u.test(s!) ? `'${s}` : s))
        .join("");
      expect(tonedPinyin(t, at, at + word.length), word).toBe(expected);
    }
  });

  it("each is found where it stands by its toneless pinyin and by its initials", () => {
    for (const [word, { text, at }] of words) {
      const syllables = tableReading(texts[text]!)
        .slice(at, at + word.length)
        .map((s) => toneless(s!));
      const full = syllables.join("");
      const initials = syllables.map((s) => s[0]).join("");
      const found = matchCorpus(parseQuery(full), corpus).find((m) => m.entry === text);
      expect(found, `${word} by ${full}`).toBeDefined();
      const marked = found!.match.ranges[0]!.some(([s, e]) => s <= at && e >= at + word.length);
      expect(marked, `${word} marked by ${full}`).toBe(true);
      // Initials find the text; their marks may fall on an overlapping pair before the word (zz: 总组|织).
      const byInitials = matchCorpus(parseQuery(initials), corpus).find((m) => m.entry === text);
      expect(byInitials, `${word} by ${initials}`).toBeDefined();
      expect(matchText(parseQuery(initials), word)?.ranges, `${word} alone by ${initials}`).toEqual([[0, word.length]]);
    }
  });
});

describe("every reading is accepted, the right one ranks first", () => {
  it("a wrong reading still finds the word, below the right one", () => {
    for (const [right, wrong, text] of [
      ["changxiao", "zhangxiao", "长效"],
      ["xingzheng", "hangzheng", "行政"],
      ["tiaojie", "diaojie", "调解"],
      ["shuaixian", "lvxian", "率先"],
      ["chongsu", "zhongsu", "重塑"],
    ] as const) {
      const good = matchText(parseQuery(right), text)!;
      const bad = matchText(parseQuery(wrong), text)!;
      expect(bad, wrong).not.toBeNull();
      expect(good.score, `${right} over ${wrong}`).toBeGreaterThan(bad.score);
    }
  });

  it("c/ch, s/sh, z/zh as initials: ch, chh and c h find 称号", () => {
    for (const q of ["ch", "chh", "ch h", "c h", "chenghao"]) {
      const hit = matchText(parseQuery(q), "称号")!;
      expect(hit?.ranges, q).toEqual([[0, 2]]);
    }
    for (const q of ["shf", "sf", "zx", "zhx", "zhix"])
      expect(matchText(parseQuery(q), q.startsWith("s") ? "示范" : "执行")).not.toBeNull();
    expect(search("ch").some((h) => h.text.includes("称号"))).toBe(true);
  });

  it("u and v stand for ü in search as in the glossary", () => {
    const marked = (q: string) => search(q).flatMap((h) => h.ranges.map(([s, e]) => h.text.slice(s, e)));
    for (const q of ["lvxing", "lüxing", "lv xing"]) expect(marked(q).slice(0, 1), q).toEqual(["履行"]);
    // luxing is also 录形 (lù): both are found.
    for (const q of ["luxing", "lu xing"]) expect(marked(q), q).toContain("履行");
  });
});
