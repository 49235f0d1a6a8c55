// Terminal display width of text. Chinese characters take two columns; East Asian "ambiguous"
// characters (“ ” — … ·) take one in most terminals and two in terminals set up for CJK, so the
// user picks (--ambiwidth=double or COURT_REPORT_AMBIWIDTH=double), as with vim's 'ambiwidth'.

let ambiguousIsNarrow = true;

export type AmbiWidth = "single" | "double";

export function setAmbiWidth(mode: AmbiWidth): void {
  ambiguousIsNarrow = mode === "single";
}

export function getAmbiWidth(): AmbiWidth {
  return ambiguousIsNarrow ? "single" : "double";
}

// Characters whose East Asian Width alone decides their width and that never join a neighbour in a
// grapheme cluster: printable ASCII, CJK ideographs and punctuation, full-width forms, and the
// ambiguous punctuation of the report (· — ‘ ’ “ ” …), and pinyin's toned vowels. The report and its pinyin are made of nothing else, so its
// text is measured and split here, without loading string-width or creating a segmenter (~15 ms).
// test/perf-width.test.ts holds both paths to the same answers.
// Pinyin's vowels with tone marks (shìfàn sùsòng), also ambiguous: precomposed, one column or two.
const PINYIN_TONED = "āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüêńň";
const SIMPLE = new RegExp(
  `^[\\u0020-\\u007E\\u00B7\\u2014\\u2018\\u2019\\u201C\\u201D\\u2026\\u3000-\\u3029\\u3030-\\u303E\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uFF01-\\uFF60\\uFFE0-\\uFFE6${PINYIN_TONED}]*$`,
);
const AMBIGUOUS = new Set([
  0xb7,
  0x2014,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2026,
  ...[...PINYIN_TONED].map((c) => c.charCodeAt(0)),
]);

// string-width builds its emoji regexes as it loads (~50 ms), so it loads on first need: esbuild
// bundles this require() as a module initialised on the first call (test/perf-width.test.ts checks).
let loaded: typeof import("string-width").default | undefined;
function stringWidth() {
  loaded ??= (require("string-width") as typeof import("string-width")).default;
  return loaded;
}

/**
 * Display width in columns; escape sequences count zero. A grapheme cluster of several visible code
 * points (an emoji with a skin tone or ZWJ, an Indic conjunct) counts at the widest a terminal may
 * draw it: terminals disagree (tmux and most others draw 👩‍💻 as 👩 and 💻, four columns, where
 * string-width says two), and a line measured too narrow wraps over the next row.
 */
export function width(text: string): number {
  const fast = fastWidth(text, ambiguousIsNarrow);
  if (fast !== undefined) return fast;
  const measured = stringWidth()(text, { ambiguousIsNarrow });
  if (!JOINS.test(text)) return measured;
  let extra = 0;
  for (const g of graphemes(text)) extra += apartExtra(g);
  return measured + extra;
}

// What can join visible code points into one cluster: ZWJ, emoji skin-tone modifiers, marks (the
// virama of a conjunct, Indic vowel signs).
const JOINS = /[\u200d\u{1f3fb}-\u{1f3ff}\p{M}]/u;

/** How much wider a cluster is drawn code point by code point than string-width measures it whole. */
function apartExtra(cluster: string): number {
  const single = cluster.length === 1 || (cluster.length === 2 && cluster.codePointAt(0)! > 0xffff);
  if (single) return 0;
  const measure = stringWidth();
  let apart = 0;
  for (const c of cluster) apart += measure(c, { ambiguousIsNarrow });
  return Math.max(0, apart - measure(cluster, { ambiguousIsNarrow }));
}

/** The width of one character of SIMPLE text (a UTF-16 unit). */
const simpleWidth = (c: number, narrow: boolean): number => (c < 0x7f || (narrow && AMBIGUOUS.has(c)) ? 1 : 2);

/** The width of text made only of SIMPLE characters; undefined for anything else. */
export function fastWidth(text: string, narrow: boolean): number | undefined {
  if (!SIMPLE.test(text)) return undefined;
  let columns = 0;
  for (let i = 0; i < text.length; i++) columns += simpleWidth(text.charCodeAt(i), narrow);
  return columns;
}

