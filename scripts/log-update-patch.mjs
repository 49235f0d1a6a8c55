// Ink 6.8's incremental renderer (ink/build/log-update.js) rewrites every row that changed: a
// one-line scroll of a full-width reader costs a screenful. The edit lets the stream Ink writes to
// move rows first (source/app/ink/scroll.ts: delete/insert line, as less and vim do) and tell the
// renderer what the screen then shows, so only the rows still different are written. A stream
// without the hook changes nothing. test/ink-scroll.test.ts draws random frame sequences through the
// patched renderer onto a fake VT100 screen and compares it with a full repaint. The build fails if
// Ink's text moved.

export const LOG_UPDATE = /[\\/]ink[\\/]build[\\/]log-update\.js$/;

const AT = `            buffer.push(ansiEscapes.cursorUp(previousVisible - 1));
        }
        for (let i = 0; i < visibleCount; i++) {`;

const PATCHED = `            buffer.push(ansiEscapes.cursorUp(previousVisible - 1));
        }
        // court-report (scripts/log-update-patch.mjs): the cursor is on the frame's first row; rows the
        // stream moves are compared where they now are.
        const scrolled = typeof stream.scrollLines === 'function' ? stream.scrollLines(previousLines, nextLines) : null;
        if (scrolled) {
            buffer.push(scrolled.bytes);
            previousLines = scrolled.lines;
        }
        for (let i = 0; i < visibleCount; i++) {`;

/** Ink's log-update.js source → the patched source; throws when Ink no longer has the expected text. */
export function patchLogUpdate(source) {
  const count = source.split(AT).length - 1;
  if (count !== 1) throw new Error(`ink/build/log-update.js: expected the row loop once, found ${count}; Ink changed`);
  return source.replace(AT, () => PATCHED);
}
