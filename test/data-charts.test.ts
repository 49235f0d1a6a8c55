// The review of every chart against its sentences: each bar's label says no more than its figure's
// label, every figure is in the chart's one unit, a whole is drawn only where the report states its
// parts with 其中, and what the report does not break down is drawn as such.
import { describe, expect, it } from "vitest";
import { charts, figureById, paragraphById } from "../data/index";
import { drawChart, remainderOf } from "../source/charts/render";

/**
 * Per chart, per bar (group and bar label as drawn): the figure, and the words both the bar's label
 * and the figure's own label hold. Reviewed against data/report.txt one by one.
 */
const REVIEW: Record<string, readonly (readonly [label: string, metricId: string, words: readonly string[]])[]> = {
  caseload: [
    ["受理 前五年", "total.accepted-previous", ["受理", "前五年"]],
    ["受理 近五年", "total.accepted", ["受理", "五年"]],
    ["办结 前五年", "total.closed-previous", ["办结", "前五年"]],
    ["办结 近五年", "total.closed", ["办结", "五年"]],
  ],
  "closed-by-type": [
    ["刑事审结", "criminal.closed", ["刑事", "审结"]],
    ["民商事办结", "civil.closed", ["民商事", "办结"]],
    // 行政诉讼 only: the 629 行政非诉 reviews are another figure.
    ["行政诉讼办结", "admin.closed", ["行政诉讼", "办结"]],
    ["执行执结", "enforcement.closed", ["执行", "执结"]],
  ],
  "enforcement-person-times": [
    ["多平台曝光", "enforcement.exposed", ["多平台曝光"]],
    ["纳入全国失信名单", "enforcement.blacklisted", ["纳入全国失信"]],
    ["限制高消费", "enforcement.consumption-ban", ["限制高消费"]],
  ],
  "enforcement-persons": [
    ["限制出入境", "enforcement.exit-ban", ["限制出入境"]],
    ["司法拘留", "enforcement.detained", ["司法拘留"]],
    ["追究刑事责任", "enforcement.prosecuted-people", ["追究刑事责任"]],
  ],
  sentencing: [["其中5年以上有期徒刑", "criminal.over-five-years", ["其中", "5年以上有期徒刑"]]],
  "probation-and-exemption": [
    ["判处缓刑", "criminal.probation", ["判处缓刑"]],
    ["判处管制", "criminal.surveillance", ["判处管制"]],
    ["单处罚金刑", "criminal.fine-only", ["单处罚金刑"]],
    // Not 判处: exemption is no punishment.
    ["免予刑事处罚", "criminal.exempted", ["免予刑事处罚"]],
  ],
  "integrity-office": [
    ["督促申请执行", "integrity.urged", ["督促申请执行"]],
    ["促成自动履行", "integrity.fulfilled", ["促成自动履行"]],
  ],
};

describe("chart review", () => {
  it("covers every chart, and no other", () => {
    expect(Object.keys(REVIEW).sort()).toEqual(charts.map((c) => c.id).sort());
  });

  for (const chart of charts) {
    it(`${chart.id}: every bar's label and unit are its figure's`, () => {
      const bars = chart.groups.flatMap((g) =>
        g.bars.map((b) => [[g.label, b.label].filter(Boolean).join(" "), b.figureId] as const),
      );
      expect(bars).toEqual(REVIEW[chart.id]!.map(([label, id]) => [label, id]));
      for (const [label, id, words] of REVIEW[chart.id]!) {
        const m = figureById.get(id)!;
        expect(m.unit, `${id}: one unit per axis`).toBe(chart.unit);
        for (const w of words) {
          expect(label, `${label} holds ${w}`).toContain(w);
          expect(m.label, `${id}'s label holds ${w}`).toContain(w);
        }
        // A bar never claims 其中 or 全部 its figure does not.
        if (!m.label.includes("其中")) expect(label).not.toContain("其中");
      }
      if (chart.whole) expect(figureById.get(chart.whole.figureId)!.unit).toBe(chart.unit);
    });

    it(`${chart.id}: a whole only where the report states its parts with 其中; the rest drawn as such`, () => {
      const parts = chart.groups.flatMap((g) => g.bars).map((b) => figureById.get(b.figureId)!);
      // The title claims 其中 exactly where the chart draws parts of a whole.
      expect(chart.title.includes("其中"), chart.title).toBe(chart.whole !== undefined);
      if (!chart.whole) {
        expect(chart.remainder).toBeUndefined();
        return;
      }
      const whole = figureById.get(chart.whole.figureId)!;
      const text = paragraphById.get(whole.paragraphId)!.text;
      for (const p of parts) {
        // "判处被告人2774人，其中判处5年以上有期徒刑253人": the part follows its whole in one sentence.
        expect(p.quote.startsWith("其中"), p.quote).toBe(true);
        expect(text).toContain(`${whole.quote}，${p.quote}`);
      }
      const rest = remainderOf(chart)!;
      expect(rest.value).toBe(whole.value - parts.reduce((n, p) => n + p.value, 0));
      expect(rest.label).toContain("未细分");
      const drawn = drawChart(chart, 100).lines.join("\n");
      expect(drawn).toContain(rest.text);
      expect(rest.text).toContain("差额");
    });
  }

  it("the caseload chart says why 办结 is more than 受理: 受理 excludes the 1271 旧存", () => {
    const chart = charts.find((c) => c.id === "caseload")!;
    const accepted = figureById.get("total.accepted")!;
    const closed = figureById.get("total.closed")!;
    expect(closed.value).toBeGreaterThan(accepted.value);
    expect(chart.note).toContain("不含旧存1271件");
    expect(paragraphById.get(accepted.paragraphId)!.text).toContain("（不含旧存1271件）");
  });

  it("no chart puts money of different kinds on one axis", () => {
    for (const chart of charts) expect(chart.unit).not.toMatch(/元/);
  });
});