/**
 * The width of each character of text made only of SIMPLE characters, each its own grapheme (what
 * graphemes() and width() give one by one, measured in one pass); undefined for anything else.
 */
export function simpleWidths(text: string): number[] | undefined {
  if (!SIMPLE.test(text)) return undefined;
  const out = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) out[i] = simpleWidth(text.charCodeAt(i), ambiguousIsNarrow);
  return out;
}

let segmenter: Intl.Segmenter | undefined;

/** Grapheme clusters, so a combining mark or an emoji sequence is never split. */
export function graphemes(text: string): string[] {
  if (SIMPLE.test(text)) return text.split("");
  segmenter ??= new Intl.Segmenter();
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Cuts plain text to at most `columns`, ending with "…" (ASCII "~" where "…" would be wide) when cut. */
export function truncate(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  if (columns <= 0) return "";
  const ellipsis = ambiguousIsNarrow ? "…" : "~";
  let out = "";
  let used = 0;
  for (const g of graphemes(text)) {
    const w = width(g);
    if (used + w > columns - 1) break;
    out += g;
    used += w;
  }
  return out + ellipsis;
}

/** Pads plain text with spaces to exactly `columns` (truncating if longer). */
export function padEnd(text: string, columns: number): string {
  const t = truncate(text, columns);
  return t + " ".repeat(Math.max(0, columns - width(t)));
}

export function padStart(text: string, columns: number): string {
  const t = truncate(text, columns);
  return " ".repeat(Math.max(0, columns - width(t))) + t;
}

// Chinese line-breaking (禁则): these never start a line, those never end one.
const NO_START = new Set("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}");
const NO_END = new Set("（《「『【〔〈“‘([{");

/**
 * Wraps plain text to lines of at most `columns`. Breaks between any two CJK characters, keeps
 * runs of Latin letters and digits whole where they fit, and keeps closing punctuation off a line's
 * start by carrying the characters before it down. Nothing is dropped or added: the lines of one
 * paragraph join back to it exactly, so callers can map text offsets onto lines. A character wider
 * than `columns` gets a line of its own.
 */
export function wrap(text: string, columns: number): string[] {
  const cols = Math.max(1, columns);
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    const units = tokens(para);
    let line: string[] = [];
    let used = 0;
    for (const unit of units) {
      const w = width(unit);
      if (used + w <= cols || line.length === 0) {
        line.push(unit);
        used += w;
        continue;
      }
      // Move units down while the new line would start with one that may not start a line, or the
      // old one end with one that may not end it: ")，" moves down together. At most three, and only
      // while they fit, so a run of punctuation cannot empty the line above.
      const carry: string[] = [];
      let carried = w;
      while (line.length > 1 && carry.length < 3) {
        const head = carry[0] ?? unit;
        const prev = line[line.length - 1]!;
        if (!NO_START.has(head[0]!) && !NO_END.has(prev[prev.length - 1]!)) break;
        if (carried + width(prev) > cols) break;
        carried += width(prev);
        carry.unshift(line.pop()!);
      }
      lines.push(...hardSplit(line.join(""), cols));
      line = [...carry, unit];
      used = line.reduce((n, u) => n + width(u), 0);
    }
    lines.push(...hardSplit(line.join(""), cols));
  }
  return lines;
}

/** Latin words and numbers stay together; every other grapheme is its own unit. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const g of graphemes(text)) {
    const last = out[out.length - 1];
    if (last !== undefined && /^[A-Za-z0-9.%+-]+$/.test(last) && /^[A-Za-z0-9.%+-]$/.test(g))
      out[out.length - 1] = last + g;
    else out.push(g);
  }
  return out;
}

/** Splits a line that is still too wide (a single very long word) by graphemes. */
function hardSplit(line: string, cols: number): string[] {
  if (width(line) <= cols) return [line];
  const out: string[] = [];
  let cur = "";
  for (const g of graphemes(line)) {
    if (width(cur + g) > cols && cur !== "") {
      out.push(cur);
      cur = "";
    }
    cur += g;
  }
  out.push(cur);
  return out;
}
