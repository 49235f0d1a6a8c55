// Ink 6.8's Output (ink/build/output.js) builds every frame from nothing: fresh caches, so every
// line is tokenized again even when the frame before had it; a new object per blank cell;
// slice-ansi on every line inside an overflow="hidden" box even when nothing is cut (now skipped
// for plain lines); and ansi-tokenize's style diff (three Sets, four arrays) between every two
// neighbouring cells. Measured on the bench's key sequence: 123 MB allocated → 72 MB, and with it
// fewer collections and promotions (peak memory). The edits change no byte of the frame:
// test/ink-output-patch.test.ts renders random frames through both versions and compares them.
// The build fails if Ink's text moved.

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
            cached = this.previous?.styledChars.get(line) ?? styledCharsFromTokens(tokenize(line));
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
const EDITS = [
  [
    "import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';",
    "import { ansiCodesToString, diffAnsiCodes, styledCharsFromTokens, tokenize, } from '@alcalzone/ansi-tokenize';",
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
  // Only plain lines: slice-ansi also drops stray codes (a close with nothing open), which changes
  // what a transformer's styles do to the line (found by the property test).
  [
    "                            return sliceAnsi(line, from, to);",
    "                            return from === 0 && to === width && !line.includes('\\u001B') ? line : sliceAnsi(line, from, to);",
  ],
  [
    "return styledCharsToString(lineWithoutEmptyItems).trimEnd();",
    "return rowToString(lineWithoutEmptyItems).trimEnd();",
  ],
];

/** Ink's output.js source → the patched source; throws when Ink no longer has the expected text. */
export function patchInkOutput(source) {
  let out = source;
  for (const [from, to] of EDITS) {
    const count = out.split(from).length - 1;
    if (count !== 1)
      throw new Error(
        `ink/build/output.js: expected ${JSON.stringify(from.trim().slice(0, 60))} once, found ${count}; Ink changed`,
      );
    out = out.replace(from, () => to);
  }
  return out;
}
