import { afterEach, describe, expect, it } from "vitest";
import { charts, figureText } from "../data/index";
import {
  chartFigures,
  DERIVED_MARK,
  drawChart,
  drawChartFigures,
  renderChart,
  renderChartFigures,
  valueText,
} from "../source/charts/render";
import { setAmbiWidth, width } from "../source/text/width";

afterEach(() => setAmbiWidth("single"));

/** The number a printed figure starts with: "约23705件（…）*" → 23705, "1000余名" → 1000. */
const parseFigure = (text: string) => Number.parseFloat(text.replace(/^[约近逾]/, ""));
const BLOCKS = /[\u2580-\u259f]/u;
/** A bar: "|" then its marks (block or ASCII), then nothing or " value". */
const BAR = /\|([█▉▊▋▌▍▎▏▒░#:=-]*)(?: (\S+))?$/u;

describe("drawChart", () => {
  for (const mode of ["single", "double"] as const) {
    it(`every chart at 30..200 columns (ambiwidth ${mode}): fits, one unit, a mark for every value, values parse back`, {
      timeout: 120_000,
    }, () => {
      setAmbiWidth(mode);
      for (const chart of charts) {
        const figures = chartFigures(chart);
        for (let cols = 30; cols <= 200; cols++) {
          const { lines, spots } = drawChart(chart, cols);
          const where = `${chart.id} at ${cols}`;
          for (const line of [...lines, ...renderChartFigures(chart, cols)]) {
            expect(width(line), `${where}: ${line}`).toBeLessThanOrEqual(cols);
          }
          if (mode === "double") expect(lines.join(""), where).not.toMatch(BLOCKS);
          expect(spots.map((s) => s.figureId)).toEqual(figures.map((f) => f.figure.id));
          const axisColumns = new Set<number>();
          for (const [i, f] of figures.entries()) {
            const spot = spots[i]!;
            const own = lines.slice(spot.line, spot.line + spot.height).join("\n");
            // The figure's own lines print its value whole, and it parses back to the figure.
            expect(own, where).toContain(valueText(f.figure));
            expect(parseFigure(valueText(f.figure))).toBe(f.figure.value);
            expect(f.figure.unit, `${where}: one unit per axis`).toBe(chart.unit);
            if (f.whole) continue;
            const barLine = lines[spot.line + spot.height - 1]!;
            const bar = BAR.exec(barLine);
            expect(bar, `${where}: ${barLine}`).not.toBeNull();
            if (f.figure.value > 0) expect(bar![1]!.length, `${where}: a mark for ${f.label}`).toBeGreaterThan(0);
            axisColumns.add(width(barLine.slice(0, barLine.indexOf("|"))));
          }
          expect(axisColumns.size, `${where}: bars start on one column`).toBe(1);
        }
      }
    });
  }

  it("bar lengths follow the values, measured against the whole where the chart has one", () => {
    for (const chart of charts) {
      const { lines, spots } = drawChart(chart, 120);
      const figures = chartFigures(chart);
      const bars = figures.flatMap((f, i) => (f.whole ? [] : [{ f, line: lines[spots[i]!.line]! }]));
      const cells = bars.map(({ line }) => {
        const marks = BAR.exec(line)![1]!;
        // A full block is one cell; a partial block is less than one.
        return [...marks].reduce((n, c) => n + (/[█▒]/u.test(c) ? 1 : 0.5), 0);
      });
      bars.forEach((a, i) => {
        bars.forEach((b, j) => {
          if (a.f.figure.value < b.f.figure.value) expect(cells[i]).toBeLessThanOrEqual(cells[j]!);
        });
      });
      const whole = figures.find((f) => f.whole);
      const barW = lines.find((l) => /^\s*\+-+\+$/.test(l))!.trim().length - 1;
      if (whole) {
        for (const [i, { f }] of bars.entries()) {
          expect(Math.abs(cells[i]! - (f.figure.value / whole.figure.value) * barW)).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it("never draws a whole beside its own parts: the whole is the reference line and the scale's top", () => {
    for (const chart of charts.filter((c) => c.whole)) {
      const { lines: all } = drawChart(chart, 80);
      // The title and note may cite the whole's sentence; the drawing starts after the blank line.
      const lines = all.slice(all.indexOf("") + 1);
      const whole = chartFigures(chart).find((f) => f.whole)!;
      expect(lines.filter((l) => l.includes(valueText(whole.figure)))).toHaveLength(2);
      expect(lines.some((l) => l.includes("|") && l.includes(valueText(whole.figure)))).toBe(false);
      expect(lines.some((l) => l.trim().startsWith("0") && l.trim().endsWith(valueText(whole.figure)))).toBe(true);
    }
  });

  it("the caseload chart groups 受理 and 办结, two bars each, with a legend and the derived bars marked", () => {
    const chart = charts.find((c) => c.id === "caseload")!;
    const lines = renderChart(chart, 100);
    const text = lines.join("\n");
    expect(lines.some((l) => l.startsWith("受理 前五年 |"))).toBe(true);
    expect(lines.some((l) => l.startsWith("办结 前五年 |"))).toBe(true);
    expect(lines.filter((l) => /^ +近五年 \|/.test(l))).toHaveLength(2);
    expect(text).toMatch(/^图例：▒ 前五年（推算） {2}█ 近五年$/m);
    for (const f of chartFigures(chart)) {
      if (f.figure.kind !== "derived") continue;
      expect(text).toContain(`${figureText(f.figure)}${DERIVED_MARK}`);
      expect(text.replace(/\n/g, "")).toContain(f.figure.derivation.formula);
    }
    setAmbiWidth("double");
    expect(renderChart(chart, 100).join("\n")).toMatch(/^图例：= 前五年（推算） {2}# 近五年$/m);
  });

  it("gives a small value a partial block or the smallest mark, never nothing", () => {
    const chart = charts.find((c) => c.id === "probation-and-exemption")!;
    expect(renderChart(chart, 80).find((l) => l.startsWith("判处管制"))).toMatch(/\|▏ 1人$/);
    setAmbiWidth("double");
    expect(renderChart(chart, 80).find((l) => l.startsWith("判处管制"))).toMatch(/\|: 1人$/);
  });
});

describe("chartFigures and drawChartFigures", () => {
  it("lists every figure a chart draws, with its verbatim quote, and says where each starts", () => {
    for (const chart of charts) {
      const figures = chartFigures(chart);
      const ids = [
        ...(chart.whole ? [chart.whole.figureId] : []),
        ...chart.groups.flatMap((g) => g.bars.map((b) => b.figureId)),
      ];
      expect(figures.map((f) => f.figure.id)).toEqual(ids);
      const { lines, spots } = drawChartFigures(chart, 200);
      const text = lines.join("\n");
      figures.forEach((f, i) => {
        expect(text).toContain(`「${f.figure.quote}」`);
        expect(lines[spots[i]!.line]).toContain(`${f.label}：${valueText(f.figure)}`);
      });
    }
  });
});
