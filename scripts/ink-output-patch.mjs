// Ink 6.8's Output (ink/build/output.js) builds every frame from nothing: fresh caches, so every
// line is tokenized again even when the frame before had it; a new object per cell of every row
// (blank, styled, and the empty one after each wide character), so the frames kept alive between
// collections are mostly cells; slice-ansi on every line inside an overflow="hidden" box even when
// nothing is cut (now skipped for plain lines); ansi-tokenize's style diff (three Sets, four arrays)
// between every two neighbouring cells; and each row's string concatenated a character at a time.
// Here a row is first the list of what is written in it, and a row written as in this frame or the
// one before is not drawn again; the others are drawn from shared, frozen cells. Measured on the
// bench's key sequence: 123 MB allocated → 72 MB; on the long session 217 → 165 MB, and the young
// generation no longer grows to its largest size (peak RSS, docs/performance.md). The edits change
// no byte of the frame: test/ink-output-patch.test.ts renders random frames through both versions
// and compares them. The build fails if Ink's text moved.

import { editInk } from "./ink-edit.mjs";

export const INK_OUTPUT = /[\\/]ink[\\/]build[\\/]output\.js$/;

const HELPERS = `
// court-report (scripts/ink-output-patch.mjs): each frame's caches also answer from the frame
// before, so unchanged lines are not tokenized again; only two frames are ever kept.
class FrameCaches extends OutputCaches {
    rows = new Map();
    rowsByLine = new Map();
    width;
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
    // A row is what is written in it, in order (x, line, x, line…), and the width of the frame: a
    // row written as in this frame or the one before is not drawn again, so an unchanged or moved
    // row allocates no cells and no string. A row of one line at x 0 is keyed by the line itself.
    getRow(writes, width) {
        this.width = width;
        if (writes.length === 0) return '';
        const byLine = writes.length === 2 && writes[0] === 0;
        const key = byLine ? writes[1] : rowKey(writes);
        const rows = byLine ? this.rowsByLine : this.rows;
        let row = rows.get(key);
        if (row === undefined) {
            const previous = this.previous?.width === width ? this.previous : undefined;
            row = (byLine ? previous?.rowsByLine : previous?.rows)?.get(key) ?? this.drawRow(writes, width);
            rows.set(key, row);
        }
        return row;
    }
    // Ink's own placing of the cells of each line, then its styledCharsToString(…).trimEnd().
    drawRow(writes, width) {
        const currentLine = [];
        for (let x = 0; x < width; x++) {
            currentLine.push(BLANK_CELL);
        }
        for (let i = 0; i < writes.length; i += 2) {
            const characters = this.getStyledChars(writes[i + 1]);
            let offsetX = writes[i];
            for (const character of characters) {
                currentLine[offsetX] = character;
                const characterWidth = Math.max(1, character.width);
                for (let index = 1; index < characterWidth; index++) {
                    currentLine[offsetX + index] = trailingCell(character.styles);
                }
                offsetX += characterWidth;
            }
        }
        return rowToString(currentLine).trimEnd();
    }
}
// x and the line's length before each line, so no two lists of writes give one key.
function rowKey(writes) {
    let key = '';
    for (let i = 0; i < writes.length; i += 2) {
        key += \`\${writes[i]}\u0000\${writes[i + 1].length}\u0000\${writes[i + 1]}\`;
    }
    return key;
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
// A line's cells are shared, frozen objects, one per styles and character: a new line costs an array
// of references, not an object per cell, and the cells of two frames stay small. Each holds its
// width (string-width's answer for its character, which the frame placing it asks for). The styles
// arrays are shared too, one per distinct list of codes. Both tables start again when large.
const EMPTY_STYLES = Object.freeze([]);
const stylesByKey = new Map();
const cellsByStyles = new Map();
let cellCount = 0;
function sharedStyles(codes) {
    if (codes.length === 0) return EMPTY_STYLES;
    let key = '';
    for (const code of codes) key += \`\${code.code}\u0000\${code.endCode}\u0000\`;
    let styles = stylesByKey.get(key);
    if (styles === undefined) {
        styles = Object.freeze([...codes]);
        stylesByKey.set(key, styles);
    }
    return styles;
}
function cellOf(value, styles) {
    let cells = cellsByStyles.get(styles);
    if (cells === undefined) {
        if (cellsByStyles.size > 1000) clearCells();
        cells = new Map();
        cellsByStyles.set(styles, cells);
    }
    let cell = cells.get(value);
    if (cell === undefined) {
        if (++cellCount > 50000) clearCells();
        cell = Object.freeze({ type: 'char', value, styles, width: stringWidth(value) });
        cells.set(value, cell);
    }
    return cell;
}
function clearCells() {
    stylesByKey.clear();
    cellsByStyles.clear();
    cellCount = 0;
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
// styledCharsFromTokens(tokenize(line)), the same characters and styles, as shared cells: SGR
// sequences and runs of simple characters are read without the segmenter. A run that is not simple
// goes through ansi-tokenize from the code before it (its segmenter can join a code's last character
// with a combining mark after it, and then drops both), a stray escape from itself.
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
                styles ??= sharedStyles(codes);
                chars.push(cellOf(token.value, styles));
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
        if (end > i) styles ??= sharedStyles(codes);
        for (let j = i; j < end; j++) {
            chars.push(cellOf(line[j], styles));
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
// Cells are replaced, never changed, so every blank cell can be the same object, and so can the
// empty cells after a wide character that share its styles.
const BLANK_CELL = Object.freeze({ type: 'char', value: ' ', styles: EMPTY_STYLES, width: 1 });
const trailingCells = new WeakMap();
function trailingCell(styles) {
    let cell = trailingCells.get(styles);
    if (cell === undefined) {
        cell = Object.freeze({ type: 'char', value: '', styles, width: 0 });
        trailingCells.set(styles, cell);
    }
    return cell;
}
function sameStyles(a, b) {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
    }
    return true;
}
// styledCharsToString of the row without its holes (Ink filters them out first), skipping the diff
// where neighbours have the same styles (it would be empty); the pieces are joined once, not
// concatenated a character at a time.
const pieces = [];
function rowToString(cells) {
    let last;
    for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (cell === undefined) continue;
        if (last === undefined) {
            if (cell.styles.length > 0) pieces.push(ansiCodesToString(cell.styles));
        }
        else if (!sameStyles(last.styles, cell.styles)) {
            pieces.push(ansiCodesToString(diffAnsiCodes(last.styles, cell.styles)));
        }
        pieces.push(cell.value);
        last = cell;
    }
    if (last !== undefined && last.styles.length > 0) pieces.push(ansiCodesToString(diffAnsiCodes(last.styles, [])));
    const row = pieces.join('');
    pieces.length = 0;
    return row;
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
  // A row starts as the list of what is written in it; its cells are placed when it is drawn
  // (FrameCaches.getRow), and only when no frame of the last two had it.
  [
    `            const row = [];
            for (let x = 0; x < this.width; x++) {
                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });
            }
            output.push(row);`,
    "            output.push([]);",
  ],
  // Only lines of simple characters: slice-ansi also drops stray codes (a close with nothing open),
  // which changes what a transformer's styles do to the line, and characters of no width (both
  // found by the property test).
  [
    "                            return sliceAnsi(line, from, to);",
    "                            return from === 0 && to === width && isSimpleText(line) ? line : sliceAnsi(line, from, to);",
  ],
  [
    `                    const characters = this.caches.getStyledChars(line);
                    let offsetX = x;
                    for (const character of characters) {
                        currentLine[offsetX] = character;
                        // Determine printed width using string-width to align with measurement
                        const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));
                        // For multi-column characters, clear following cells to avoid stray spaces/artifacts
                        if (characterWidth > 1) {
                            for (let index = 1; index < characterWidth; index++) {
                                currentLine[offsetX + index] = {
                                    type: 'char',
                                    value: '',
                                    fullWidth: false,
                                    styles: character.styles,
                                };
                            }
                        }
                        offsetX += characterWidth;
                    }`,
    "                    currentLine.push(x, line);",
  ],
  [
    `            .map(line => {
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();
        })`,
    "            .map(writes => this.caches.getRow(writes, this.width))",
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
