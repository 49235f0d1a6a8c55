// cli-cursor (through Ink) calls restore-cursor, which writes ESC[?25h to stderr at exit: the
// explorer's stderr must stay empty unless there is an error. source/terminal/fullscreen.ts shows
// the cursor again on every way out.
export default () => {};
