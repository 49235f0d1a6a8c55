// Units in a query and the 数据 pane's sorts: `万元` asks for figures in 万元 (not for every sentence
// that mentions 万元), and a sort by value never ranks 件 against % as if they were one scale.
import { describe, expect, it } from "vitest";
import { figures, figureText, figureUnits } from "../data/index";
import { figureRows } from "../source/app/panes/data/model";
import type { SortOrder } from "../source/app/panes/data/state";
import { tableLines } from "../source/app/panes/data/view";
import { initialState } from "../source/app/state";
import { matchFigures } from "../source/search/figures";
import { width } from "../source/text/width";
import { keys } from "./helpers/explorer-state";

const inUnit = (unit: string) => figures.filter((m) => m.unit === unit);

describe("a unit in the query", () => {
  it.each(figureUnits)("%s keeps exactly the figures counted in it, in the figures filter and in 数据", (unit) => {
    expect(matchFigures(unit)).toEqual(inUnit(unit));
    expect(
      figureRows(unit, "report")
        .rows.map((m) => m.id)
        .sort(),
    ).toEqual(
      inUnit(unit)
        .map((m) => m.id)
        .sort(),
    );
    expect(matchFigures(`!${unit}`)).toEqual(figures.filter((m) => m.unit !== unit));
  });

  it("万元 returns no count of people, although some of their sentences say 万元", () => {
    const people = figures.filter((m) => m.unit === "名" && m.quote.includes("万元"));
    expect(people.length).toBeGreaterThan(0);
    expect(matchFigures("万元").some((m) => people.includes(m))).toBe(false);
  });

  it("combines with words, with other units (any of them) and with full-width ％; multi-syllable units by pinyin", () => {
    expect(matchFigures("执行 人次")).toEqual(
      inUnit("人次").filter((m) => [m.label, m.quote, m.category].some((t) => t.includes("执行"))),
    );
    expect(matchFigures("万元 亿元")).toEqual(figures.filter((m) => m.unit === "万元" || m.unit === "亿元"));
    expect(matchFigures("万元 | 亿元")).toEqual(matchFigures("万元 亿元"));
    expect(matchFigures("％")).toEqual(inUnit("%"));
    expect(matchFigures("wanyuan")).toEqual(inUnit("万元"));
    expect(matchFigures("renci")).toEqual(inUnit("人次"));
    // Past what the matcher reads of a long query, a unit is ignored like any other word.
    expect(matchFigures(`${"执行 ".repeat(60)}万元`)).toEqual(matchFigures("执行"));
    // A one-syllable reading is a pinyin term, not a unit: ren finds 人民 and more.
    expect(matchFigures("ren").length).toBeGreaterThan(inUnit("人").length);
  });
});

const SORTS: readonly SortOrder[] = ["report", "value", "unit", "label"];

describe("数据's sorts", () => {
  it("名称 sorts each category's figures as ICU's zh-CN collation does (its order is worked out at build time)", () => {
    const collator = new Intl.Collator("zh-CN");
    for (const [order, sign] of [
      ["label", 1],
      ["label:reversed", -1],
    ] as const) {
      const rows = figureRows("", order).rows;
      const categories = [...new Set(rows.map((m) => m.category))];
      for (const category of categories) {
        const labels = rows.filter((m) => m.category === category).map((m) => m.label);
        expect(labels, `${order} ${category}`).toEqual([...labels].sort((a, b) => sign * collator.compare(a, b)));
      }
    }
  });

  it("every sort and its reverse shows every figure once", () => {
    for (const key of SORTS)
      for (const order of [key, `${key}:reversed`] as SortOrder[]) {
        const ids = figureRows("", order).rows.map((m) => m.id);
        expect(ids.sort(), order).toEqual(figures.map((m) => m.id).sort());
      }
  });

  it("by value over all figures: one group per unit, largest first, or smallest first reversed", () => {
    for (const [order, sign] of [
      ["unit", -1],
      ["unit:reversed", 1],
    ] as const) {
      const { body } = figureRows("", order);
      let unit: string | undefined;
      let last: number | undefined;
      const seen = new Set<string>();
      for (const b of body) {
        if (b.kind === "group") {
          expect(seen.has(b.title), `${b.title} is one group`).toBe(false);
          seen.add(b.title);
          unit = b.title;
          last = undefined;
          continue;
        }
        expect(b.figure.unit).toBe(unit);
        if (last !== undefined) expect(Math.sign(b.figure.value - last) * sign).not.toBe(-1);
        last = b.figure.value;
      }
      expect([...seen].sort()).toEqual([...figureUnits].sort());
    }
  });

  it("by value within a category: like units together, each run ordered by value", () => {
    const { body } = figureRows("", "value");
    let category = "";
    const units: string[] = [];
    for (const b of body) {
      if (b.kind === "group") {
        category = b.title;
        units.length = 0;
        continue;
      }
      expect(b.figure.category).toBe(category);
      const u = b.figure.unit;
      // Once a unit's run ends, it does not come back in this category.
      if (units.at(-1) !== u) {
        expect(units, `${category}: ${u}`).not.toContain(u);
        units.push(u);
      }
    }
    const rows = figureRows("", "value").rows;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      if (a.category === b.category && a.unit === b.unit) expect(a.value).toBeGreaterThanOrEqual(b.value);
    }
    const up = figureRows("", "value:reversed").rows;
    for (let i = 1; i < up.length; i++) {
      const [a, b] = [up[i - 1]!, up[i]!];
      if (a.category === b.category && a.unit === b.unit) expect(a.value).toBeLessThanOrEqual(b.value);
    }
  });

  it("s steps through the keys and S turns the current one round, keeping the selected figure", () => {
    let s = keys(initialState({ columns: 80, rows: 24 }), "2");
    const seen: SortOrder[] = [s.data.sort];
    for (let i = 0; i < 4; i++) {
      s = keys(s, "s");
      seen.push(s.data.sort);
    }
    expect(seen).toEqual(["report", "value", "unit", "label", "report"]);
    s = keys(s, "s", "j", "j");
    const selected = figureRows(s.data.filter.text, s.data.sort).rows[s.data.list.selected];
    s = keys(s, "S");
    expect(s.data.sort).toBe("value:reversed");
    expect(figureRows(s.data.filter.text, s.data.sort).rows[s.data.list.selected]).toBe(selected);
    expect(keys(s, "S").data.sort).toBe("value");
  });
});

describe("数据's numbers", () => {
  it("are right-aligned: every value ends at the value column's right edge", () => {
    const s = keys(initialState({ columns: 80, rows: 200 }), "2");
    const lines = tableLines(s.data, s.size).map((l) => l.map((g) => g.text).join(""));
    const header = lines.find((l) => l.includes("数值"))!;
    const edge = width(header.slice(0, header.indexOf("数值") + 2));
    let checked = 0;
    for (const m of figures) {
      const row = lines.find((l) => l.includes(`| ${m.label} `) || l.startsWith(`|${m.label}`));
      if (!row) continue;
      const text = figureText(m);
      const at = row.indexOf(text);
      expect(width(row.slice(0, at + text.length)), m.id).toBe(edge);
      checked++;
    }
    expect(checked).toBeGreaterThan(figures.length / 2);
  });
});
