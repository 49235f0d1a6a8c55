import { describe, expect, it } from "vitest";
import { glossary, sectionList } from "../data/index";
import { findSection, type SectionFind } from "../source/sections/find";

const found = (q: string) => {
  const r = findSection(q);
  if (!r.section) throw new Error(`nothing found for ${q}`);
  return r;
};
const nearest = (r: SectionFind) => (r.section ? [] : r.nearest.map((s) => s.id));

describe("findSection", () => {
  it("finds every section by its id", () => {
    for (const s of sectionList) expect(found(s.id)).toMatchObject({ section: { id: s.id }, by: "id" });
  });

  it("reads number paths typed other ways: dashes, spaces, full-width digits", () => {
    for (const q of ["2-4", "2 4", "２．４", "2/4", " 2.4 "]) expect(found(q).section.id).toBe("2.4");
  });

  it("opens a paragraph id at its section and says which paragraph", () => {
    expect(found("2.4.p3")).toMatchObject({ section: { id: "2.4" }, by: "paragraph", paragraphId: "2.4.p3" });
  });

  it("matches titles and headings, the closest title first", () => {
    expect(found("附件一")).toMatchObject({ section: { id: "4" }, by: "title" });
    expect(found("有关用语")).toMatchObject({ section: { id: "4" }, by: "title" });
    expect(found("从严治院")).toMatchObject({ section: { id: "2.5" }, by: "title" });
    // "结语" is the whole title of 3.7 and only the start of 2.7's.
    expect(found("结语").section.id).toBe("3.7");
    // A number that is no section can still be in a title.
    expect(found("2022").section.id).toBe("3");
  });

  it("falls back to the section where the query occurs most: 执行 is what 2.2 is about", () => {
    const r = found("执行");
    expect(r).toMatchObject({ section: { id: "2.2" }, by: "content" });
    const counts = sectionList.map((s) => s.paragraphs.reduce((n, p) => n + p.text.split("执行").length - 1, 0));
    expect(sectionList[counts.indexOf(Math.max(...counts))]!.id).toBe("2.2");
    expect(r.paragraphId).toMatch(/^2\.2\.p\d+$/);
  });

  it("reads pinyin through the glossary: sfss finds where 示范诉讼 occurs", () => {
    const r = found("sfss");
    expect(r.by).toBe("content");
    expect(glossary[0]!.occurrences).toContain(r.paragraphId);
  });

  it("names the nearest sections when nothing matches", () => {
    expect(nearest(findSection("2.9"))).toEqual(["2.7", "2.6", "2.5"]);
    expect(nearest(findSection("9"))).toEqual(["5", "4", "3"]);
    // Nothing in common with any title (no character, syllable or initials): no suggestion at all.
    expect(nearest(findSection("天气预报"))).toEqual([]);
    expect(nearest(findSection("xyz"))).toEqual([]);
    expect(nearest(findSection("深化改革方案表格"))[0]).toBe("2.4");
  });
});
