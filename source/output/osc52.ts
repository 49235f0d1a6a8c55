// The clipboard over any distance: OSC 52 asks the terminal the user sits at to put text on its
// clipboard — through SSH, through tmux — without X11 or a clipboard program on the server.
// Inside tmux both forms go out: the plain one, which tmux keeps as a paste buffer and passes on to
// the outer terminal when `set -g set-clipboard on`; and the one wrapped in tmux's DCS passthrough,
// which reaches the outer terminal when `set -g allow-passthrough on`. Terminals cap OSC 52, so
// text over LIMIT bytes is refused rather than cut.

/** Most terminals accept about 100 kB of OSC 52 (xterm's default is 100,000 bytes of base64). */
export const CLIP_LIMIT = 100 * 1024;

const plain = (base64: string): string => `\x1b]52;c;${base64}\x07`;

/** tmux's passthrough: DCS tmux; … ST, every ESC inside doubled. */
const tmuxWrapped = (sequence: string): string => `\x1bPtmux;${sequence.replaceAll("\x1b", "\x1b\x1b")}\x1b\\`;

export const utf8Length = (text: string): number => Buffer.byteLength(text, "utf8");

/** The bytes that put `text` on the clipboard, or null when it is over the limit. */
export function osc52(text: string, env: NodeJS.ProcessEnv): string | null {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length > CLIP_LIMIT) return null;
  const sequence = plain(bytes.toString("base64"));
  return env.TMUX ? sequence + tmuxWrapped(sequence) : sequence;
}

/** Whether copying is wanted: --no-clipboard or COURT_REPORT_NO_CLIPBOARD turn it off. */
export const clipboardWanted = (flag: boolean | undefined, env: NodeJS.ProcessEnv): boolean =>
  flag !== false && (env.COURT_REPORT_NO_CLIPBOARD ?? "") === "";
