// Terminal input bytes → KeyEvents. Pure and stateful: feed() takes each chunk as read() returned it
// and gives back the events it completes, in order; a sequence cut between two reads waits inside
// the decoder for the rest. Nothing here throws, whatever the bytes.
//
//   const decoder = createDecoder();
//   emit(decoder.feed(chunk));                    // on every read
//   if (decoder.waiting()) setTimeout(() => emit(decoder.flush()), decoder.waiting());
//
// What it understands (xterm's ctlseqs, plus what kitty, iTerm2, tmux and the Linux console send):
//   printable runs              one {kind:"text"} per run (fast typing, an IME commit)
//   C0 controls                 "enter" (CR, LF), "tab", "backspace" (DEL, BS), "ctrl-a" … "ctrl-z" …
//   ESC [ … final, ESC O final  cursor, editing and function keys with xterm modifiers ("ctrl-f1",
//                               "shift-up"); kitty's CSI u and xterm's CSI 27;m;c~ keys
//   ESC + key                   "meta-<key>" (Alt)
//   ESC [200~ … ESC [201~       bracketed paste: one {kind:"paste"}, its line breaks made spaces
// Ignored, whole: mouse reports (X10, SGR, urxvt), focus in/out, replies to queries (DA, DSR, DECRQM,
// window reports: CSI with a private prefix, or final bytes no key uses), OSC/DCS/APC/PM/SOS strings,
// key releases from kitty's protocol, C1 controls. Invalid UTF-8 becomes U+FFFD (typed, harmless).
//
// A lone ESC is the Escape key only once nothing follows it for ESC_TIMEOUT_MS (50 ms, as in vim's
// 'ttimeoutlen' advice and tmux's escape-time for local terminals); an unfinished paste waits
// PASTE_TIMEOUT_MS for its end marker, then what came is pasted.
import type { KeyEvent, KeyName } from "./key-event";

export const ESC_TIMEOUT_MS = 50;
export const PASTE_TIMEOUT_MS = 500;
/** A sequence longer than this is garbage, not something a terminal sends: it is dropped. */
const MAX_SEQUENCE = 256;

export interface Decoder {
  /** Decodes one chunk of bytes (or an already decoded string); returns the events it completes. */
  feed(chunk: Uint8Array | string): KeyEvent[];
  /** How long to wait for the rest of an unfinished sequence before flush(), in ms; 0 when nothing waits. */
  waiting(): number;
  /** Ends an unfinished sequence: a lone ESC is Escape, an unfinished paste is pasted, anything else dropped. */
  flush(): KeyEvent[];
}

const PASTE_END = "\x1b[201~";

/** xterm's modifier parameter (1 + bits: shift 1, alt 2, ctrl 4, meta 8) as a name prefix. */
function modifiers(param: number): string {
  const bits = Number.isInteger(param) && param > 1 ? param - 1 : 0;
  return (bits & 4 ? "ctrl-" : "") + (bits & 2 || bits & 8 ? "meta-" : "") + (bits & 1 ? "shift-" : "");
}

/** Final bytes of CSI/SS3 keys without a number: ESC [ A, ESC O A, ESC [ 1;5A. */
const LETTER_KEYS: Record<string, KeyName> = {
  A: "up",
  B: "down",
  C: "right",
  D: "left",
  H: "home",
  F: "end",
  E: "begin",
  P: "f1",
  Q: "f2",
  R: "f3",
  S: "f4",
};
/** SS3 keypad keys in application mode. */
const SS3_ONLY: Record<string, KeyName> = { M: "enter", j: "*", k: "+", m: "-", n: ".", o: "/" };
/** ESC [ n ~ keys (vt220), and rxvt's ESC [ n $ / ^ / @ forms of the same numbers. */
const TILDE_KEYS: Record<number, KeyName> = {
  1: "home",
  2: "insert",
  3: "delete",
  4: "end",
  5: "pageup",
  6: "pagedown",
  7: "home",
  8: "end",
  11: "f1",
  12: "f2",
  13: "f3",
  14: "f4",
  15: "f5",
  17: "f6",
  18: "f7",
  19: "f8",
  20: "f9",
  21: "f10",
  23: "f11",
  24: "f12",
};
/** Linux console function keys: ESC [ [ A … E. */
const CONSOLE_KEYS: Record<string, KeyName> = { A: "f1", B: "f2", C: "f3", D: "f4", E: "f5" };

/** A C0 control byte (or DEL) as a key. */
function controlKey(code: number): KeyName | null {
  if (code === 0x0d || code === 0x0a) return "enter";
  if (code === 0x09) return "tab";
  if (code === 0x7f || code === 0x08) return "backspace";
  if (code === 0x1b) return "escape";
  if (code === 0x00) return "ctrl-space";
  if (code < 0x1b) return `ctrl-${String.fromCharCode(code + 0x60)}`;
  if (code < 0x20) return `ctrl-${"\\]^_"[code - 0x1c]}`;
  return null;
}

