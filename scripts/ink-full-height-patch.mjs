// Ink 6.8 (ink/build/ink.js, onRender) takes a frame as high as the terminal for "fullscreen": it
// writes it without its final newline, and clears the screen and writes every row again for the
// frame after it — a screenful for every key. The explorer's frames use every row of the terminal
// (the footer is on the last one): the edit keeps a frame exactly as high as the terminal on the
// incremental path with the others, and source/app/ink/cursor-fix.ts ends each frame with a
// carriage return instead of its newline, so writing the last row never scrolls the screen. A frame
// taller than the terminal keeps Ink's clear-and-repaint. test/dependency-patches.test.ts draws
// full-height frames through the patched bundle onto a fake screen. The build fails if Ink's text moved.

import { editInk } from "./ink-edit.mjs";

const FILE = "ink/build/ink.js";

const FULLSCREEN = "const isFullscreen = this.options.stdout.isTTY && outputHeight >= this.options.stdout.rows;";
const REPAINT = "if (this.lastOutputHeight >= this.options.stdout.rows) {";

/**
 * Ink's ink.js source → the patched source; throws when Ink no longer has the expected text.
 * @param {string} source
 * @returns {string}
 */
export function patchInkFullHeight(source) {
  const height = editInk(FILE, source, FULLSCREEN, FULLSCREEN.replace(">=", ">"), "the fullscreen test");
  return editInk(FILE, height, REPAINT, REPAINT.replace(">=", ">"), "the repaint after a fullscreen frame");
}
