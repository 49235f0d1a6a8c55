// A wrong number is the worst bug this product can have: these tests tie every figure to the text.
import { describe, expect, it } from "vitest";
import { recompute } from "../data/figures";
import { charts, figureById, figures, paragraphById } from "../data/index";
import { notFigures } from "../data/not-figures";

const NUMERAL = /\d+(?:\.\d+)?/g;

/** Offsets of the numerals in `text` that equal `value` as written (whole tokens only). */
function numeralsEqualTo(text: string, value: number): number[] {
  return [...text.matchAll(NUMERAL)].filter((m) => m[0] === String(value)).map((m) => m.index!);
}

/** 一 … 十 (two as 两 too): the only Chinese numerals the report uses for figures. */
function chineseNumeral(written: string): number {
  const n = "一二三四五六七八九十".indexOf(written) + 1;
  return written === "两" ? 2 : n === 0 ? Number.NaN : n;
}

const figureSections = ["1", "2", "3", "4"];
const figureParagraphs = [...paragraphById.values()].filter((p) => figureSections.includes(p.sectionId.split(".")[0]!));

describe("metrics", () => {
  it("have unique ids and point at real paragraphs of their section", () => {
    expect(new Set(figures.map((m) => m.id)).size).toBe(figures.length);
    for (const m of figures) expect(paragraphById.get(m.paragraphId)?.sectionId).toBe(m.sectionId);
  });

  it("quote their paragraph verbatim, once, and the quote writes the value exactly", () => {
    for (const m of figures) {
      const text = paragraphById.get(m.paragraphId)!.text;
      expect(text.split(m.quote).length - 1, `${m.id}: quote occurs once`).toBe(1);
      if (m.kind === "reported" && m.written === undefined) {
        expect(numeralsEqualTo(m.quote, m.value), `${m.id}: ${m.value} in «${m.quote}»`).toHaveLength(1);
        // 余/多 stand between the numeral and the unit ("1000余名"); 约/近/逾 before the numeral.
        const after = m.qualifier === "余" || m.qualifier === "多" ? m.qualifier : "";
        expect(m.quote, `${m.id}: unit follows value`).toContain(`${m.value}${after}${m.unit}`);
      }
      if (m.kind === "reported" && m.written !== undefined) {
        // 十大项目: 大 (major) may stand between the numeral and what it counts, 项(目).
        expect(m.quote, `${m.id}: unit follows the Chinese numeral`).toMatch(new RegExp(`${m.written}大?${m.unit}`));
        expect(chineseNumeral(m.written), `${m.id}: ${m.written} = ${m.value}`).toBe(m.value);
      }
    }
  });

  it("cover every Arabic numeral of the body and glossary, or the numeral is listed as not a figure", () => {
    const uncovered: string[] = [];
    for (const p of figureParagraphs) {
      const covered = new Set<number>();
      for (const m of figures.filter((x) => x.paragraphId === p.id && x.kind === "reported")) {
        const at = p.text.indexOf(m.quote);
        for (const offset of numeralsEqualTo(m.quote, m.value)) covered.add(at + offset);
      }
      for (const nf of notFigures) {
        for (const hit of p.text.matchAll(nf.pattern)) {
          for (const n of hit[0].matchAll(NUMERAL)) covered.add(hit.index! + n.index!);
        }
      }
      for (const n of p.text.matchAll(NUMERAL)) {
        if (!covered.has(n.index!))
          uncovered.push(`${p.id}: ${p.text.slice(Math.max(0, n.index! - 8), n.index! + 12)}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it("the completeness check fails on a numeral nobody covered", () => {
    const text = "审结案件7件，另有9件";
    const covered = numeralsEqualTo("审结案件7件", 7);
    const missing = [...text.matchAll(NUMERAL)].filter((n) => !covered.includes(n.index!));
    expect(missing.map((n) => n[0])).toEqual(["9"]);
  });

  it("derived figures recompute from their inputs and are marked derived", () => {
    const derived = figures.filter((m) => m.kind === "derived");
    expect(derived.map((m) => m.id).sort()).toEqual(["total.accepted-previous", "total.closed-previous"]);
    for (const m of derived) {
      for (const id of m.derivation.inputs) expect(figureById.get(id)?.kind).toBe("reported");
      expect(recompute(m.derivation, (id) => figureById.get(id)!.value)).toBe(m.value);
      expect(m.label).toContain("推算");
    }
  });

  it("holds the figures a reader checks first", () => {
    const v = (id: string) => figureById.get(id)!;
    expect(v("enforcement.recovered")).toMatchObject({ value: 10.73, unit: "亿元" });
    expect(v("total.accepted")).toMatchObject({ value: 53833, unit: "件" });
    expect(v("enforcement.prosecuted-cases").value).toBe(40);
    expect(v("enforcement.prosecuted-people").value).toBe(44);
  });
});

describe("charts", () => {
  it("reference only existing figures, every one in the chart's one unit", () => {
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const c of charts) {
      const ids = [...(c.whole ? [c.whole.figureId] : []), ...c.groups.flatMap((g) => g.bars.map((b) => b.figureId))];
      for (const id of ids) {
        expect(figureById.has(id), `${c.id} → ${id}`).toBe(true);
        expect(figureById.get(id)!.unit, `${c.id} → ${id}`).toBe(c.unit);
      }
      expect(c.title, `${c.id}: the title names the unit`).toContain(c.unit);
      if (c.series) for (const g of c.groups) expect(g.bars).toHaveLength(c.series.length);
    }
  });
});
