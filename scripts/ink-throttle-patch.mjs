// Ink 6.8 throttles frames with es-toolkit's throttle, which is a debounce with a maximum wait: a
// render asked for within the window after a frame restarts the timer, so that key is drawn a whole
// window (34 ms at 30 fps) after it arrived, however long ago the last frame was drawn. The edit puts
// a plain frame gate in its place: a render asked for at least a window after the previous frame
// ended is drawn at once; one asked for sooner is drawn when the window ends, together with every
// other render asked for until then. A burst (a paste over several reads, a held key) still costs one
// frame a window. test/ink-throttle-patch.test.ts drives it with fake timers. The build fails if
// Ink's text moved.

import { editInk } from "./ink-edit.mjs";

const FILE = "ink/build/ink.js";

export const INK_INSTANCE = /[\\/]ink[\\/]build[\\/]ink\.js$/;

const AT = `            const throttled = throttle(this.onRender, renderThrottleMs, {
                leading: true,
                trailing: true,
            });`;

const PATCHED = `            // court-report (scripts/ink-throttle-patch.mjs): at once after a pause, else at the window's end.
            const throttled = frameGate(this.onRender, renderThrottleMs);`;

const GATE = `
function frameGate(draw, windowMs) {
    let ended = -Infinity;
    let timer = null;
    const run = () => {
        timer = null;
        try {
            draw();
        }
        finally {
            ended = Date.now();
        }
    };
    const gate = () => {
        if (timer !== null)
            return;
        const since = Date.now() - ended;
        if (since >= windowMs)
            run();
        else
            timer = setTimeout(run, windowMs - since);
    };
    gate.flush = () => {
        if (timer === null)
            return;
        clearTimeout(timer);
        run();
    };
    gate.cancel = () => {
        if (timer === null)
            return;
        clearTimeout(timer);
        timer = null;
    };
    return gate;
}
`;

const CLASS = "export default class Ink {";

/**
 * Ink's ink.js source → the patched source; throws when Ink no longer has the expected text.
 * @param {string} source
 * @returns {string}
 */
export function patchInkThrottle(source) {
  return editInk(
    FILE,
    editInk(FILE, source, AT, PATCHED, "the render throttle"),
    CLASS,
    `${GATE}${CLASS}`,
    "the Ink class",
  );
}
