// source/text/width.ts measures and splits the report's characters itself (start-up: string-width's
// emoji regexes and a segmenter cost ~65 ms). These tests hold that fast path to string-width and
// Intl.Segmenter, for every character of the Basic Multilingual Plane, in both ambiwidth modes.
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { paragraphs } from "../data/index";
import { graphemes, setAmbiWidth, width } from "../source/text/width";

const bmp = Array.from({ length: 0xffff - 0x20 + 1 }, (_, i) => i + 0x20)
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCharCode(c));
const segmenter = new Intl.Segmenter();
const segments = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

afterEach(() => setAmbiWidth("single"));

describe("width", () => {
  it.each(["single", "double"] as const)("agrees with string-width on every BMP character (ambiwidth %s)", (mode) => {
    setAmbiWidth(mode);
    const wrong = bmp.filter((c) => width(c) !== stringWidth(c, { ambiguousIsNarrow: mode === "single" }));
    expect(wrong.map((c) => `U+${c.charCodeAt(0).toString(16)}`)).toEqual([]);
  });

  it.each(["single", "double"] as const)("agrees with string-width on every paragraph of the report (ambiwidth %s)", (mode) => {
    setAmbiWidth(mode);
    for (const p of paragraphs) expect(width(p.text), p.id).toBe(stringWidth(p.text, { ambiguousIsNarrow: mode === "single" }));
  });
});

describe("graphemes", () => {
  it("splits like Intl.Segmenter around every BMP character", () => {
    const wrong = bmp.filter((c) => {
      const text = `${c}示${c}a${c}`;
      return graphemes(text).join("|") !== segments(text).join("|");
    });
    expect(wrong.map((c) => `U+${c.charCodeAt(0).toString(16)}`)).toEqual([]);
  });

  it("splits every paragraph of the report like Intl.Segmenter", () => {
    for (const p of paragraphs) expect(graphemes(p.text), p.id).toEqual(segments(p.text));
  });
});