/** A key code of kitty's CSI u (and xterm's CSI 27;m;c~) with its modifier parameter. */
function codeKey(code: number, mods: number): KeyEvent | null {
  const prefix = modifiers(mods);
  const named = controlKey(code);
  if (named !== null) return { kind: "key", key: named === "escape" || !prefix ? named : prefix + named };
  if (!Number.isInteger(code) || code < 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  // Kitty sends function keys and keypad keys in the Private Use Area: nothing the keymap knows.
  if (code >= 0xe000 && code <= 0xf8ff) return null;
  const char = String.fromCodePoint(code);
  if (prefix === "" || prefix === "shift-") return { kind: "text", text: char };
  if (prefix === "ctrl-" && /^[a-z]$/i.test(char)) return { kind: "key", key: `ctrl-${char.toLowerCase()}` };
  return { kind: "key", key: prefix.replace("shift-", "") + char };
}

const key = (name: KeyName): KeyEvent => ({ kind: "key", key: name });

/** A complete CSI sequence (ESC [ params intermediates final) as a key, or null when it is no key. */
function csiKey(params: string, final: string): KeyEvent | null {
  // Private prefixes (? > < =) mark replies and mouse reports, never keys.
  if (/^[<=>?]/.test(params)) return null;
  if (params.startsWith("[")) return CONSOLE_KEYS[final] ? key(CONSOLE_KEYS[final]) : null;
  const fields = params.split(";").map((f) => Number(f.split(":")[0] || "1"));
  if (final === "Z") return key("backtab");
  if (final === "u") {
    const mods = eventMods(params);
    return Number.isNaN(mods) ? null : codeKey(Number(params.split(";")[0]!.split(":")[0]), mods);
  }
  if (final === "~" || final === "$" || final === "^" || final === "@") {
    if (fields[0] === 27 && fields.length >= 3) return codeKey(fields[2]!, fields[1]!);
    const name = TILDE_KEYS[fields[0]!];
    if (!name) return null;
    const mods = final === "$" ? 2 : final === "^" ? 5 : final === "@" ? 6 : (fields[1] ?? 1);
    return key(modifiers(mods) + name);
  }
  const name = LETTER_KEYS[final];
  // CSI 2R and the like: a cursor position report, not F3.
  if (!name || fields.length > 2 || (fields.length === 2 && fields[0] !== 1)) return null;
  return key(modifiers(fields[1] ?? 1) + name);
}

/** kitty's CSI u modifier field "mods:event"; key releases (event 3) are no keys. */
function eventMods(params: string): number {
  const [mods = "1", event = "1"] = (params.split(";")[1] ?? "1").split(":");
  return event === "3" ? Number.NaN : Number(mods || "1");
}

function ss3Key(params: string, final: string): KeyEvent | null {
  const name = LETTER_KEYS[final] ?? SS3_ONLY[final];
  if (!name) return null;
  return key(modifiers(Number(params.split(";").pop() || "1")) + name);
}

export function createDecoder(): Decoder {
  const utf8 = new TextDecoder("utf-8", { fatal: false });
  /** Decoded text not yet turned into events (an unfinished sequence, or a paste without its end). */
  let rest = "";
  let pasting = false;

  /** Parses as much of `rest` as is complete; returns the events in order. */
  function parse(final: boolean): KeyEvent[] {
    const events: KeyEvent[] = [];
    const text = (t: string) => {
      const last = events[events.length - 1];
      if (last?.kind === "text") events[events.length - 1] = { kind: "text", text: last.text + t };
      else events.push({ kind: "text", text: t });
    };
    let s = rest;
    let i = 0;
    while (i < s.length) {
      if (pasting) {
        const end = s.indexOf(PASTE_END, i);
        if (end < 0 && !final) break;
        const body = s.slice(i, end < 0 ? s.length : end);
        // A pasted line break is a space, never Enter (the paste must not run a command).
        const pasted = body.replace(/\r\n|[\r\n]/g, " ");
        if (pasted !== "") events.push({ kind: "paste", text: pasted });
        pasting = false;
        i = end < 0 ? s.length : end + PASTE_END.length;
        continue;
      }
      const c = s.charCodeAt(i);
      if (c === 0x1b) {
        const used = escapeSequence(s, i, final, events);
        if (used === 0) break; // unfinished: wait for more
        i += used;
        continue;
      }
      if (c < 0x20 || c === 0x7f) {
        events.push(key(controlKey(c)!));
        i++;
        continue;
      }
      if (c >= 0x80 && c <= 0x9f) {
        i++; // C1 controls (8-bit CSI and friends) start nothing here
        continue;
      }
      let j = i + 1;
      while (j < s.length) {
        const d = s.charCodeAt(j);
        if (d < 0x20 || d === 0x7f || (d >= 0x80 && d <= 0x9f)) break;
        j++;
      }
      text(s.slice(i, j));
      i = j;
    }
    s = s.slice(i);
    rest = s;
    return events;
  }

  /**
   * Handles the escape sequence at s[i]. Returns how many characters it used, or 0 when it is
   * unfinished and more input may complete it (never 0 when `final`).
   */
  function escapeSequence(s: string, i: number, final: boolean, events: KeyEvent[]): number {
    const next = s[i + 1];
    if (next === undefined) {
      if (!final) return 0;
      events.push(key("escape"));
      return 1;
    }
    if (next === "[" || next === "O") {
      // CSI/SS3: parameters (0x30–0x3f), intermediates (0x20–0x2f), one final byte (0x40–0x7e).
      let j = i + 2;
      if (next === "[" && s[j] === "[" && j + 1 < s.length) j++; // Linux console F1–F5: ESC [ [ A
      while (j < s.length && /[\x30-\x3f]/.test(s[j]!)) j++;
      const paramsEnd = j;
      // rxvt's shifted keys end in "$", an intermediate byte elsewhere: ESC [ 7 $ is Shift-Home. It
      // ends there whatever follows, so a read cut right after the "$" decodes as the whole input
      // would (no report a terminal sends has only digits before a "$").
      if (next === "[" && s[paramsEnd] === "$" && /^\d+$/.test(s.slice(i + 2, paramsEnd))) {
        const event = csiKey(s.slice(i + 2, paramsEnd), "$");
        if (event) events.push(event);
        return paramsEnd + 1 - i;
      }
      while (j < s.length && /[\x20-\x2f]/.test(s[j]!)) j++;
      if (j >= s.length) {
        if (!final && j - i < MAX_SEQUENCE) return 0;
        // Cut off for good: ESC [ alone was Alt-[, the rest is dropped.
        events.push(key(next === "[" ? "meta-[" : "meta-O"));
        return j - i;
      }
      const finalByte = s[j]!;
      if (!/[\x40-\x7e]/.test(finalByte)) {
        // Not a sequence after all (a control or text interrupted it): drop what came, go on from there.
        return j - i;
      }
      const params = s.slice(i + 2, j);
      if (next === "[" && params === "" && finalByte === "M") {
        // X10 mouse report: three raw bytes follow.
        if (s.length < j + 4 && !final) return 0;
        return Math.min(s.length, j + 4) - i;
      }
      if (next === "[" && params === "200" && finalByte === "~") {
        pasting = true;
        return j + 1 - i;
      }
      const event = next === "[" ? csiKey(params, finalByte) : ss3Key(params, finalByte);
      if (event) events.push(event);
      return j + 1 - i;
    }
    if (next === "]" || next === "P" || next === "_" || next === "^" || next === "X") {
      // A string (OSC, DCS, APC, PM, SOS) runs to BEL or ST: a terminal's reply, never a key.
      const bel = s.indexOf("\x07", i + 2);
      const st = s.indexOf("\x1b\\", i + 2);
      const end = bel < 0 ? st : st < 0 ? bel : Math.min(bel, st);
      if (end < 0) return final || s.length - i > 4096 ? s.length - i : 0;
      return end + (end === bel ? 1 : 2) - i;
    }
    if (next === "\x1b") {
      // ESC ESC …: the first is Escape; the second starts whatever follows.
      events.push(key("escape"));
      return 1;
    }
    const code = next.codePointAt(0)!;
    const control = code < 0x20 || code === 0x7f ? controlKey(code) : null;
    if (control !== null) {
      events.push(key(`meta-${control}`));
      return 2;
    }
    if (code >= 0x80 && code <= 0x9f) {
      events.push(key("escape"));
      return 1;
    }
    // Alt + a printable character (the whole code point, surrogate pairs included).
    const char = String.fromCodePoint(code);
    events.push(key(`meta-${char}`));
    return 1 + char.length;
  }

  return {
    feed(chunk) {
      rest += typeof chunk === "string" ? chunk : utf8.decode(chunk, { stream: true });
      return parse(false);
    },
    waiting() {
      if (pasting) return PASTE_TIMEOUT_MS;
      return rest === "" ? 0 : ESC_TIMEOUT_MS;
    },
    flush() {
      rest += utf8.decode();
      return parse(true);
    },
  };
}
