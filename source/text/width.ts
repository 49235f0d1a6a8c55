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
const SIMPLE_CLASS = `\\u0020-\\u007E\\u00B7\\u2014\\u2018\\u2019\\u201C\\u201D\\u2026\\u3000-\\u3029\\u3030-\\u303E\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uFF01-\\uFF60\\uFFE0-\\uFFE6${PINYIN_TONED}`;
const SIMPLE = new RegExp(`^[${SIMPLE_CLASS}]*$`);
// SIMPLE text with SGR codes in it, as the rows of a frame hold them.
const SIMPLE_STYLED = new RegExp(`^(?:[${SIMPLE_CLASS}]|\\x1b\\[[0-9;]*m)*$`);

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

/** The width of one character of SIMPLE text (a UTF-16 unit): SIMPLE's characters between ASCII and
 * U+3000 are the ambiguous ones (· — ‘ ’ “ ” … and pinyin's vowels), all from U+3000 up are wide. */
const simpleWidth = (c: number, narrow: boolean): number => (c < 0x7f || (narrow && c < 0x3000) ? 1 : 2);

/** The width of text made only of SIMPLE characters; undefined for anything else. */
export function fastWidth(text: string, narrow: boolean): number | undefined {
  if (!SIMPLE.test(text)) return undefined;
  let columns = 0;
  for (let i = 0; i < text.length; i++) columns += simpleWidth(text.charCodeAt(i), narrow);
  return columns;
}

/** The width of SIMPLE text with SGR codes in it, which take no column; undefined for anything else. */
export function fastStyledWidth(text: string, narrow: boolean): number | undefined {
  if (!text.includes("\x1b")) return fastWidth(text, narrow);
  if (!SIMPLE_STYLED.test(text)) return undefined;
  let columns = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x1b) i = text.indexOf("m", i);
    else columns += simpleWidth(c, narrow);
  }
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
 * runs of Latin letters and digits (with the straight quotes around them) whole where they fit, and
 * keeps closing punctuation off a line's start by carrying the characters before it down. Nothing is
 * dropped or added: the lines of one
 * paragraph join back to it exactly, so callers can map text offsets onto lines. A character wider
 * than `columns` gets a line of its own. The first line gives its first `indent` columns to
 * something shown before the text (a paragraph's id).
 */
export function wrap(text: string, columns: number, indent = 0): string[] {
  const full = Math.max(1, columns);
  // The columns of the line being filled.
  let cols = Math.max(1, full - indent);
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    const runs = tokens(para);
    // The line being filled: from unit `first` (at offset `from`) to the unit before u, `used` wide.
    let first = 0;
    let from = 0;
    let used = 0;
    let u = 0;
    for (let r = 0; r < runs.count; r++) {
      const w = runs.width[r]!;
      const end = runs.unit[r + 1]!;
      while (u < end) {
        if (used + w <= cols || u === first) {
          // As many of the run's units as fit, and at least this one.
          const fit = w === 0 ? end - u : Math.floor((cols - used) / w);
          const take = Math.max(1, Math.min(end - u, fit));
          used += take * w;
          u += take;
          continue;
        }
        // Move units down while the new line would start with one that may not start a line, or the
        // old one end with one that may not end it: ")，" moves down together. At most three, and only
        // while they fit, so a run of punctuation cannot empty the line above.
        let cut = u;
        let carried = w;
        while (cut - first > 1 && u - cut < 3) {
          const at = unitStart(runs, r, cut);
          if (!NO_START.has(para[at]!) && !NO_END.has(para[at - 1]!)) break;
          const before = runs.width[runOf(runs, r, cut - 1)]!;
          // They go down to a line of the full width.
          if (carried + before > full) break;
          carried += before;
          cut--;
        }
        const to = unitStart(runs, r, cut);
        pushLine(lines, para.slice(from, to), runs.additive ? used + w - carried : undefined, cols);
        cols = full;
        first = cut;
        from = to;
        used = carried;
        u++;
      }
    }
    pushLine(lines, para.slice(from), runs.additive ? used : undefined, cols);
    cols = full;
  }
  return lines;
}

