// Makes any string safe to print on a terminal: nothing in it can move the cursor, clear the screen,
// set the clipboard (OSC 52), retitle the window, change the text direction or hide from view.
//
// Safety comes from removing every C0/C1 control character (ESC and the 8-bit CSI/OSC/DCS
// introducers included): after that no byte can start a control sequence. Whole sequences are
// removed first only so that their parameters ("[2J", "52;c;…") do not show up as litter.
//
// Kept on purpose: Chinese and all other printable text, emoji with their ZWJ (U+200D), skin-tone
// and variation selectors, keycaps and tag-sequence flags, ZWNJ (U+200C, needed in Persian and
// Indic scripts) and combining marks (at most MAX_MARKS per base, because "Zalgo" stacks draw
// over the neighbouring lines in most terminals).
// Changed: tab becomes one space (tab stops would break width measurement); a lone surrogate
// becomes U+FFFD (that is what reaches the terminal anyway, once encoded as UTF-8).

export interface SanitizeOptions {
  /**
   * true: line breaks (\n, \r\n, \r, NEL, U+2028, U+2029) become "\n", for multi-line blocks.
   * false (default): each becomes one space, for text shown on one line (titles, query boxes).
   */
  keepNewlines?: boolean;
}

const MAX_MARKS = 4;

// String sequences (OSC, DCS, SOS, PM, APC) run to BEL or ST; unterminated ones to the end.
// CSI: parameters, intermediates and final byte. Any other ESC: intermediates and a final byte.
const SEQUENCE =
  /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[\s\S]*?(?:\x07|\x1b\\|\x9c|$)|(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
const LINE_BREAK = /\r\n|[\n\r\x85\u2028\u2029]/g;
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;
const CONTROL_BUT_NEWLINE = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g;
/**
 * Invisible format characters, as the body of a regular-expression class: soft hyphen, Arabic
 * letter mark, Mongolian vowel separator, zero-width space, LRM/RLM, bidi embeddings/overrides/
 * isolates, word joiner, invisible operators and the reserved U+2065, deprecated format controls,
 * BOM, interlinear annotation. sanitize() removes them; the JSON listings escape them.
 */
export const FORMAT_CHARACTERS =
  "\\u00ad\\u061c\\u180e\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb";
const FORMAT = new RegExp(`[${FORMAT_CHARACTERS}]`, "g");
// Tag characters are invisible except as the tail of a flag sequence such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿 (black flag + tags).
const STRAY_TAG = /(?<!\u{1f3f4}[\u{e0020}-\u{e007e}]*)[\u{e0000}-\u{e007f}]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MARK_RUN = new RegExp(`(\\p{Mn}|\\p{Me}){${MAX_MARKS + 1},}`, "gu");

export function sanitize(text: string, options: SanitizeOptions = {}): string {
  const keep = options.keepNewlines ?? false;
  return text
    .replace(SEQUENCE, "")
    .replace(LINE_BREAK, keep ? "\n" : " ")
    .replace(/\t/g, " ")
    .replace(keep ? CONTROL_BUT_NEWLINE : CONTROL, "")
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(FORMAT, "")
    .replace(STRAY_TAG, "")
    .replace(MARK_RUN, (run) => Array.from(run).slice(0, MAX_MARKS).join(""));
}

const ESCAPED = new RegExp(`[\\x00-\\x1f\\x7f-\\x9f${FORMAT_CHARACTERS}]|${LONE_SURROGATE.source}`, "g");
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text typed on the command line, made printable by showing what cannot be seen: controls as \n,
 * \t, \r or \xNN (\x1b for ESC), invisible format characters as \uNNNN, a lone surrogate as U+FFFD.
 * The result is what a command both matches and prints, so an error line quotes exactly what was
 * looked for, on one line.
 */
export function escapeControls(text: string): string {
  return text.replace(ESCAPED, (c) => {
    if (NAMED[c]) return NAMED[c];
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return "\ufffd";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
