// The clipboard over any distance: OSC 52 asks the terminal the user sits at to put text on its
// clipboard — through SSH, through tmux — without X11 or a clipboard program on the server.
// Inside tmux both forms go out: the plain one, which tmux keeps as a paste buffer and passes on to
// the outer terminal when `set -g set-clipboard on`; and the one wrapped in tmux's DCS passthrough,
// which reaches the outer terminal when `set -g allow-passthrough on`. Terminals cap OSC 52, so
// text over LIMIT bytes is refused rather than cut. No terminal answers an OSC 52, so what was sent
// is all that is ever claimed, and where tmux drops it (../terminal/tmux-clipboard.ts) we say so.
import { type ClipRoute, TMUX_CONF_LINE } from "../terminal/tmux-clipboard";

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

/**
 * The explorer's footer line after y / Y sent `chars` characters of `name` (the item's place in the
 * report), `what` saying the form ("" for text, "Markdown，"): "sent", never "copied", since no
 * terminal confirms a copy, and what the route needs for the copy to arrive.
 */
export function copyNotice(name: string, chars: number, what: string, route: ClipRoute): string {
  const sent = (how: string) => `已发送到剪贴板：${name}（${what}${chars}字；${how}）`;
  switch (route) {
    case "dropped":
      return `未复制（tmux 需 ${TMUX_CONF_LINE}，加入 tmux.conf）：${name}`;
    case "tmux":
      return sent("经 tmux，外层终端需支持 OSC 52");
    case "passthrough":
      return sent("经 tmux 直通，终端需支持 OSC 52");
    case "unknown":
      return sent(`tmux 需 ${TMUX_CONF_LINE}`);
    case "terminal":
      return sent("终端需支持 OSC 52");
  }
}

/** --copy's line on stderr once `chars` characters were sent. */
export function copyLine(chars: number, route: ClipRoute): string {
  const sent = `已发送 ${chars} 个字符到剪贴板`;
  switch (route) {
    case "dropped":
      return `未复制：tmux 不转发剪贴板；在 ~/.tmux.conf 加入 ${TMUX_CONF_LINE}`;
    case "tmux":
    case "passthrough":
      return `${sent}（经 tmux；OSC 52：外层终端须支持才能收到）`;
    case "unknown":
      return `${sent}（OSC 52）；在 tmux 里需要 ~/.tmux.conf 中有 ${TMUX_CONF_LINE}`;
    case "terminal":
      return `${sent}（OSC 52：终端须支持才能收到）`;
  }
}
