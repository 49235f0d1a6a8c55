// A text table laid out by display width (Chinese is two columns), shared by `court-report metrics`
// and the explorer's Table component. Pure: rows in, lines out. Borders are ASCII `+ - |` because
// box-drawing characters are East Asian "ambiguous" and turn two columns wide in CJK terminals.
import { getAmbiWidth, padEnd, truncate, width, wrap } from "../text/width";

export type Align = "left" | "right";

/** ink-table-like props. */
export interface TableProps {
  readonly data: readonly Readonly<Record<string, string | number>>[];
  /** Keys to show, in order; default: the keys of the first row. */
  readonly columns?: readonly string[];
  /** Header text per key; default: the key itself. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Spaces each side of a cell; default 1. */
  readonly padding?: number;
  /** No line is ever wider than this. Default: unlimited. */
  readonly maxWidth?: number;
  /** Default: right for columns whose values are all numbers, left otherwise. */
  readonly align?: Readonly<Record<string, Align>>;
  /** Columns whose cells wrap onto more lines instead of being cut (long quotes). They shrink first. */
  readonly wrap?: readonly string[];
  /**
   * Of the `wrap` columns, those that break only between words (labels: "五年受理案/件" misreads),
   * so they never shrink below their widest word.
   */
  readonly words?: readonly string[];
}

export interface TableColumn {
  readonly key: string;
  /** Content width, without padding. */
  readonly width: number;
  /** The width its widest cell or header needs: more than `width` means cells were cut or wrapped. */
  readonly natural: number;
  readonly align: Align;
}

/** One cell of a line: its padded text and where it sits, in display columns from the line's start. */
export interface TableCell {
  readonly column: string;
  readonly text: string;
  readonly start: number;
  readonly width: number;
}

export interface TableLine {
  readonly kind: "rule" | "header" | "row";
  /** Index into `data` for kind "row". */
  readonly row?: number;
  /** For kind "row": 0 on a row's first line, 1, 2 … on the lines its wrapped cells continue on. */
  readonly part?: number;
  readonly text: string;
  /** Empty for rules. Between and around the cells are single-column "|" borders. */
  readonly cells: readonly TableCell[];
}

export interface TableLayout {
  /** Every line has exactly this display width. */
  readonly width: number;
  readonly columns: readonly TableColumn[];
  readonly lines: readonly TableLine[];
}

// string-width costs ~20 µs a cell and the explorer lays out on every keystroke and resize, over
// the same few hundred cell texts: remember widths and cuts per ambiwidth mode.
const memo = new Map<string, number | string>();
function remember<T extends number | string>(key: string, compute: () => T): T {
  const k = `${getAmbiWidth()}\0${key}`;
  let v = memo.get(k) as T | undefined;
  if (v === undefined) {
    if (memo.size > 50_000) memo.clear();
    v = compute();
    memo.set(k, v);
  }
  return v;
}
const measure = (text: string) => ({ text, width: remember(`w\0${text}`, () => width(text)) });
const cut = (text: string, columns: number) =>
  remember(`t\0${columns}\0${text}`, () => padEnd(truncate(text, columns), columns));

/** Text columns shrink first, and not below this, before numbers are touched: a cut number misleads. */
const TEXT_FLOOR = 6;
/** Wrapped columns lose nothing by shrinking, so they go first, down to this. */
const WRAP_FLOOR = 10;

let segmenter: Intl.Segmenter | undefined;
// Chinese punctuation that may not start a line joins the word before it; one that may not end a line, the word after.
const CLOSING = /^[，。、；：？！）》」』】”’…%,.;:?!)\]]/;
const OPENING = /[（《「『【“‘([]$/;

/** The words of a label (ICU's dictionary segmentation), with punctuation kept on the right side. */
export function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const last = out[out.length - 1];
    if (last !== undefined && (CLOSING.test(segment) || OPENING.test(last) || /^\s+$/.test(segment))) {
      out[out.length - 1] = last + segment;
    } else out.push(segment);
  }
  return out;
}

/** Wraps between words; a word wider than the column is split as wrap() splits it. */
export function wrapWords(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words(text)) {
    if (line === "" || width(line + word) <= columns) line += word;
    else {
      lines.push(line);
      line = word;
    }
  }
  return [...lines, line].flatMap((l) => (width(l) > columns ? wrap(l, columns) : [l]));
}

