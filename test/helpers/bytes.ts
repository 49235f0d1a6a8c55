// Byte-level checks on what a program wrote to a terminal or a pipe.

/** Everything a terminal could act on, in decoded text: C0 controls other than \n, DEL, C1 controls, bidi controls. */
const ACTIVE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;
/** Colour and attribute changes (SGR) are the only escape sequences a program may write on purpose. */
const SGR = /\x1b\[[0-9;:]*m/g;

export interface Offence {
  index: number;
  context: string;
}

/** The first control character in `output`, or null; `allowSgr` tolerates colour sequences. */
export function firstControl(
  output: string | Buffer,
  options: { allowSgr?: boolean; allowCr?: boolean; allowCursor?: boolean } = {},
): Offence | null {
  let text = typeof output === "string" ? output : output.toString("utf8");
  if (options.allowSgr) text = text.replace(SGR, "");
  // Ink shows the cursor again when it unmounts.
  if (options.allowCursor) text = text.replace(/\x1b\[\?25[hl]/g, "");
  if (options.allowCr) text = text.replace(/\r\n/g, "\n");
  const match = ACTIVE.exec(text);
  if (!match) return null;
  const i = match.index;
  return { index: i, context: JSON.stringify(text.slice(Math.max(0, i - 30), i + 30)) };
}
