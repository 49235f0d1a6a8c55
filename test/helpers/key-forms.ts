// Byte sequences terminals send, for the input layer's tests: every key form of xterm's ctlseqs
// ("PC-style function keys") and of Ink's parse-keypress table, and the replies and reports that
// arrive on stdin unasked for or asked for by another program.

/** CSI/SS3 letter keys and CSI number keys, plain and with every xterm modifier (2–16), in the
 * CSI, SS3 and rxvt spellings. */
export function keyForms(): string[] {
  const forms = new Set<string>();
  for (const x of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcde") {
    forms.add(`\x1b[${x}`).add(`\x1bO${x}`);
    for (let m = 2; m <= 16; m++) forms.add(`\x1b[1;${m}${x}`).add(`\x1bO${m}${x}`);
  }
  for (let n = 1; n <= 34; n++) {
    for (const f of "~^$@") forms.add(`\x1b[${n}${f}`);
    for (let m = 2; m <= 16; m++) forms.add(`\x1b[${n};${m}~`);
  }
  for (const x of "ABCDE") forms.add(`\x1b[[${x}`);
  return [...forms];
}

/** Not keys: mouse reports, focus events, replies to queries, strings, kitty and modifyOtherKeys keys. */
export const OTHER_SEQUENCES: readonly string[] = [
  "\x1b[<0;10;5M",
  "\x1b[<64;3;3M",
  "\x1b[<0;10;5m",
  "\x1b[M !!",
  "\x1b[32;10;5M",
  "\x1b[I",
  "\x1b[O",
  "\x1b[?64;1;2;6;22c",
  "\x1b[>41;354;0c",
  "\x1b[12;40R",
  "\x1b[?2026;2$y",
  "\x1b]11;rgb:0000/0000/0000\x07",
  "\x1b]10;rgb:ffff/ffff/ffff\x1b\\",
  "\x1bP1$r0m\x1b\\",
  "\x1b_Gi=1;OK\x1b\\",
  "\x1b[97u",
  "\x1b[97;5u",
  "\x1b[97;1:3u",
  "\x1b[13;2u",
  "\x1b[57399u",
  "\x1b[27;5;106~",
  "\x1b[31m",
  "\x1b[2J",
  "\x1b[6n",
  "\x1bc",
  "\x1b\x1b[A",
  "\x1bq",
  "\x9b31m",
];
