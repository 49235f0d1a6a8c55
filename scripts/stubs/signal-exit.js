// Ink (and, through cli-cursor, restore-cursor) hook process exit and a dozen signals with
// signal-exit: on a signal they redraw and write to the terminal, then re-raise it, and at exit
// restore-cursor writes ESC[?25h to stderr. source/terminal/fullscreen.ts owns every signal and the
// cursor instead (one handler, the right exit code, nothing written to a dead terminal, stderr left
// empty), so the bundle gets this no-op.
export const onExit = () => () => {};
export default onExit;
