import { afterEach, describe, expect, it } from "vitest";
import type { BarChart, LineChart } from "../data/index";
import { charts, metricById } from "../data/index";
import { chartFigures, DERIVED_MARK, renderChart, renderChartFigures, valueText } from "../source/charts/render";
import { setAmbiWidth, width } from "../source/text/width";

afterEach(() => setAmbiWidth("single"));

const bars = charts.filter((c): c is BarChart => c.kind === "bar");
const lines = charts.filter((c): c is LineChart => c.kind === "line");

describe("renderChart", () => {
  for (const mode of ["single", "double"] as const) {
    it(`keeps every line of every chart and its figures within 30..200 columns (ambiwidth ${mode})`, {
      timeout: 60_000,
    }, () => {
      setAmbiWidth(mode);
      for (const chart of charts) {
        for (let cols = 30; cols <= 200; cols++) {
          for (const line of [...renderChart(chart, cols), ...renderChartFigures(chart, cols)]) {
            expect(width(line), `${chart.id} at ${cols}: ${line}`).toBeLessThanOrEqual(cols);
          }
        }
      }
    });
  }

  it("prints each bar's metric value and unit at the bar's end, with bars in ASCII", () => {
    for (const chart of bars) {
      for (const cols of [30, 80, 160]) {
        const out = renderChart(chart, cols);
        const barLines = out.filter((l) => / \|#* \S+$/.test(l));
        expect(barLines).toHaveLength(chart.bars.length);
        chart.bars.forEach((bar, i) => {
          const m = metricById.get(bar.metricId)!;
          const printed = / \|(#*) (\S+)$/.exec(barLines[i]!)!;
          expect(printed[2]).toBe(valueText(m));
          expect(Number.parseFloat(printed[2]!)).toBe(m.value);
          expect(printed[2]!.endsWith(DERIVED_MARK)).toBe(m.kind === "derived");
        });
        // Bar lengths follow the values: a larger figure never has a shorter bar.
        const lengths = barLines.map((l) => / \|(#*) /.exec(l)![1]!.length);
        const values = chart.bars.map((b) => metricById.get(b.metricId)!.value);
        values.forEach((a, i) => {
          values.forEach((b, j) => {
            if (a < b) expect(lengths[i]).toBeLessThanOrEqual(lengths[j]!);
          });
        });
        expect(lengths[values.indexOf(Math.max(...values))]).toBe(Math.max(...lengths));
        expect(out.join("")).not.toMatch(/[\u2580-\u259f]/u);
      }
    }
  });

  it("draws a scale from 0 to the top of the bars, 100% for rates", () => {
    const rates = renderChart(charts.find((c) => c.id === "key-rates")!, 80);
    expect(rates.some((l) => /^\s+0\s+100%$/.test(l))).toBe(true);
    const closed = renderChart(charts.find((c) => c.id === "closed-by-type")!, 80);
    expect(closed.some((l) => /^\s+0\s+28828件$/.test(l))).toBe(true);
  });

  it("labels the line chart's periods and series and prints every real value, derived ones marked", () => {
    for (const chart of lines) {
      for (const cols of [30, 80]) {
        const out = renderChart(chart, cols);
        const text = out.join("\n");
        for (const a of chart.axis) expect(cols < 40 || text.includes(a)).toBe(true);
        for (const s of chart.series) {
          expect(text).toContain(`${s.name}：`);
          for (const id of s.metricIds) expect(text).toContain(valueText(metricById.get(id)!));
        }
        const derived = chart.series
          .flatMap((s) => s.metricIds)
          .map((id) => metricById.get(id)!)
          .filter((m) => m.kind === "derived");
        expect(derived.length).toBeGreaterThan(0);
        for (const m of derived) {
          expect(text).toContain(`${m.value}${m.unit}${DERIVED_MARK}`);
          if (m.kind === "derived") expect(text.replace(/\n/g, "")).toContain(m.derivation.formula);
        }
      }
    }
  });

  it("plots only the real values: a step from one period's value to the next, with nothing in between", () => {
    const chart = lines[0]!;
    const out = renderChart(chart, 80);
    const plot = out.filter((l) => /^\s*\d* [┤┼]/.test(l));
    // The y axis names only values of the chart, on the rows where they are drawn.
    const values = chart.series.flatMap((s) => s.metricIds.map((id) => metricById.get(id)!.value));
    const labels = plot.map((l) => l.trim().split(" ")[0]!).filter((t) => /^\d/.test(t));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(values).toContain(Number(label));
    // Horizontal runs appear only on the rows of the lowest and highest values.
    const runs = plot.filter((l) => /─/.test(l));
    expect(runs.length).toBe(2);
    expect(runs.map((l) => Number(l.trim().split(" ")[0]))).toEqual([
      Math.max(...chart.series.flatMap((s) => s.metricIds.map((id) => metricById.get(id)!.value))),
      Math.min(...chart.series.flatMap((s) => s.metricIds.map((id) => metricById.get(id)!.value))),
    ]);
  });

  it("uses ASCII plot symbols when ambiguous characters are two columns wide", () => {
    setAmbiWidth("double");
    const text = renderChart(lines[0]!, 80).join("\n");
    expect(text).not.toMatch(/[┤┼─╭╮╯╰│]/u);
    expect(text).toMatch(/\+-+\+/);
  });

  it("colours the series only when asked", () => {
    expect(renderChart(lines[0]!, 80).join("")).not.toContain("\x1b");
    expect(renderChart(lines[0]!, 80, { color: true }).join("")).toContain("\x1b[");
  });
});

describe("chartFigures and renderChartFigures", () => {
  it("lists every figure a chart draws, with its verbatim quote", () => {
    for (const chart of charts) {
      const figures = chartFigures(chart);
      const ids = chart.kind === "bar" ? chart.bars.map((b) => b.metricId) : chart.series.flatMap((s) => s.metricIds);
      expect(figures.map((f) => f.metric.id).sort()).toEqual([...ids].sort());
      const text = renderChartFigures(chart, 200).join("\n");
      for (const f of figures) {
        expect(text).toContain(`「${f.metric.quote}」`);
        expect(text).toContain(`${f.label}：${valueText(f.metric)}`);
      }
    }
  });
});
