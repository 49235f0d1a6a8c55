import { afterEach, describe, expect, it } from "vitest";
import { figures } from "../data/index";
import { layoutTable, renderTable, words, wrapWords } from "../source/table/layout";
import { setAmbiWidth, width } from "../source/text/width";

const rows = figures.map((m) => ({ 类别: m.category, 指标: m.label, 数值: m.value, 单位: m.unit, 来源: m.quote }));

afterEach(() => setAmbiWidth("single"));

describe("layoutTable", () => {
  for (const mode of ["single", "double"] as const) {
    it(`every line of the figures table has one display width within maxWidth 30..200 (ambiwidth ${mode})`, {
      timeout: 60_000,
    }, () => {
      setAmbiWidth(mode);
      for (let maxWidth = 30; maxWidth <= 200; maxWidth++) {
        const layout = layoutTable({ data: rows, maxWidth });
        const widths = new Set(layout.lines.map((l) => width(l.text)));
        expect([...widths], `maxWidth ${maxWidth}`).toEqual([layout.width]);
        expect(layout.width).toBeLessThanOrEqual(maxWidth);
        expect(layout.lines).toHaveLength(rows.length + 4);
      }
    });
  }

  it("uses natural widths when there is room, right-aligns numbers and uses ASCII borders only", () => {
    const lines = renderTable({
      data: [
        { 指标: "执行到位", 数值: 10.73 },
        { 指标: "五年受理案件", 数值: 53833 },
      ],
    });
    expect(lines).toEqual([
      "+--------------+-------+",
      "| 指标         |  数值 |",
      "+--------------+-------+",
      "| 执行到位     | 10.73 |",
      "| 五年受理案件 | 53833 |",
      "+--------------+-------+",
    ]);
  });

  it("shrinks text columns before numbers, so figures stay whole while labels are cut", () => {
    const layout = layoutTable({ data: rows, columns: ["指标", "数值"], maxWidth: 24 });
    for (const line of layout.lines.filter((l) => l.kind === "row")) {
      const m = figures[line.row!]!;
      expect(line.cells[1]!.text.trim()).toBe(String(m.value));
      expect(width(line.text)).toBe(layout.width);
    }
    expect(layout.width).toBeLessThanOrEqual(24);
    expect(layout.lines.some((l) => l.cells[0]?.text.includes("…"))).toBe(true);
  });

  it("gives each cell's span so a view can colour it without measuring again", () => {
    const layout = layoutTable({ data: rows, maxWidth: 60 });
    for (const line of layout.lines.filter((l) => l.kind !== "rule")) {
      let rebuilt = "|";
      for (const cell of line.cells) {
        expect(width(rebuilt)).toBe(cell.start);
        expect(width(cell.text)).toBe(cell.width);
        rebuilt += `${cell.text}|`;
      }
      expect(rebuilt).toBe(line.text);
    }
  });

  it("never overflows, even when the columns cannot all fit", { timeout: 30_000 }, () => {
    for (let maxWidth = 3; maxWidth < 30; maxWidth++) {
      const layout = layoutTable({ data: rows, maxWidth });
      for (const l of layout.lines) expect(width(l.text)).toBeLessThanOrEqual(maxWidth);
    }
  });

  it("wraps the columns asked for onto more lines, losing nothing, before cutting any other column", () => {
    for (const maxWidth of [40, 60, 90]) {
      const layout = layoutTable({ data: rows, maxWidth, wrap: ["来源"] });
      expect(new Set(layout.lines.map((l) => width(l.text)))).toEqual(new Set([layout.width]));
      expect(layout.width).toBeLessThanOrEqual(maxWidth);
      const quoteColumn = layout.columns.findIndex((c) => c.key === "来源");
      rows.forEach((r, i) => {
        const parts = layout.lines.filter((l) => l.kind === "row" && l.row === i);
        expect(parts.map((l) => l.part)).toEqual(parts.map((_, k) => k));
        expect(parts.map((l) => l.cells[quoteColumn]!.text.trim()).join("")).toBe(r.来源.replace(/\s/g, ""));
        expect(parts[0]!.cells.find((c) => c.column === "数值")!.text.trim()).toBe(String(r.数值));
      });
    }
  });

  it("honours explicit columns, headers and alignment", () => {
    const lines = renderTable({
      data: [{ a: "x", b: 1 }],
      columns: ["b", "a"],
      headers: { b: "B列" },
      align: { b: "left" },
      padding: 0,
    });
    expect(lines).toEqual(["+---+-+", "|B列|a|", "+---+-+", "|1  |x|", "+---+-+"]);
  });

  it("leaves out a column that is empty in every row", () => {
    const layout = layoutTable({
      data: [
        { a: "x", note: "" },
        { a: "y", note: "" },
      ],
      columns: ["a", "note"],
    });
    expect(layout.columns.map((c) => c.key)).toEqual(["a"]);
    expect(
      layoutTable({
        data: [
          { a: "x", note: "" },
          { a: "y", note: "推算" },
        ],
      }).columns,
    ).toHaveLength(2);
  });

  it("wraps word columns between words only, never below the widest word", () => {
    const data = [{ label: "五年共受理各类案件（不含旧存）", value: 53833 }];
    for (const maxWidth of [26, 30, 34, 40]) {
      const layout = layoutTable({ data, maxWidth, wrap: ["label"], words: ["label"] });
      const cells = layout.lines.filter((l) => l.kind === "row").map((l) => l.cells[0]!.text.trim());
      expect(cells.join("")).toBe(data[0]!.label);
      // Every line of the cell is a run of whole words.
      const all = words(data[0]!.label);
      for (const cell of cells) expect(words(cell).every((w) => all.includes(w))).toBe(true);
      expect(cells).not.toContain("件");
      expect(cells.some((c) => c.endsWith("案"))).toBe(false);
    }
    expect(wrapWords("五年受理案件", 9)).toEqual(["五年受理", "案件"]);
    expect(wrapWords("旧存案件（未计入）", 10)).toEqual(["旧存案件", "（未计入）"]);
  });
});