/**
 * A paragraph as the units wrap() breaks between: a Latin word or number is one unit, every other
 * grapheme is its own. Units come in runs of units alike: run r holds units unit[r] to unit[r + 1] - 1,
 * each `length[r]` UTF-16 units long and `width[r]` columns wide, the first at offset start[r]. Text
 * made only of SIMPLE characters (the whole report) is cut into runs of characters of one width by a
 * regex, so the report's ~10,000 characters take about a thousand steps, not a regex per character;
 * other text goes grapheme by grapheme, each measured once.
 */
interface Runs {
  /** Whether a stretch's width is the sum of its units' (SIMPLE text: nothing joins or interacts). */
  readonly additive: boolean;
  readonly count: number;
  readonly unit: number[];
  readonly start: number[];
  readonly length: number[];
  readonly width: number[];
}

function tokens(text: string): Runs {
  const additive = SIMPLE.test(text);
  const runs = {
    additive,
    count: 0,
    unit: [0],
    start: [] as number[],
    length: [] as number[],
    width: [] as number[],
  };
  const add = (at: number, units: number, length: number, width: number) => {
    runs.start.push(at);
    runs.length.push(length);
    runs.width.push(width);
    runs.unit.push(runs.unit[runs.count++]! + units);
  };
  if (additive) {
    const narrow = ambiguousIsNarrow;
    const run = narrow ? RUN_NARROW : RUN_DOUBLE;
    for (let at = 0; at < text.length; ) {
      run.lastIndex = at;
      run.test(text);
      const end = run.lastIndex;
      const c = text.charCodeAt(at);
      if (isWordChar(c)) add(at, 1, end - at, end - at);
      else add(at, end - at, 1, simpleWidth(c, narrow));
      at = end;
    }
    return runs;
  }
  let at = 0;
  let inWord = false;
  for (const g of graphemes(text)) {
    const word = g.length === 1 && isWordChar(g.charCodeAt(0));
    if (word && inWord) {
      runs.length[runs.count - 1]! += 1;
      runs.width[runs.count - 1]! += 1;
    } else add(at, 1, g.length, width(g));
    inWord = word;
    at += g.length;
  }
  return runs;
}

/** The run holding unit u, looking back from run r (wrap() looks back a few units at most). */
function runOf(runs: Runs, r: number, u: number): number {
  while (runs.unit[r]! > u) r--;
  return r;
}

function unitStart(runs: Runs, r: number, u: number): number {
  const q = runOf(runs, r, u);
  return runs.start[q]! + (u - runs.unit[q]!) * runs.length[q]!;
}

/** The characters of a Latin word or number, and the straight quotes, which in running text always
 * touch the word they quote ("phrase" never splits from its quotes). */
const WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.%+-\"'";
const WORD_CODES = new Set([...WORD_CHARS].map((c) => c.charCodeAt(0)));
const isWordChar = (c: number): boolean => WORD_CODES.has(c);

// A Latin word or number, or a run of SIMPLE characters of one width (SIMPLE's characters from U+3000
// up are wide, and with --ambiwidth=double so are those from U+0080).
const WORD = WORD_CHARS.replace(/[-\\\]^]/g, "\\$&");
const runOfSimple = (wideFrom: string) =>
  new RegExp(`[${WORD}]+|[${wideFrom}-\\uFFFF]+|[^${WORD}${wideFrom}-\\uFFFF]+`, "y");
const RUN_NARROW = runOfSimple("\\u3000");
const RUN_DOUBLE = runOfSimple("\\u0080");

/**
 * Adds a line `used` columns wide, measuring it whole where its units' widths do not simply add up
 * (`used` undefined: a flag with a half-width voiced mark, or a letter with a combining accent, can
 * measure otherwise beside its neighbours than alone); one still too wide (a single very long word)
 * is split by graphemes.
 */
function pushLine(lines: string[], line: string, used: number | undefined, cols: number): void {
  if ((used ?? width(line)) <= cols) {
    lines.push(line);
    return;
  }
  let cur = "";
  for (const g of graphemes(line)) {
    if (width(cur + g) > cols && cur !== "") {
      lines.push(cur);
      cur = "";
    }
    cur += g;
  }
  lines.push(cur);
}
