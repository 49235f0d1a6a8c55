// court-report metrics [query]: every figure of the report as a table aligned for Chinese (the
// explorer's table layout), or as JSON / CSV for scripts and spreadsheets.
import { type Figure, figureCategories, figures, figureText } from "../../data/index";
import { clipText } from "../output/clip";
import { csv } from "../output/csv";
import { layoutTable } from "../table/layout";
import { sanitize } from "../text/sanitize";
import { wrap } from "../text/width";
import type { Command, Output } from "./command";
import { NotFoundError, UsageError } from "./errors";
import { categoryAliases, filterFigures, parseCategory } from "./figure-filter";
import { JSON_OPTION, jsonFields, jsonHelp, jsonOf, LIMIT_OPTIONS, limitHelp, limitOf } from "./listing";
import { requireSomethingToFind } from "./queries";

const DERIVED = "推算";
const CSV_HEADER = [
  "id",
  "label",
  "value",
  "unit",
  "category",
  "kind",
  "sectionId",
  "paragraphId",
  "quote",
  "formula",
  "approximate",
  "qualifier",
  "period",
  "subject",
  "low",
  "high",
] as const;

/** Every field a figure can have, in the order the listing writes them (some only on some figures). */
const FIELDS = [...new Set(figures.flatMap((m) => Object.keys(m)))];

export const metricsCommand: Command = {
  name: "metrics",
  args: "[查询]",
  summary: "报告里的数字：表格、JSON 或 CSV，可按名称、单位（万元、件、%）或类别筛选",
  options: {
    category: { type: "string" },
    sources: { type: "boolean" },
    ...JSON_OPTION,
    csv: { type: "boolean" },
    copy: { type: "boolean" },
    ...LIMIT_OPTIONS,
  },
  optionHelp: [
    [
      "--category C",
      `只看一个类别：${figureCategories.join(" ")}（或 ${[...categoryAliases.keys()].slice(0, 3).join("、")} …）`,
    ],
    ["--sources", "加上每个数字出自的原句（推算的数字还有算法）"],
    jsonHelp("数字", FIELDS),
    ["--csv", `CSV（RFC 4180，UTF-8），表头 ${CSV_HEADER.join(",")}；low/high：推算数字的区间`],
    ["--copy", "同时把找到的数字连同出处和原句放到剪贴板（OSC 52）"],
    ...limitHelp("个", "数字", "全部"),
  ],
  examples: [
    "court-report metrics 执行到位",
    "court-report metrics 万元",
    "court-report metrics --category 刑事 --sources",
    "court-report metrics --json label,value",
    "court-report metrics --csv > metrics.csv",
  ],
  positionals: { min: 0, max: Infinity },
  jsonFields: FIELDS,
  run(values, positionals, ctx) {
    const fields = values.json === undefined ? undefined : jsonFields(this, values.json as string);
    if (fields && values.csv) throw new UsageError("--json 和 --csv 只能选一个");
    const limit = limitOf(values, Number.POSITIVE_INFINITY);
    const categoryText = values.category as string | undefined;
    const category = categoryText === undefined ? undefined : parseCategory(categoryText);
    if (categoryText !== undefined && category === undefined) {
      throw new UsageError(`没有类别“${categoryText}”；类别有：${figureCategories.join(" ")}`);
    }
    const query = positionals.join(" ");
    if (query.trim() !== "") requireSomethingToFind("metrics", query, true);
    const found = filterFigures(query, category).slice(0, limit);
    if (found.length === 0) {
      throw new NotFoundError(`没有与“${query}”相符的数字${category ? `（在“${category}”类别里）` : ""}`);
    }
    if (values.copy) ctx.copy(found.map((m) => clipText({ kind: "figure", id: m.id }, "plain")).join("\n"));
    if (fields) {
      ctx.raw(jsonOf(found, fields));
      return 0;
    }
    if (values.csv) {
      ctx.raw(csv(CSV_HEADER, found.map(csvRow)));
      return 0;
    }

    for (const line of figureLines(found, values.sources === true, category === undefined, ctx)) ctx.print(line);
    return 0;
  },
};

const HEADERS = {
  label: "指标",
  value: "数值",
  category: "类别",
  where: "出处",
  quote: "原文",
};
const WRAPPED = ["label", "quote"];
/** Labels break between words only: "五年受理案/件" would misread. */
const WORDS = ["label"];
/** Narrower than this, a wrapped column reads one or two characters a line: not a table any more. */
const MIN_WRAPPED = 8;

/**
 * A table when one fits with every figure and place whole and every label word whole (dropping the
 * category, then the place, to make room); otherwise one block per figure, which fits any width.
 * Figures are written by the data module's figureText ("1000余名", "约23705件（23700～23709）").
 */
function figureLines(found: readonly Figure[], sources: boolean, withCategory: boolean, ctx: Output): string[] {
  const rows = found.map((m) => ({
    label: sanitize(m.label),
    value: sanitize(figureText(m)),
    category: m.category,
    where: m.paragraphId,
    // A derived figure says so in its value ("约…（…）") and label; with --sources, its formula follows the quote.
    quote: sanitize(m.quote) + (m.kind === "derived" ? `（${DERIVED}：${sanitize(m.derivation.formula)}）` : ""),
  }));
  const tail = sources ? ["quote"] : [];
  const candidates = [
    ["label", "value", ...(withCategory ? ["category"] : []), "where", ...tail],
    ["label", "value", "where", ...tail],
    ["label", "value", ...tail],
  ];
  for (const columns of candidates) {
    const layout = layoutTable({
      data: rows,
      columns,
      headers: HEADERS,
      maxWidth: ctx.columns,
      wrap: WRAPPED,
      words: WORDS,
      align: { value: "right" },
    });
    const shown = columns.filter((k) => rows.some((r) => r[k as keyof typeof r] !== ""));
    const whole = layout.columns.every((c) =>
      WRAPPED.includes(c.key) ? c.width >= Math.min(c.natural, MIN_WRAPPED) : c.width >= c.natural,
    );
    if (whole && layout.columns.length === shown.length) {
      return layout.lines.map((line) => (line.kind === "header" ? ctx.pen.bold(line.text) : line.text));
    }
  }
  return found.flatMap((m, i) => [
    ...(i > 0 ? [""] : []),
    ...wrap(rows[i]!.label, ctx.columns).map(ctx.pen.bold),
    ...indent(`${rows[i]!.value}  ${withCategory ? `${m.category}  ` : ""}${m.paragraphId}`, ctx.columns),
    ...(sources ? indent(`「${sanitize(m.quote)}」`, ctx.columns) : []),
    ...(sources && m.kind === "derived" ? indent(`${DERIVED}：${sanitize(m.derivation.formula)}`, ctx.columns) : []),
  ]);
}

const indent = (text: string, columns: number) => wrap(text, columns - 2).map((l) => `  ${l}`);

const csvRow = (m: Figure) =>
  [
    m.id,
    m.label,
    m.value,
    m.unit,
    m.category,
    m.kind,
    m.sectionId,
    m.paragraphId,
    m.quote,
    m.kind === "derived" ? m.derivation.formula : "",
    m.approximate ? "true" : "",
    m.qualifier ?? "",
    m.period ?? "",
    m.subject ?? "",
    m.kind === "derived" ? m.interval[0] : "",
    m.kind === "derived" ? m.interval[1] : "",
  ].map((v) => (typeof v === "string" ? sanitize(v, { keepNewlines: true }) : v));
