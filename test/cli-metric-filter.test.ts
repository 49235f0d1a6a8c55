import { describe, expect, it } from "vitest";
import { metrics } from "../data/index";
import { categoryAliases, filterMetrics, parseCategory } from "../source/commands/metric-filter";

const ids = (list: readonly { id: string }[]) => list.map((m) => m.id);

describe("filterMetrics", () => {
  it("no query: every metric in report order, or every metric of a category", () => {
    expect(filterMetrics("")).toEqual(metrics);
    expect(filterMetrics("", "刑事")).toEqual(metrics.filter((m) => m.category === "刑事"));
  });

  it("matches labels, categories and ids literally, ignoring case and full-width letters", () => {
    expect(ids(filterMetrics("执行到位"))).toEqual(["enforcement.recovered"]);
    const byCategory = filterMetrics("执行");
    for (const m of metrics.filter((x) => x.category === "执行")) expect(byCategory).toContain(m);
    expect(byCategory.every((m) => m.category === "执行" || m.label.includes("执行") || m.id.includes("执行"))).toBe(
      true,
    );
    expect(filterMetrics("ENFORCEMENT.RECOVERED")).toEqual(filterMetrics("ｅｎｆｏｒｃｅｍｅｎｔ.recovered"));
  });

  it("forgives one wrong character when nothing matches literally, and keeps report order", () => {
    const found = filterMetrics("执行到味");
    expect(ids(found)).toContain("enforcement.recovered");
    expect(found).toEqual(metrics.filter((m) => found.includes(m)));
  });

  it("finds nothing for nonsense", () => {
    expect(filterMetrics("qqqqzzzz")).toEqual([]);
  });
});

describe("parseCategory", () => {
  it("takes a category's Chinese name or the word its ids start with", () => {
    expect(parseCategory("执行")).toBe("执行");
    expect(parseCategory("enforcement")).toBe("执行");
    expect(parseCategory("Criminal")).toBe("刑事");
    expect(parseCategory("天气")).toBeUndefined();
    for (const [alias, category] of categoryAliases) {
      expect(metrics.filter((m) => m.id.startsWith(`${alias}.`)).every((m) => m.category === category)).toBe(true);
    }
  });
});
