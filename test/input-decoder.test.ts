// The input layer's decoder: bytes as a terminal sends them → key events, in order, whatever the bytes.
// Not exported by Ink: loaded by path, to test against the parser Ink 6.8 really runs.

import { describe, expect, it } from "vitest";
import parseKeypress from "../node_modules/ink/build/parse-keypress.js";
import { contextOf } from "../source/app/context-of";
import { initialState, type State } from "../source/app/state";
import { applyKeyEvent } from "../source/app/update";
import { createDecoder, ESC_TIMEOUT_MS } from "../source/input/decoder";
import type { KeyEvent } from "../source/input/key-event";
import { keyForms } from "./helpers/key-forms";

/** Every event of the chunks, fed one by one, then flushed as the reader's timer would. */
function decode(...chunks: (string | Uint8Array)[]): KeyEvent[] {
  const d = createDecoder();
  const events = chunks.flatMap((c) => d.feed(c));
  return [...events, ...(d.waiting() > 0 ? d.flush() : [])];
}
const k = (key: string): KeyEvent => ({ kind: "key", key });
/** The state after each event in order, and whether any of them asked to quit. */
function run(state: State, events: readonly KeyEvent[]): { state: State; quit: boolean } {
  let s = state;
  let quit = false;
  for (const e of events) {
    const step = applyKeyEvent(s, e);
    s = step.state;
    quit ||= step.effects.some((x) => x.type === "quit");
  }
  return { state: s, quit };
}
const reduceKeyEvent = (state: State, event: KeyEvent): State => applyKeyEvent(state, event).state;
const t = (text: string): KeyEvent => ({ kind: "text", text });

describe("keys batched in one read are each emitted, in order", () => {
  it("s f s s Enter: text then Enter", () => expect(decode("sfss\r")).toEqual([t("sfss"), k("enter")]));
  it("j C-c, a b C-u, a b Tab, C-z", () => {
    expect(decode("j\x03")).toEqual([t("j"), k("ctrl-c")]);
    expect(decode("ab\x15")).toEqual([t("ab"), k("ctrl-u")]);
    expect(decode("ab\t")).toEqual([t("ab"), k("tab")]);
    expect(decode("\x1a")).toEqual([k("ctrl-z")]);
  });
  it("arrows, Esc and text mixed", () =>
    expect(decode("\x1b[B\x1b[Bx\x1b\x1b[A")).toEqual([k("down"), k("down"), t("x"), k("escape"), k("up")]));
  it("Chinese text (an IME commit) is one text event", () => expect(decode("示范诉讼")).toEqual([t("示范诉讼")]));
});

describe("sequences split across reads wait for the rest", () => {
  it("CSI cut anywhere", () => {
    const seq = "\x1b[1;5A";
    for (let i = 1; i < seq.length; i++) expect(decode(seq.slice(0, i), seq.slice(i))).toEqual([k("ctrl-up")]);
  });
  it("UTF-8 cut inside a character", () => {
    const bytes = new TextEncoder().encode("示");
    expect(decode(bytes.slice(0, 1), bytes.slice(1))).toEqual([t("示")]);
  });
  it("a lone ESC is Escape only after the timeout", () => {
    const d = createDecoder();
    expect(d.feed("\x1b")).toEqual([]);
    expect(d.waiting()).toBe(ESC_TIMEOUT_MS);
    expect(d.flush()).toEqual([k("escape")]);
    expect(d.waiting()).toBe(0);
  });
  it("a paste split across reads, its end marker cut too", () =>
    expect(decode("\x1b[20", "0~ab\nc\x1b[2", "01~q")).toEqual([{ kind: "paste", text: "ab c" }, t("q")]));
});

describe("bracketed paste", () => {
  it("is one paste event; line breaks become spaces; escapes inside stay inert text", () =>
    expect(decode("\x1b[200~a\r\nb\x03\x1b[31mc\x1b[201~")).toEqual([{ kind: "paste", text: "a b\x03\x1b[31mc" }]));
  it("without its end marker, what came is pasted when the wait ends", () =>
    expect(decode("\x1b[200~abc")).toEqual([{ kind: "paste", text: "abc" }]));
});

describe("what is no key is ignored, whole", () => {
  it.each([
    ["SGR mouse", "\x1b[<0;10;5M\x1b[<0;10;5m"],
    ["X10 mouse", "\x1b[M !!"],
    ["urxvt mouse", "\x1b[32;10;5M"],
    ["focus in/out", "\x1b[I\x1b[O"],
    ["DA1 reply", "\x1b[?64;1;2;6;22c"],
    ["DA2 reply", "\x1b[>41;354;0c"],
    ["cursor position report", "\x1b[12;40R"],
    ["DECRQM reply", "\x1b[?2026;2$y"],
    ["OSC 11 reply (BEL)", "\x1b]11;rgb:0000/0000/0000\x07"],
    ["OSC reply (ST)", "\x1b]10;rgb:ffff/ffff/ffff\x1b\\"],
    ["DCS reply", "\x1bP1$r0m\x1b\\"],
    ["SGR in a raw paste", "\x1b[31m"],
    ["DSR request echoed", "\x1b[6n"],
    ["C1 controls", "\u009b\u0090\u009d"],
    ["kitty key release", "\x1b[97;1:3u"],
  ])("%s", (_, bytes) => expect(decode(bytes)).toEqual([]));
  it("text after an ignored sequence is kept", () => expect(decode("\x1b[<0;1;1Mok")).toEqual([t("ok")]));
  it("invalid UTF-8 becomes U+FFFD text, and the next key still counts", () =>
    expect(decode(new Uint8Array([0xff, 0xc3, 0x28, 0x0d]))).toEqual([t("\ufffd\ufffd("), k("enter")]));
});

