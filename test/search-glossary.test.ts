import { describe, expect, it } from "vitest";
import { glossary } from "../data/index";
import { closestTerms, type GlossaryHit, lookupGlossary } from "../source/search/glossary";

const terms = (query: string) => lookupGlossary(query).map((h) => h.entry.term);
const first = (query: string) => lookupGlossary(query)[0];
/** The characters a list of ranges covers, joined. */
const covered = (text: string, ranges: readonly [number, number][]) =>
  ranges.map(([s, e]) => text.slice(s, e)).join("|");

describe("lookupGlossary", () => {
  it.each([
    ["sfss", "initials"],
    ["SFSS", "initials"],
    ["shifansusong", "pinyin"],
    ["shi fan su song", "pinyin"],
    ["shi fan", "pinyin"],
    ["shifan", "pinyin"],
    ["  ShiFan  ", "pinyin"],
    ["ｓｆｓｓ", "initials"],
    ["shfan", "pinyin"],
    ["sfsu", "pinyin"],
    ["示范", "term"],
    ["诉讼", "term"],
    ["示范诉讼", "term"],
    ["示范 诉讼", "term"],
    ["示范诉松", "fuzzy"],
    ["示诉讼", "fuzzy"],
    ["shifansusogn", "fuzzy"],
    ["sfsx", "fuzzy"],
  ] as const)("%j finds 示范诉讼 first, by %s", (query, field) => {
    const hit = first(query)!;
    expect(hit.entry.term).toBe("示范诉讼");
    expect(hit.field).toBe(field);
  });

  it("ranks the term itself above definitions that mention it", () => {
    const hits = lookupGlossary("虚假诉讼");
    expect(hits[0]).toMatchObject({ field: "term" });
    expect(hits[0]!.entry.term).toBe("虚假诉讼失信人名单制度");
    // Entry 2 (“双打”行动) mentions 虚假诉讼 three times in its definition but not in its term.
    const mention = hits.find((h) => h.entry.number === 2)!;
    expect(mention.field).toBe("definition");
    expect(mention.definitionRanges).toHaveLength(3);
    expect(hits.indexOf(mention)).toBeGreaterThan(0);
    for (const h of hits.slice(1)) expect(h.score).toBeLessThan(hits[0]!.score);
  });

  it("reads initials and full pinyin of a stretch inside a term, and finds its mentions elsewhere", () => {
    expect(terms("xjss")[0]).toBe("虚假诉讼失信人名单制度");
    expect(terms("xujiasusong")).toEqual(terms("虚假诉讼"));
    expect(terms("zfjg")[0]).toBe("政法机关一体化办案系统");
  });

  it("accepts lu, lv and lü for 履", () => {
    for (const q of ["lvxing", "luxing", "lüxing"]) expect(terms(q)[0]).toBe("诚信履行工作室");
  });

  it("highlights exactly the matched characters of the term", () => {
    const cases: [string, string][] = [
      ["sfss", "示范诉讼"],
      ["shifan", "示范"],
      ["示范", "示范"],
      ["xjss", "虚假诉讼"],
      ["sdxd", "双打|行动"], // the closing quote between 打 and 行 has no syllable and is not highlighted
      ["daxing", "打|行"],
      ["示范诉松", "示范诉"],
    ];
    for (const [query, expected] of cases) {
      const hit = first(query)!;
      expect(covered(hit.entry.term, hit.termRanges), query).toBe(expected);
    }
  });

  it("highlights every mention in the definitions, in UTF-16 offsets", () => {
    for (const h of lookupGlossary("执行")) {
      expect(h.definitionRanges.length).toBeGreaterThan(0);
      for (const [s, e] of h.definitionRanges) expect(h.entry.definition.slice(s, e)).toBe("执行");
    }
    const viaPinyin = lookupGlossary("xjss").find((h) => h.entry.number === 2)!;
    expect(covered(viaPinyin.entry.definition, viaPinyin.definitionRanges)).toBe("虚假诉讼|虚假诉讼|虚假诉讼");
  });

  it("finds every term by its own Chinese, pinyin and initials, first", () => {
    for (const g of glossary) {
      for (const q of [g.term, g.pinyin, g.initials, g.syllables.join(" ")])
        expect(first(q)?.entry.number, q).toBe(g.number);
    }
  });

  it("returns best first with ties in report order", () => {
    const check = (hits: GlossaryHit[]) => {
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        expect(a.score > b.score || (a.score === b.score && a.entry.number < b.entry.number)).toBe(true);
      }
    };
    for (const q of ["shi", "s", "执行", "诉讼", "制度"]) check(lookupGlossary(q));
  });

  it("returns nothing for a blank query or text that is nowhere", () => {
    expect(lookupGlossary("")).toEqual([]);
    expect(lookupGlossary("   ")).toEqual([]);
    expect(lookupGlossary("量子计算机")).toEqual([]);
    expect(lookupGlossary("qqqq")).toEqual([]);
  });
});

describe("closestTerms", () => {
  it("names the nearest terms for a query that matched nothing", () => {
    expect(lookupGlossary("示范案件")).toEqual([]);
    expect(closestTerms("示范案件")[0]!.term).toBe("示范诉讼");
    expect(closestTerms("yundaun")[0]!.term).toBe("云端审判");
    // A shared run of three initials (xskb of 刑事控辩…) or a shared syllable (yun) is something real.
    expect(closestTerms("xskbq")[0]!.term).toBe("刑事控辩意见摘要制度");
    expect(closestTerms("示范案件").length).toBeLessThanOrEqual(3);
  });

  it("names none when nothing resembles the query", () => {
    expect(closestTerms("zzz")).toEqual([]);
    // xyz shares no character, syllable or run of initials with 刑事控辩意见摘要制度.
    expect(closestTerms("xyz")).toEqual([]);
    expect(closestTerms("天气")).toEqual([]);
    expect(closestTerms("")).toEqual([]);
  });
});
