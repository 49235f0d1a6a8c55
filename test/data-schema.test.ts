// The figure schema: approximate figures, periods, subjects, derived intervals, and the
// one display function every view writes figures with.
import { describe, expect, it } from "vitest";
import { intervalOf } from "../data/figures";
import { figureById, figures, figureText, paragraphById } from "../data/index";

/** A qualifier that makes a figure approximate, beside its numeral: 约/近/逾 before, 余/多 after. */
const QUALIFIED = /([约近逾])(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)([余多])/g;

const qualifiersIn = (text: string) =>
  [...text.matchAll(QUALIFIED)].map((m) => ({
    at: m.index!,
    end: m.index! + m[0].length,
    qualifier: m[1] ?? m[4]!,
    value: Number(m[2] ?? m[3]),
  }));

describe("approximate figures", () => {
  it("a quote qualifies its value with 余/约/近/逾/多 exactly when the figure is approximate", () => {
    for (const m of figures) {
      const found = qualifiersIn(m.quote).filter((q) => q.value === m.value);
      expect(found.length > 0, `${m.id}: «${m.quote}»`).toBe(m.approximate === true);
      if (m.approximate) expect(found.map((q) => q.qualifier)).toEqual([m.qualifier]);
      else expect(m.qualifier).toBeUndefined();
      expect(m.unit, `${m.id}: the unit holds no qualifier`).not.toMatch(/^[余多]|^[约近逾]/);
    }
  });

  it("every qualified numeral of the text is an approximate figure's", () => {
    const uncovered: string[] = [];
    for (const p of paragraphById.values()) {
      for (const q of qualifiersIn(p.text)) {
        const owner = figures.find((m) => {
          const at = p.text.indexOf(m.quote);
          return m.paragraphId === p.id && m.approximate && at >= 0 && at <= q.at && q.end <= at + m.quote.length;
        });
        if (!owner) uncovered.push(`${p.id}: ${p.text.slice(q.at, q.end)}`);
      }
    }
    expect(uncovered).toEqual([]);
    // 多平台 is not a qualifier: only a 多 after a numeral is.
    expect(qualifiersIn(figureById.get("enforcement.exposed")!.quote)).toEqual([]);
  });

  it("are written with their qualifier where the report puts it", () => {
    expect(figureText(figureById.get("admin.observers")!)).toBe("1000余名");
    expect(figureText(figureById.get("openness.visitors")!)).toBe("1000余名");
    expect(figureText(figureById.get("openness.media")!)).toBe("560余次");
    expect(figureText(figureById.get("enforcement.recovered")!)).toBe("10.73亿元");
  });
});

describe("derived figures", () => {
  // The report's rounding, done independently of data/figures.ts: to the percentage's written decimals.
  const risesTo = (earlier: number, base: number, percent: number) => {
    const decimals = String(percent).split(".")[1]?.length ?? 0;
    return ((base / earlier - 1) * 100).toFixed(decimals) === percent.toFixed(decimals);
  };

  it("carry the interval their rounded inputs allow, recomputed and checked value by value", () => {
    const derived = figures.filter((m) => m.kind === "derived");
    expect(derived.length).toBeGreaterThan(0);
    for (const m of derived) {
      const value = (id: string) => figureById.get(id)!.value;
      expect(intervalOf(m.derivation, value)).toEqual(m.interval);
      const [base, percent] = m.derivation.inputs.map(value) as [number, number];
      const [low, high] = m.interval;
      expect(low).toBeLessThanOrEqual(m.value);
      expect(m.value).toBeLessThanOrEqual(high);
      for (let n = low - 30; n <= high + 30; n++) {
        expect(risesTo(n, base, percent), `${m.id}: ${n}`).toBe(n >= low && n <= high);
      }
    }
  });

  it("are written as about the value, with the interval: 约23705件（23700～23709）", () => {
    expect(figureText(figureById.get("total.accepted-previous")!)).toBe("约23705件（23700～23709）");
    expect(figureText(figureById.get("total.closed-previous")!)).toBe("约23410件（23406～23415）");
  });
});

describe("periods and subjects", () => {
  it("the 诚信履行工作室's own figures say so, with their span; the whole court's do not", () => {
    for (const id of ["integrity.urged", "integrity.fulfilled", "integrity.amount"]) {
      expect(figureById.get(id)).toMatchObject({ subject: "诚信履行工作室", period: "2021年3月至12月" });
    }
    for (const id of ["integrity.rate-rise", "enforcement.recovered"])
      expect(figureById.get(id)!.subject).toBe(undefined);
  });

  it("a period or subject is only ever words of the figure's paragraph", () => {
    for (const m of figures) {
      const text = paragraphById.get(m.paragraphId)!.text;
      if (m.subject) expect(text).toContain(m.subject);
      for (const year of m.period?.match(/\d{4}年/g) ?? []) expect(text, m.id).toContain(year);
    }
  });
});