export function layoutTable(props: TableProps): TableLayout {
  const given = [...(props.columns ?? Object.keys(props.data[0] ?? {}))];
  // A column with nothing in any row says nothing: its header alone would only take width.
  const keys = given.filter((k) => props.data.length === 0 || props.data.some((r) => String(r[k] ?? "") !== ""));
  const headers = keys.map((k) => props.headers?.[k] ?? k);
  const cellText = (v: string | number | undefined) => (v === undefined ? "" : String(v));
  const numeric = keys.map((k) => props.data.length > 0 && props.data.every((r) => typeof r[k] === "number"));
  const head = headers.map(measure);
  const body = props.data.map((r) => keys.map((k) => measure(cellText(r[k]))));
  const natural = keys.map((_, i) => Math.max(head[i]!.width, ...body.map((r) => r[i]!.width)));
  let padding = Math.max(0, props.padding ?? 1);
  const maxWidth = props.maxWidth ?? Number.POSITIVE_INFINITY;

  const widths = [...natural];
  const total = () => widths.reduce((n, w) => n + w + 2 * padding + 1, 1);
  // Shrink the widest column of a set by one column at a time until the table fits or all hit the floor.
  const shrink = (eligible: (i: number) => boolean, floor: (i: number) => number) => {
    while (total() > maxWidth) {
      let widest = -1;
      widths.forEach((w, i) => {
        if (eligible(i) && w > floor(i) && (widest < 0 || w > widths[widest]!)) widest = i;
      });
      if (widest < 0) return;
      widths[widest]!--;
    }
  };
  const wraps = keys.map((k) => props.wrap?.includes(k) ?? false);
  const byWords = keys.map((k) => props.words?.includes(k) ?? false);
  // A word-wrapped column's floor is its widest word, measured only when the table has to shrink.
  const wordFloors: number[] = [];
  const widestWord = (i: number) =>
    (wordFloors[i] ??= Math.max(head[i]!.width, ...body.flatMap((r) => words(r[i]!.text).map(width))));
  shrink(
    (i) => wraps[i]!,
    (i) => Math.min(natural[i]!, Math.max(byWords[i]! ? widestWord(i) : WRAP_FLOOR, head[i]!.width)),
  );
  shrink(
    (i) => !numeric[i],
    (i) => Math.min(natural[i]!, TEXT_FLOOR),
  );
  shrink(
    () => true,
    () => 1,
  );
  if (total() > maxWidth) padding = 0;
  // Last resort on absurdly narrow widths: drop trailing columns rather than overflow.
  while (total() > maxWidth && widths.length > 1) {
    widths.pop();
    keys.pop();
  }

  const columns: TableColumn[] = keys.map((key, i) => ({
    key,
    width: widths[i]!,
    natural: natural[i]!,
    align: props.align?.[key] ?? (numeric[i] ? "right" : "left"),
  }));
  const pad = " ".repeat(padding);
  const rule: TableLine = {
    kind: "rule",
    text: `+${columns.map((c) => "-".repeat(c.width + 2 * padding)).join("+")}+`,
    cells: [],
  };
  const fitCell = (cell: { text: string; width: number }, c: TableColumn) => {
    if (cell.width > c.width) return cut(cell.text, c.width);
    const space = " ".repeat(c.width - cell.width);
    return c.align === "right" ? space + cell.text : cell.text + space;
  };
  const blank = measure("");
  const line = (
    kind: "header" | "row",
    values: readonly { text: string; width: number }[],
    row?: number,
    part?: number,
  ): TableLine => {
    const cells: TableCell[] = [];
    let start = 1;
    for (const [i, c] of columns.entries()) {
      const text = pad + fitCell(values[i] ?? blank, c) + pad;
      cells.push({ column: c.key, text, start, width: c.width + 2 * padding });
      start += c.width + 2 * padding + 1;
    }
    const where = row === undefined ? {} : { row, part: part ?? 0 };
    return { kind, ...where, text: `|${cells.map((c) => c.text).join("|")}|`, cells };
  };
  // A row is as many lines as its longest wrapped cell; other cells sit on its first line.
  const rowLines = (values: readonly { text: string; width: number }[], row: number): TableLine[] => {
    const pieces = columns.map((c, i) =>
      wraps[i] && values[i]!.width > c.width
        ? (byWords[i] ? wrapWords : wrap)(values[i]!.text, c.width).map(measure)
        : [values[i]!],
    );
    const height = Math.max(...pieces.map((p) => p.length));
    return Array.from({ length: height }, (_, part) =>
      line(
        "row",
        pieces.map((p) => p[part] ?? blank),
        row,
        part,
      ),
    );
  };
  const lines: TableLine[] = [
    rule,
    line("header", head),
    rule,
    ...body.flatMap((values, row) => rowLines(values, row)),
    rule,
  ];
  return { width: rule.text.length /* ASCII: length is width */, columns, lines };
}

/** The table as plain lines. */
export const renderTable = (props: TableProps): string[] => layoutTable(props).lines.map((l) => l.text);
