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

  it("reads every term as the dictionary does (一 with its citation tone), checked by hand", () => {
    // Written from 《现代汉语词典》, not from any library; spacing is a word at a time.
    expect(glossary.map((g) => g.toned)).toEqual([
      "shìfàn sùsòng",
      "shuāngdǎ xíngdòng",
      "fǎzhì yíng shāng huánjìng",
      "yún duān shěnpàn",
      "rènzuì rèn fá cóng kuān zhìdù",
      "xíngshì kòng biàn yìjiàn zhāiyào zhìdù",
      "yídòng wēi fǎyuàn",
      "kuà yù lì'àn",
      "zhèngfǎ jīguān yītǐhuà bàn'àn xìtǒng",
      "zhèjiāng jiěfēn mǎ",
      "xūjiǎ sùsòng shīxìn rén míngdān zhìdù",
      "cáichǎn bàogào héchá yījiànshì",
      "chéngxìn lǚxíng gōngzuòshì",
    ]);
  });

  it("carries the toneless pinyin and initials of its reading", () => {
    const toneless = (t: string) =>
      t
        .replace(/[ǖǘǚǜ]/gu, "ü")
        .normalize("NFD")
        .replace(/[\u0300-\u0307\u0309-\u036f]/gu, "")
        .normalize("NFC");
    for (const g of glossary) {
      expect(g.syllables.join("")).toBe(toneless(g.toned).replace(/[ ']/g, ""));
      expect(g.pinyin).toBe(g.syllables.join(""));
      expect(g.initials).toBe(g.syllables.map((s) => s[0]).join(""));
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
