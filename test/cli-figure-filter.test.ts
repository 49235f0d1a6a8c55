import { describe, expect, it } from "vitest";
import { figures } from "../data/index";
import { categoryAliases, filterFigures, parseCategory } from "../source/commands/figure-filter";

const ids = (list: readonly { id: string }[]) => list.map((m) => m.id);

describe("filterFigures", () => {
  it("no query: every figure in report order, or every figure of a category", () => {
    expect(filterFigures("")).toEqual(figures);
    expect(filterFigures("", "刑事")).toEqual(figures.filter((m) => m.category === "刑事"));
  });

  it("matches labels, categories and ids literally, ignoring case and full-width letters", () => {
    expect(ids(filterFigures("执行到位"))).toEqual(["enforcement.recovered"]);
    const byCategory = filterFigures("执行");
    for (const m of figures.filter((x) => x.category === "执行")) expect(byCategory).toContain(m);
    expect(byCategory.every((m) => m.category === "执行" || m.label.includes("执行") || m.id.includes("执行"))).toBe(
      true,
    );
    expect(filterFigures("ENFORCEMENT.RECOVERED")).toEqual(filterFigures("ｅｎｆｏｒｃｅｍｅｎｔ.recovered"));
  });

  it("forgives one wrong character when nothing matches literally, and keeps report order", () => {
    const found = filterFigures("执行到味");
    expect(ids(found)).toContain("enforcement.recovered");
    expect(found).toEqual(figures.filter((m) => found.includes(m)));
  });

  it("finds nothing for nonsense", () => {
    expect(filterFigures("qqqqzzzz")).toEqual([]);
  });
});

describe("parseCategory", () => {
  it("takes a category's Chinese name or the word its ids start with", () => {
    expect(parseCategory("执行")).toBe("执行");
    expect(parseCategory("enforcement")).toBe("执行");
    expect(parseCategory("Criminal")).toBe("刑事");
    expect(parseCategory("天气")).toBeUndefined();
    for (const [alias, category] of categoryAliases) {
      expect(figures.filter((m) => m.id.startsWith(`${alias}.`)).every((m) => m.category === category)).toBe(true);
    }
  });
});