describe("keys of every terminal", () => {
  it.each([
    ["\x1bOA", "up"],
    ["\x1b[1;5P", "ctrl-f1"],
    ["\x1b[1;6P", "ctrl-shift-f1"],
    ["\x1bO5P", "ctrl-f1"],
    ["\x1b[15;5~", "ctrl-f5"],
    ["\x1b[3~", "delete"],
    ["\x1b[5~", "pageup"],
    ["\x1b[[A", "f1"],
    ["\x1b[Z", "backtab"],
    ["\x1b[7$", "shift-home"],
    ["\x1b[13u", "enter"],
    ["\x1b[99;5u", "ctrl-c"],
    ["\x1b[27;5;99~", "ctrl-c"],
    ["\x1b[27u", "escape"],
    ["\x1bq", "meta-q"],
    ["\x1b\x7f", "meta-backspace"],
    ["\x7f", "backspace"],
    ["\b", "backspace"],
    ["\n", "enter"],
  ])("%j is %s", (bytes, name) => expect(decode(bytes)).toEqual([k(name)]));
  it("kitty: a shifted letter is text", () => expect(decode("\x1b[65;2u")).toEqual([t("A")]));
  it("rxvt's Shift-Home ends at its $ whatever follows, in one read or cut after the $ (a fuzz seed)", () => {
    for (const after of ["a", " ", "~"]) {
      const whole = decode(`\x1b[7$${after}`);
      expect(whole[0]).toEqual(k("shift-home"));
      expect(decode("\x1b[7$", after)).toEqual(whole);
    }
  });
});

// ------------------------------------------------------------------ the forms that crash Ink 6.8

/** Ink 6.8's useInput calls input.startsWith(…) on the name when ctrl is set: no name, a crash. */
const crashesInk = (bytes: string) => {
  const key = parseKeypress(bytes) as { ctrl: boolean; name?: string };
  return key.ctrl && !key.name;
};
const CRASHING = keyForms().filter(crashesInk);

describe("the CSI/SS3 forms that crash Ink's parser", () => {
  it("exist (the enumeration reproduces the bug)", () => {
    // C-F1 (tmux send-keys C-F1) among them, as the attack found.
    expect(CRASHING).toContain("\x1b[1;5P");
    expect(CRASHING.length).toBeGreaterThanOrEqual(112);
  });

  it(`all ${CRASHING.length} are decoded without a throw and leave every pane working`, () => {
    for (const pane of ["1", "4", "5"]) {
      let s: State = reduceKeyEvent(initialState({ columns: 80, rows: 24 }), t(pane));
      for (const form of CRASHING) {
        const after = run(s, decode(form));
        expect(after.quit, JSON.stringify(form)).toBe(false);
        s = after.state;
      }
      // The box (when there is one) still takes text, and q still quits outside it.
      s = reduceKeyEvent(s, k("escape"));
      expect(contextOf(s)).not.toBe("input");
      expect(run(s, [t("q")]).quit).toBe(true);
    }
  });
});

describe("reduceKeyEvent", () => {
  const start = () => initialState({ columns: 80, rows: 24 });
  it("text outside a box is keys: '/abc' focuses the box, then types abc", () => {
    const s = reduceKeyEvent(start(), t("2/abc"));
    expect(s.pane).toBe("data");
    expect(s.data.filter).toMatchObject({ text: "abc", focused: true });
  });
  it("text in a box is typed, q included; a paste outside a box does nothing", () => {
    const s = reduceKeyEvent(reduceKeyEvent(start(), t("5")), t("q"));
    expect(s.search.query.text).toBe("q");
    expect(reduceKeyEvent(start(), { kind: "paste", text: "q" })).toEqual(start());
  });
  it("batched: sfss then Enter opens the first hit; j then C-c quits", () => {
    let s = reduceKeyEvent(start(), t("4"));
    for (const e of decode("sfss\r")) s = reduceKeyEvent(s, e);
    expect(s.glossary.query.text).toBe("sfss");
    expect(s.glossary.detail).not.toBeNull();
    expect(run(start(), decode("j\x03")).quit).toBe(true);
  });
  it("in a box: a b C-u clears it; a b Tab leaves the pane", () => {
    let s = reduceKeyEvent(start(), t("5"));
    for (const e of decode("ab\x15")) s = reduceKeyEvent(s, e);
    expect(s.search.query.text).toBe("");
    for (const e of decode("ab\t")) s = reduceKeyEvent(s, e);
    expect(s.pane).not.toBe("search");
  });
});
