// Arabic numerals in the report that are not figures, so data/figures.ts rightly has no figure for
// them. test/data-figures.test.ts fails on any numeral that is neither here nor in a figure's quote.

export interface NotFigure {
  readonly pattern: RegExp;
  readonly why: string;
}

export const notFigures: readonly NotFigure[] = [
  {
    pattern: /20\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?/g,
    why: "a date or a year (2022年2月19日, 自2019年起, 2021年台州市…)",
  },
  { pattern: /第\d+页第\d+行/g, why: "a glossary entry's page/line reference into the printed report" },
  { pattern: /^\d+[.．]/g, why: "the number of a glossary entry (1. … 13.)" },
  { pattern: /G20/g, why: "the name of the G20 summit" },
  { pattern: /5年以上有期徒刑/g, why: "a sentencing threshold that names the category of criminal.over-five-years" },
];
