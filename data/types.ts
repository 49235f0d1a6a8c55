// Types of the report's data module. Everything here is read-only at run time.

export interface Meta {
  readonly title: string;
  readonly court: string;
  /** ISO date the report was delivered. */
  readonly date: string;
  readonly meeting: string;
  readonly speaker: string;
  readonly office: string;
}

export interface Paragraph {
  /** Stable id: the section id, "p", and the 1-based position in the section, e.g. "2.4.p1". */
  readonly id: string;
  readonly sectionId: string;
  /** The paragraph exactly as in data/report.txt, after the cleaning in data/cleaning.ts. */
  readonly text: string;
}

export interface Section {
  /** Stable id and number path: "1", "2", "2.0" (introduction), "2.1" … "2.6", "2.7" (closing). */
  readonly id: string;
  /** Title shown in the table of contents. */
  readonly title: string;
  /** The heading lines as they stand in the report; empty where the report has none. */
  readonly heading: readonly string[];
  readonly level: 1 | 2;
  readonly parentId: string | null;
  readonly paragraphs: readonly Paragraph[];
  readonly children: readonly Section[];
}

export interface GlossaryReference {
  /** As written, e.g. "见报告第1页第13行". */
  readonly text: string;
  readonly page: number;
  readonly line: number;
}

export interface GlossaryEntry {
  /** 1-based number of the entry in 附件一. */
  readonly number: number;
  readonly term: string;
  readonly definition: string;
  readonly reference: GlossaryReference;
  /** Toneless pinyin of the term's Han characters, joined: "shifansusong". */
  readonly pinyin: string;
  /** First letters of those syllables: "sfss". */
  readonly initials: string;
  /** The syllables one by one: ["shi", "fan", "su", "song"]. */
  readonly syllables: readonly string[];
  /** The pinyin as readers write it, with tone marks, a word at a time: "shìfàn sùsòng". */
  readonly toned: string;
  /** The glossary paragraph that holds the entry. */
  readonly paragraphId: string;
  /** Ids of the body paragraphs (sections 1–3) where the term occurs verbatim. */
  readonly occurrences: readonly string[];
}

/**
 * Pinyin of the report's Han characters, made at build time (scripts/gen-data.ts) so that nothing
 * reads pinyin at run time. Parsed by source/search/readings.ts.
 */
export interface PinyinTable {
  /** "县xiàn,xuán 作zuò,zuō …": each character, then its readings, the one it usually has in the report first. */
  readonly readings: string;
  /** The same without tones, "ü" written "v": "县xian,xuan 作zuo,zuo …" (what typed pinyin is matched against). */
  readonly plain: string;
  /** " a ai an …": every toneless syllable of the table, each after a space (a prefix is valid where " " + it occurs). */
  readonly syllables: string;
  /** "长效>1银行<1…": a polyphone and its right (">") or left ("<") neighbour, and the index of its reading next to it, where that is not the first. */
  readonly context: string;
}

export type FigureCategory =
  | "总体"
  | "服务大局"
  | "刑事"
  | "民商事"
  | "行政"
  | "执行"
  | "民生"
  | "诉源治理"
  | "改革"
  | "队伍"
  | "公开"
  | "诚信履行";

export interface Derivation {
  /** The inputs, by figure id, in the order the formula uses them. */
  readonly inputs: readonly string[];
  /** "beforeIncrease": the earlier value implied by inputs[0] having risen by inputs[1] percent. */
  readonly op: "beforeIncrease";
  /** Human-readable formula shown beside the value. */
  readonly formula: string;
}

/** How the report qualifies an approximate figure: 约、近、逾 before the numeral, 余、多 after it. */
export type Qualifier = "约" | "近" | "逾" | "余" | "多";

interface FigureBase {
  readonly id: string;
  /**
   * Short Chinese label that says what the quote counts, with its subject, span and the
   * 连续/累计/其中 the sentence gives (docs: the naming rule; test/data-labels.test.ts: the review).
   */
  readonly label: string;
  /** The number as written; for an approximate figure the number the qualifier stands beside. */
  readonly value: number;
  /** Unit as the report writes it, without a qualifier: 件, 人, 人次, 名, %, 万元, 亿元, 个百分点 … */
  readonly unit: string;
  /** Present (true) where the report says 余/约/近/逾/多: "1000余名" is at least 1000, not 1000. */
  readonly approximate?: true;
  /** The word that makes it approximate, where approximate. */
  readonly qualifier?: Qualifier;
  /** The span the figure covers where it is not its section's (过去五年 for section 2): "2019年起". */
  readonly period?: string;
  /** The body the figure belongs to where it is not the court as a whole: "诚信履行工作室". */
  readonly subject?: string;
  readonly category: FigureCategory;
  readonly paragraphId: string;
  readonly sectionId: string;
}

export interface ReportedFigure extends FigureBase {
  readonly kind: "reported";
  /** The shortest verbatim clause of the paragraph that states the value. */
  readonly quote: string;
  /** The numeral as the quote writes it where that is a Chinese numeral ("三" for 3); absent for Arabic. */
  readonly written?: string;
}

export interface DerivedFigure extends FigureBase {
  readonly kind: "derived";
  /** The clause the derivation rests on (verbatim, in paragraphId). */
  readonly quote: string;
  readonly derivation: Derivation;
  /**
   * Every whole value the rounded inputs allow, as [lowest, highest]: the report's 127.1% stands for
   * anything from 127.05% up to 127.15%, so 前五年 can be any count in this range, not exactly `value`.
   */
  readonly interval: readonly [number, number];
}

export type Figure = ReportedFigure | DerivedFigure;

/** One bar: a figure of the chart and the label it is drawn under. */
export interface Bar {
  readonly label: string;
  readonly figureId: string;
}

/**
 * Horizontal bars, every one counted in the same unit. Bars come in groups (a group of one bar each
 * for a plain chart); grouped charts name the series in `series`, one per bar of a group, for the legend.
 */
export interface BarChart {
  readonly id: string;
  /** What is drawn, with its unit. */
  readonly title: string;
  readonly note: string;
  /** The one unit of the axis; every bar's figure is in it. */
  readonly unit: string;
  /**
   * Where the bars are parts of a whole the report gives: the whole, drawn as the reference line the
   * bars are measured against, not as a bar beside its own parts.
   */
  readonly whole?: Bar;
  /**
   * With a whole: the label of what the report does not break down (the whole less its stated parts),
   * drawn as a bar of its own so the parts are not read as the whole.
   */
  readonly remainder?: string;
  readonly groups: readonly { readonly label: string; readonly bars: readonly Bar[] }[];
  /** Legend names of the bars within each group, in order; absent for ungrouped charts. */
  readonly series?: readonly string[];
}

export type Chart = BarChart;
