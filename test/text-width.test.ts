import { describe, expect, it } from "vitest";
import { paragraphs } from "../data/index";
import { padEnd, setAmbiWidth, truncate, width, wrap } from "../source/text/width";

describe("width", () => {
  it("counts Chinese as two columns and ambiguous punctuation per the ambiwidth setting", () => {
    expect(width("示范诉讼")).toBe(8);
    expect(width("“双打”")).toBe(6);
    setAmbiWidth("double");
    try {
      expect(width("“双打”")).toBe(8);
      expect(truncate("“双打”行动", 7)).toBe("“双打~");
    } finally {
      setAmbiWidth("single");
    }
  });

  it("truncates and pads to exact widths without splitting a wide character", () => {
    for (let cols = 1; cols <= 12; cols++) {
      expect(width(truncate("示范诉讼模式受到肯定", cols))).toBeLessThanOrEqual(cols);
      expect(width(padEnd("示范诉讼模式受到肯定", cols))).toBe(cols);
    }
    expect(truncate("示范诉讼", 5)).toBe("示范…");
    expect(truncate("abc", 3)).toBe("abc");
  });

  it("wraps every paragraph within the width and loses nothing", () => {
    for (const cols of [2, 7, 20, 39, 80]) {
      for (const p of paragraphs) {
        const lines = wrap(p.text, cols);
        expect(lines.join("")).toBe(p.text);
        for (const line of lines) expect(width(line)).toBeLessThanOrEqual(cols);
      }
    }
  });

  it("keeps closing punctuation off the start of a line and numbers whole", () => {
    const lines = wrap("审结刑事案件1948件，判处被告人2774人。", 12);
    for (const line of lines) expect(line[0]).not.toMatch(/[，。]/);
    expect(lines.some((l) => l.includes("1948"))).toBe(true);
    // Two closing marks in a row move down together.
    const formula = wrap("前五年受理案件（推算） = 53833 ÷ (1 + 127.1%)，四舍五入", 40);
    for (const line of formula.slice(1)) expect(line[0]).not.toMatch(/[)，]/);
    // From 12 columns up there is always room to move "127.1%)，" down whole.
    for (let cols = 12; cols <= 80; cols++) {
      for (const line of wrap("推算值 = 53833 ÷ (1 + 127.1%)，四舍五入。（见“双打”行动）", cols).slice(1)) {
        expect(line[0], `at ${cols}`).not.toMatch(/[)，。）”]/);
      }
    }
  });

  it("keeps straight quotes with the word they quote", () => {
    // The search help: `several words, "` then `phrase", !not` on the next line was how it broke.
    const text = 'search the report: Chinese, pinyin, initials; several words, "phrase", !not';
    for (let cols = 10; cols <= 80; cols++) {
      const lines = wrap(text, cols);
      expect(lines.join(""), `at ${cols}`).toBe(text);
      expect(
        lines.some((l) => l.includes('"phrase"')),
        `at ${cols}: ${JSON.stringify(lines)}`,
      ).toBe(true);
    }
  });
});

describe("clusters terminals disagree on count at their widest", () => {
  it.each([
    ["👍🏽", 4], // emoji + skin tone: 2 where composed, 2 + 2 where not (tmux)
    ["👩‍💻", 4], // ZWJ sequence
    ["👨‍👩‍👧‍👦", 8],
    ["क्षि", 3], // Devanagari conjunct with a vowel sign
    ["🇨🇳", 2], // a flag is two columns either way
    ["é", 1], // a combining accent adds nothing
    ["\x1b[31m👩‍💻\x1b[0m", 4], // escape sequences still count zero
  ])("%s is %i columns", (text, columns) => expect(width(text)).toBe(columns));

  it("truncate and wrap keep such text within the width", () => {
    const text = "执行👍🏽क्षि👩‍💻".repeat(10);
    for (let cols = 4; cols <= 60; cols++) {
      expect(width(truncate(text, cols))).toBeLessThanOrEqual(cols);
      for (const line of wrap(text, cols)) expect(width(line)).toBeLessThanOrEqual(cols);
    }
  });
});
