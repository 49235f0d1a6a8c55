import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { glossary, paragraphById, sectionById } from "../data/index";

describe("glossary", () => {
  it("has the 13 entries of 附件一 in the report's order", () => {
    expect(glossary.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(glossary.map((g) => g.term)).toEqual([
      "示范诉讼",
      "“双打”行动",
      "法治营商环境",
      "云端审判",
      "认罪认罚从宽制度",
      "刑事控辩意见摘要制度",
      "移动微法院",
      "跨域立案",
      "政法机关一体化办案系统",
      "浙江解纷码",
      "虚假诉讼失信人名单制度",
      "财产报告核查“一件事”",
      "诚信履行工作室",
    ]);
  });

  it("keeps each definition and reference verbatim in its paragraph", () => {
    for (const g of glossary) {
      const text = paragraphById.get(g.paragraphId)!.text;
      expect(text.endsWith(`（${g.reference.text}）：${g.definition}`)).toBe(true);
      expect(g.reference.text).toBe(`见报告第${g.reference.page}页第${g.reference.line}行`);
    }
    expect(glossary[0]!.reference).toEqual({ text: "见报告第1页第13行", page: 1, line: 13 });
  });

  it("carries pinyin-pro's toneless pinyin and initials", () => {
    for (const g of glossary) {
      const syllables = pinyin(g.term, { toneType: "none", type: "array", nonZh: "removed" }).filter(Boolean);
      expect(g.syllables).toEqual(syllables);
      expect(g.pinyin).toBe(syllables.join(""));
      expect(g.initials).toBe(syllables.map((s) => s[0]).join(""));
    }
    expect(glossary[0]).toMatchObject({ pinyin: "shifansusong", initials: "sfss" });
  });

  it("lists every body paragraph where each term occurs, and only those", () => {
    for (const g of glossary) {
      expect(g.occurrences.length).toBeGreaterThan(0);
      for (const id of g.occurrences) {
        expect(paragraphById.get(id)!.text).toContain(g.term);
        expect(["1", "2", "3"]).toContain(sectionById.get(paragraphById.get(id)!.sectionId)!.id.split(".")[0]);
      }
    }
    expect(glossary[0]!.occurrences).toEqual(["2.0.p2", "2.2.p2"]);
  });
});
