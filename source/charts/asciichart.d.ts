// asciichart ships no types; this is the part of its API we use.
declare module "asciichart" {
  export interface PlotConfig {
    min?: number;
    max?: number;
    height?: number;
    offset?: number;
    padding?: string;
    colors?: (string | undefined)[];
    symbols?: string[];
    format?: (value: number, row: number) => string;
  }
  export function plot(series: number[] | number[][], config?: PlotConfig): string;
  const asciichart: { plot: typeof plot; reset: string; [color: string]: unknown };
  export default asciichart;
}
