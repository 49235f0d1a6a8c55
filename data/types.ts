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

export type MetricCategory =
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
  /** The inputs, by metric id, in the order the formula uses them. */
  readonly inputs: readonly string[];
  /** "beforeIncrease": the earlier value implied by inputs[0] having risen by inputs[1] percent. */
  readonly op: "beforeIncrease";
  /** Human-readable formula shown beside the value. */
  readonly formula: string;
}

interface MetricBase {
  readonly id: string;
  /** Short Chinese label. */
  readonly label: string;
  readonly value: number;
  /** Unit as the report writes it: 件, 人, 人次, 名, %, 万元, 亿元, 个百分点, 余名 … */
  readonly unit: string;
  readonly category: MetricCategory;
  readonly paragraphId: string;
  readonly sectionId: string;
}

export interface ReportedMetric extends MetricBase {
  readonly kind: "reported";
  /** The shortest verbatim clause of the paragraph that states the value. */
  readonly quote: string;
  /** The numeral as the quote writes it where that is a Chinese numeral ("三" for 3); absent for Arabic. */
  readonly written?: string;
}

export interface DerivedMetric extends MetricBase {
  readonly kind: "derived";
  /** The clause the derivation rests on (verbatim, in paragraphId). */
  readonly quote: string;
  readonly derivation: Derivation;
}

export type Metric = ReportedMetric | DerivedMetric;

export interface BarChart {
  readonly id: string;
  readonly title: string;
  readonly kind: "bar";
  readonly note: string;
  readonly bars: readonly { readonly label: string; readonly metricId: string }[];
}

export interface LineChart {
  readonly id: string;
  readonly title: string;
  readonly kind: "line";
  readonly note: string;
  /** Labels of the ordered axis. */
  readonly axis: readonly string[];
  /** Each series has one metric id per axis label. */
  readonly series: readonly { readonly name: string; readonly metricIds: readonly string[] }[];
}

export type Chart = BarChart | LineChart;
