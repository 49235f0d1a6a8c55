import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figures, glossary, paragraphs, sectionList } from "../data/index";
import { sanitize } from "../source/text/sanitize";
import { width } from "../source/text/width";

// Anything a terminal could act on: C0/C1 controls (ESC, 8-bit CSI/OSC/DCS included) and bidi controls.
const ACTIVE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;

describe("sanitize removes whole control sequences", () => {
  const cases: [string, string][] = [
    ["clear screen", "a\x1b[2Jb"],
    ["cursor home + erase line", "a\x1b[H\x1b[Kb"],
    ["SGR colour", "a\x1b[1;31;48;5;196mb\x1b[0m"],
    ["private mode (leave alt screen, show cursor)", "a\x1b[?1049l\x1b[?25hb"],
    ["OSC 52 clipboard write, BEL-terminated", "a\x1b]52;c;cm0gLXJmIH4K\x07b"],
    ["OSC 0 window title, ST-terminated", "a\x1b]0;pwned\x1b\\b"],
    ["OSC 8 hyperlink", "a\x1b]8;;https://evil.example\x1b\\b"],
    ["DCS (tmux passthrough)", "a\x1bPtmux;\x1b\x1b]52;c;eA==\x07\x1b\\b"],
    ["APC", "a\x1b_Gf=100;AAAA\x1b\\b"],
    ["8-bit CSI", "a\x9b2Jb"],
    ["8-bit OSC with 8-bit ST", "a\x9d0;title\x9cb"],
    ["reset (RIS)", "a\x1bcb"],
    ["charset switch", "a\x1b(0b"],
    ["save cursor", "a\x1b7b"],
    ["DECSCUSR with intermediate", "a\x1b[2 qb"],
  ];
  it.each(cases)("%s", (_name, hostile) => {
    expect(sanitize(hostile)).toBe("ab");
  });

  it("drops an unterminated string sequence to the end (the terminal would swallow it too)", () => {
    expect(sanitize("ok\x1b]52;c;AAAA")).toBe("ok");
    expect(sanitize("ok\x1b")).toBe("ok");
    expect(sanitize("ok\x1b[")).toBe("ok");
  });

  it("keeps text that follows an incomplete CSI", () => {
    expect(sanitize("\x1b[12示范")).toBe("示范");
  });
});

describe("sanitize removes single control and invisible characters", () => {
  it("C0 and C1 controls, DEL, bell, backspace, carriage return", () => {
    expect(sanitize("a\x00b\x07c\x08d\x7fe\x80f\x8dg\x9ch")).toBe("abcdefgh");
    expect(sanitize("secret\rpublic")).toBe("secret public");
  });

  it("bidi embeddings, overrides and isolates (Trojan Source)", () => {
    const trojan = "access\u202e\u2066// admin\u2069\u2066level";
    expect(sanitize(trojan)).toBe("access// adminlevel");
    expect(sanitize("a\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061cb")).toBe("ab");
  });

  it("zero-width space, word joiner, BOM, soft hyphen, stray tag characters", () => {
    expect(sanitize("\ufeff示\u200b范\u2060诉\u00ad讼\u{e0041}")).toBe("示范诉讼");
  });

  it("tab becomes one space; line breaks become spaces unless kept", () => {
    expect(sanitize("a\tb")).toBe("a b");
    expect(sanitize("a\nb\r\nc\rd\u2028e\x85f")).toBe("a b c d e f");
    expect(sanitize("a\nb\r\nc\rd\u2029e", { keepNewlines: true })).toBe("a\nb\nc\nd\ne");
    expect(sanitize("a\n\x1b[2Jb\x0bc", { keepNewlines: true })).toBe("a\nbc");
  });

  it("replaces a lone surrogate", () => {
    expect(sanitize("a\ud83db")).toBe("a\ufffdb");
    expect(sanitize("a\ude00b")).toBe("a\ufffdb");
  });
});

describe("sanitize keeps real text intact", () => {
  it.each([
    ["Chinese with ambiguous punctuation", "“示范诉讼”——审结案件1.2万件……"],
    ["ZWJ family emoji", "👨‍👩‍👧‍👦"],
    ["skin tone + ZWJ profession", "👩🏽‍💻"],
    ["keycap", "1️⃣"],
    ["flag of Scotland (tag sequence)", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"],
    ["regional-indicator flag", "🇨🇳"],
    ["combining accents (NFD)", "e\u0301le\u0300ve Vie\u0323\u0302t"],
    ["Persian ZWNJ", "می\u200cخواهم"],
    ["Hindi with spacing and non-spacing marks", "हिन्दी"],
    ["CJK ideographic variation selector", "葛\u{e0100}"],
  ])("%s", (_name, text) => {
    expect(sanitize(text)).toBe(text);
  });

  it("caps a stack of combining marks at four per base", () => {
    const zalgo = "Z" + "\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307" + "a";
    expect(sanitize(zalgo)).toBe("Z\u0300\u0301\u0302\u0303a");
  });

  it("leaves every string of the report's data module unchanged", () => {
    const strings = [
      ...paragraphs.map((p) => p.text),
      ...sectionList.flatMap((s) => [s.title, ...s.heading]),
      ...glossary.flatMap((g) => [g.term, g.definition, g.reference.text]),
      ...figures.flatMap((m) => [m.label, m.unit, m.quote]),
    ];
    expect(strings.length).toBeGreaterThan(100);
    for (const s of strings) expect(sanitize(s)).toBe(s);
  });
});

describe("sanitize properties", () => {
  const hostileChar = fc.oneof(
    fc.constantFrom(
      "\x1b",
      "[",
      "]",
      "\x07",
      "\\",
      "P",
      "2",
      "J",
      ";",
      "\x9b",
      "\x9d",
      "\x9c",
      "\n",
      "\r",
      "\t",
      "\u202e",
      "\u2066",
      "\u200d",
      "\u0301",
      "\ud83d",
      "\ude00",
      "\u{e0041}",
      "🏴",
      "示",
      "👩",
    ),
    fc.string({ unit: "binary", maxLength: 1 }),
  );
  const hostile = fc.array(hostileChar, { maxLength: 60 }).map((a) => a.join(""));

  it("output never holds a control or bidi character, and is stable", () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (text, keepNewlines) => {
        const out = sanitize(text, { keepNewlines });
        const active = keepNewlines ? out.replace(/\n/g, "") : out;
        expect(ACTIVE.test(active)).toBe(false);
        expect(out).toBe(Buffer.from(out, "utf8").toString("utf8")); // no lone surrogates
        expect(sanitize(out, { keepNewlines })).toBe(out);
      }),
      { numRuns: 3000 },
    );
  });

  it("printable text without controls is unchanged and keeps its width", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        fc.pre(!/[\p{Cc}\p{Cf}\p{Cs}\p{M}\u2028\u2029]/u.test(text));
        expect(sanitize(text)).toBe(text);
        expect(width(sanitize(text))).toBe(width(text));
      }),
      { numRuns: 2000 },
    );
  });
});
