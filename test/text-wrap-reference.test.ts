// wrap() measures each unit once and works with the numbers (the first frame wraps the
// whole report). It must give exactly the lines of the plain re-measuring version it replaced, kept
// as test/helpers/wrap-reference.ts: for every paragraph, heading and glossary entry at every
// width a terminal may give the reader, and for random text of every kind wrap() may meet.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { glossary, sectionList } from "../data/index";
import { setAmbiWidth, wrap } from "../source/text/width";
import { referenceWrap } from "./helpers/wrap-reference";

afterEach(() => setAmbiWidth("single"));

const modes = ["single", "double"] as const;
const widths = Array.from({ length: 120 }, (_, i) => i + 1);

const reportTexts = sectionList.flatMap((s) => [s.title, ...s.heading, ...s.paragraphs.map((p) => p.text)]);
const glossaryTexts = glossary.flatMap((e) => [e.term, e.definition, e.reference.text]);

describe("wrap gives the reference's lines", () => {
  it.each(modes)("for every paragraph and heading of the report at widths 1-120 (ambiwidth %s)", (mode) => {
    setAmbiWidth(mode);
    for (const text of reportTexts)
      for (const cols of widths)
        expect(wrap(text, cols), `${cols}: ${text.slice(0, 20)}`).toEqual(referenceWrap(text, cols));
  });

  it.each(modes)("for every glossary entry at widths 1-120 (ambiwidth %s)", (mode) => {
    setAmbiWidth(mode);
    for (const text of glossaryTexts)
      for (const cols of widths)
        expect(wrap(text, cols), `${cols}: ${text.slice(0, 20)}`).toEqual(referenceWrap(text, cols));
  });

  // Pieces wrap() treats differently: CJK (wide, breakable anywhere), Latin words and numbers (kept
  // whole), the punctuation that may not start or end a line, ambiguous-width characters and toned
  // pinyin: the characters the report is made of, which wrap() cuts into runs by a regex...
  const simplePiece = fc.constantFrom(
    "审",
    "结",
    "案",
    "件",
    "㐀",
    "　",
    "，",
    "。",
    "、",
    "；",
    "：",
    "？",
    "！",
    "）",
    "（",
    "《",
    "》",
    "「",
    "」",
    "“",
    "”",
    "‘",
    "’",
    "…",
    "—",
    "·",
    "%",
    ",",
    ".",
    ";",
    ":",
    "?",
    "!",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    " ",
    "a",
    "Z",
    "7",
    "+",
    "-",
    "1948",
    "127.1%",
    "court",
    "shìfàn",
    "sùsòng",
    "ǚ",
    "ü",
    "ń",
    "￥",
  );
  // ...and what it measures grapheme by grapheme: pinyin with combining tones, emoji sequences drawn
  // wider than string-width says, combining marks, Hangul, half-width kana, tabs and line breaks.
  const otherPiece = fc.constantFrom(
    "a\u0301",
    "e\u0300",
    "\u0301",
    "👩‍💻",
    "👨‍👩‍👧",
    "👍🏽",
    "🇨🇳",
    "😀",
    "한",
    "ﾞ",
    "ｱ",
    "\n",
    "\t",
    "\u200b",
  );
  const simpleText = fc.array(simplePiece, { maxLength: 80 }).map((pieces) => pieces.join(""));
  const anyText = fc
    .array(fc.oneof({ arbitrary: simplePiece, weight: 4 }, { arbitrary: otherPiece, weight: 1 }), { maxLength: 60 })
    .map((pieces) => pieces.join(""));

  it.each(modes)("for random text of the report's characters (ambiwidth %s)", (mode) => {
    setAmbiWidth(mode);
    fc.assert(
      fc.property(simpleText, fc.integer({ min: -1, max: 40 }), (t, cols) => {
        expect(wrap(t, cols)).toEqual(referenceWrap(t, cols));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(modes)("for random text mixing in emoji, marks and line breaks (ambiwidth %s)", (mode) => {
    setAmbiWidth(mode);
    fc.assert(
      fc.property(anyText, fc.integer({ min: -1, max: 40 }), (t, cols) => {
        expect(wrap(t, cols)).toEqual(referenceWrap(t, cols));
      }),
      // Found by this property: a line of a flag with a half-width voiced mark, 审, and a with a
      // combining acute measures wider whole than the sum of its units.
      { numRuns: 3000, examples: [["\u{1f1e8}\u{1f1f3}\uff9e审a\u0301", 5]] },
    );
  });
});
