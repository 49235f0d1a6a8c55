// Ink 6.8's incremental renderer (ink/build/log-update.js) rewrites every row that changed: a
// one-line scroll of a full-width reader costs a screenful. The edit lets the stream Ink writes to
// move rows first (source/app/ink/scroll.ts: delete/insert line, as less and vim do) and tell the
// renderer what the screen then shows, so only the rows still different are written. A stream
// without the hook changes nothing. test/ink-scroll.test.ts draws random frame sequences through the
// patched renderer onto a fake VT100 screen and compares it with a full repaint. The build fails if
// Ink's text moved.

import { editInk } from "./ink-edit.mjs";

const FILE = "ink/build/log-update.js";

export const LOG_UPDATE = /[\\/]ink[\\/]build[\\/]log-update\.js$/;

const AT = `            buffer.push(ansiEscapes.cursorUp(previousVisible - 1));
        }
        for (let i = 0; i < visibleCount; i++) {`;

// The row loop moves past each unchanged row with its own "next line" (3 bytes a row); a run of them
// becomes one ESC[nE. The last move of a frame stays a plain ESC[E: source/app/ink/cursor-fix.ts
// knows a frame's end by it.
const SKIP = `                if (!isLastLine || hasTrailingNewline) {
                    buffer.push(ansiEscapes.cursorNextLine);
                }
                continue;
            }
            buffer.push(ansiEscapes.cursorTo(0) +`;

const SKIPPED = `                if (!isLastLine || hasTrailingNewline) {
                    skipped++;
                }
                continue;
            }
            moveDown();
            buffer.push(ansiEscapes.cursorTo(0) +`;

const END = `        const cursorSuffix = buildCursorSuffix(visibleCount, activeCursor);
        buffer.push(cursorSuffix);
        stream.write(buffer.join(''));`;

const ENDED = `        moveDown();
        const cursorSuffix = buildCursorSuffix(visibleCount, activeCursor);
        buffer.push(cursorSuffix);
        stream.write(buffer.join(''));`;

const PATCHED = `            buffer.push(ansiEscapes.cursorUp(previousVisible - 1));
        }
        // court-report (scripts/log-update-patch.mjs): the cursor is on the frame's first row; rows the
        // stream moves are compared where they now are.
        const scrolled = typeof stream.scrollLines === 'function' ? stream.scrollLines(previousLines, nextLines) : null;
        if (scrolled) {
            buffer.push(scrolled.bytes);
            previousLines = scrolled.lines;
        }
        let skipped = 0;
        const moveDown = () => {
            if (skipped > 1) buffer.push(\`\\u001B[\${skipped - 1}E\`);
            if (skipped > 0) buffer.push(ansiEscapes.cursorNextLine);
            skipped = 0;
        };
        for (let i = 0; i < visibleCount; i++) {`;

/**
 * Ink's log-update.js source → the patched source; throws when Ink no longer has the expected text.
 * @param {string} source
 * @returns {string}
 */
export function patchLogUpdate(source) {
  const rows = editInk(FILE, source, AT, PATCHED, "the row loop");
  return editInk(FILE, editInk(FILE, rows, SKIP, SKIPPED, "the unchanged-row move"), END, ENDED, "the frame's write");
}
