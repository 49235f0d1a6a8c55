// 图表 in the explorer: each chart shows its number and id (what `court-report chart N` takes); Enter
// goes into a chart, where j/k select its figures one by one with the figure's sentence in view, and
// Enter shows that sentence in 报告.
import { describe, expect, it } from "vitest";
import { chartNumber, charts, figureById, paragraphById } from "../data/index";
import { contextOf } from "../source/app/context-of";
import { frameLines } from "../source/app/frame";
import { initialState } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { chartFigures } from "../source/charts/render";
import { keys } from "./helpers/explorer-state";

const SIZES = [
  { columns: 40, rows: 12 },
  { columns: 100, rows: 30 },
];

describe("图表", () => {
  for (const size of SIZES) {
    const start = initialState(size);
    const where = `${size.columns}x${size.rows}`;

    it(`${where}: every chart shows its number and id`, () => {
      charts.forEach((chart, i) => {
        const text = frameLines(keys(start, "3", ..."j".repeat(i)))
          .map(lineText)
          .join("\n");
        expect(text).toContain(`图${chartNumber(chart.id)}/${charts.length}  ${chart.id}`);
      });
    });

    it(`${where}: j/k walk every figure of every chart, each with its sentence in view; Enter opens it`, () => {
      charts.forEach((chart, i) => {
        let s = keys(start, "3", ..."j".repeat(i), "enter");
        expect(contextOf(s)).toBe("charts.chart");
        chartFigures(chart).forEach(({ figure }, f) => {
          expect(s.charts.figure).toBe(f);
          const text = frameLines(s).map(lineText).join("\n");
          expect(text, `${chart.id} figure ${f}`).toContain(`${figure.paragraphId}「${figure.quote}`.slice(0, 12));
          const opened = keys(s, "enter");
          expect(opened.pane).toBe("report");
          const landing = opened.report.landing!;
          expect(paragraphById.get(landing.paragraphId)!.text.slice(landing.start, landing.end)).toBe(
            figureById.get(figure.id)!.quote,
          );
          s = keys(s, "j");
        });
        expect(keys(s, "escape").charts.focus).toBe("list");
      });
    });
  }
});
