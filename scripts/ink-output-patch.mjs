// Ink 6.8's Output (ink/build/output.js) builds every frame from nothing: fresh caches, so every
// line is tokenized again even when the frame before had it; a new object per blank cell;
// slice-ansi on every line inside an overflow="hidden" box even when nothing is cut (now skipped
// for plain lines); and ansi-tokenize's style diff (three Sets, four arrays) between every two
// neighbouring cells. Measured on the bench's key sequence: 123 MB allocated → 72 MB, and with it
// fewer collections and promotions (peak memory). The edits change no byte of the frame:
// test/ink-output-patch.test.ts renders random frames through both versions and compares them.
// The build fails if Ink's text moved.

import { editInk } from "./ink-edit.mjs";

export const INK_OUTPUT = /[\\/]ink[\\/]build[\\/]output\.js$/;

const HELPERS = `
// court-report (scripts/ink-output-patch.mjs): each frame's caches also answer from the frame
// before, so unchanged lines are not tokenized again; only two frames are ever kept.
class FrameCaches extends OutputCaches {
    constructor(previous) {
        super();
        this.previous = previous;
    }
    getStyledChars(line) {
        let cached = this.styledChars.get(line);
        if (cached === undefined) {
            cached = this.previous?.styledChars.get(line) ?? styledCharsOf(line);
            this.styledChars.set(line, cached);
        }
        return cached;
    }
    getStringWidth(text) {
        let cached = this.widths.get(text);
        if (cached === undefined) {
            cached = this.previous?.widths.get(text) ?? stringWidth(text);
            this.widths.set(text, cached);
        }
        return cached;
    }
}
// Characters that are each a grapheme of their own whatever stands beside them (no combining mark,
// joiner, variation selector, surrogate or control): printable ASCII, Latin, punctuation, symbols,
// box drawing and blocks, CJK punctuation, kana, ideographs, full-width forms. A run of text made
// only of them needs no grapheme segmenter, which is most of ansi-tokenize's time on a new line.
function isSimple(c) {
    return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0x2ff && c !== 0xad) || (c >= 0x2010 && c <= 0x2027)
        || (c >= 0x2030 && c <= 0x205e) || (c >= 0x2100 && c <= 0x27bf) || (c >= 0x3000 && c <= 0x3029)
        || (c >= 0x3030 && c <= 0x3096) || (c >= 0x309b && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf)
        || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff9d)
        || (c >= 0xffe0 && c <= 0xffee);
}
/** Only simple characters, so no escape and nothing of zero width that slice-ansi would drop. */
function isSimpleText(line, from = 0, to = line.length) {
    for (let i = from; i < to; i++) if (!isSimple(line.charCodeAt(i))) return false;
    return true;
}
// ansi-tokenize's own answers, once per distinct character and per distinct SGR sequence.
const fullWidths = new Map();
function fullWidthOf(char) {
    let fullWidth = fullWidths.get(char);
    if (fullWidth === undefined) {
        fullWidth = tokenize(char)[0].fullWidth;
        fullWidths.set(char, fullWidth);
    }
    return fullWidth;
}
const codeTokens = new Map();
function remembered(cache, text) {
    let tokens = cache.get(text);
    if (tokens === undefined) {
        if (cache.size > 20000) cache.clear();
        tokens = tokenize(text);
        cache.set(text, tokens);
    }
    return tokens;
}
// The end of the SGR sequence (ESC [ digits and semicolons m) that starts at \`at\`, or -1.
function sgrEnd(line, at) {
    if (line.charCodeAt(at + 1) !== 0x5b) return -1;
    for (let i = at + 2; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 0x6d) return i + 1;
        if (c !== 0x3b && (c < 0x30 || c > 0x39)) return -1;
    }
    return -1;
}
// styledCharsFromTokens(tokenize(line)), the same cells: SGR sequences and runs of simple characters
// are read without the segmenter. A run that is not simple goes through ansi-tokenize from the code
// before it (its segmenter can join a code's last character with a combining mark after it, and
// then drops both), a stray escape from itself; the characters between two codes share one styles
// array (nothing changes a cell's styles in place).
function styledCharsOf(line) {
    const chars = [];
    let codes = [];
    let styles;
    const take = (tokens) => {
        for (const token of tokens) {
            if (token.type === 'ansi') {
                codes = reduceAnsiCodesIncremental(codes, [token]);
                styles = undefined;
            }
            else if (token.type === 'char') {
                styles ??= [...codes];
                chars.push({ ...token, styles });
            }
        }
    };
    let i = 0;
    let code = -1;
    for (;;) {
        const esc = line.indexOf('\u001B', i);
        const end = esc === -1 ? line.length : esc;
        if (!isSimpleText(line, i, end)) {
            take(tokenize(line.slice(code === -1 ? i : code)));
            break;
        }
        if (code !== -1) take(remembered(codeTokens, line.slice(code, i)));
        if (end > i) styles ??= [...codes];
        for (let j = i; j < end; j++) {
            const value = line[j];
            chars.push({ type: 'char', value, fullWidth: fullWidthOf(value), styles });
        }
        if (esc === -1) break;
        const after = sgrEnd(line, esc);
        if (after === -1) {
            take(tokenize(line.slice(esc)));
            break;
        }
        code = esc;
        i = after;
    }
    return chars;
}
let lastCaches;
function frameCaches() {
    if (lastCaches !== undefined) lastCaches.previous = undefined;
    lastCaches = new FrameCaches(lastCaches);
    return lastCaches;
}
// Cells are replaced, never changed, so every blank cell can be the same object.
const BLANK_CELL = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });
function sameStyles(a, b) {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
    }
    return true;
}
// styledCharsToString, skipping the diff where neighbours have the same styles (it would be empty).
function rowToString(chars) {
    let ret = '';
    for (let i = 0; i < chars.length; i++) {
        const { styles, value } = chars[i];
        if (i === 0) {
            ret += ansiCodesToString(styles);
        }
        else if (!sameStyles(chars[i - 1].styles, styles)) {
            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, styles));
        }
        ret += value;
        if (i === chars.length - 1 && styles.length > 0) {
            ret += ansiCodesToString(diffAnsiCodes(styles, []));
        }
    }
    return ret;
}
export default class Output {`;

/** [what Ink 6.8 has, what it becomes]; each must occur exactly once. */
/** @type {[string, string][]} */
const EDITS = [
  [
    "import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';",
    "import { ansiCodesToString, diffAnsiCodes, reduceAnsiCodesIncremental, tokenize, } from '@alcalzone/ansi-tokenize';",
  ],
  ["export default class Output {", HELPERS],
  ["    caches = new OutputCaches();", "    caches = frameCaches();"],
  [
    `                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
    "                row.push(BLANK_CELL);",
  ],
  // Only lines of simple characters: slice-ansi also drops stray codes (a close with nothing open),
  // which changes what a transformer's styles do to the line, and characters of no width (both
  // found by the property test).
  [
    "                            return sliceAnsi(line, from, to);",
    "                            return from === 0 && to === width && isSimpleText(line) ? line : sliceAnsi(line, from, to);",
  ],
  [
    "return styledCharsToString(lineWithoutEmptyItems).trimEnd();",
    "return rowToString(lineWithoutEmptyItems).trimEnd();",
  ],
];

/**
 * Ink's output.js source → the patched source; throws when Ink no longer has the expected text.
 * @param {string} source
 * @returns {string}
 */
export function patchInkOutput(source) {
  let out = source;
  for (const [from, to] of EDITS) {
    out = editInk("ink/build/output.js", out, from, to, JSON.stringify(from.trim().slice(0, 60)));
  }
  return out;
}
