// source/text/width.ts measures and splits the report's characters itself (start-up: string-width's
// emoji regexes and a segmenter cost ~65 ms). These tests hold that fast path to string-width and
// Intl.Segmenter, for every character of the Basic Multilingual Plane, in both ambiwidth modes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { paragraphs } from "../data/index";
import inkStringWidth from "../scripts/stubs/string-width.js";
import { graphemes, setAmbiWidth, simpleWidths, width } from "../source/text/width";

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

  it.each(["single", "double"] as const)(
    "agrees with string-width on every paragraph of the report (ambiwidth %s)",
    (mode) => {
      setAmbiWidth(mode);
      for (const p of paragraphs)
        expect(width(p.text), p.id).toBe(stringWidth(p.text, { ambiguousIsNarrow: mode === "single" }));
    },
  );
});

describe("simpleWidths", () => {
  it.each(["single", "double"] as const)(
    "gives each paragraph's characters the widths of its graphemes one by one (ambiwidth %s)",
    (mode) => {
      setAmbiWidth(mode);
      for (const p of paragraphs) expect(simpleWidths(p.text), p.id).toEqual(segments(p.text).map((g) => width(g)));
    },
  );

  it("has no answer for text a grapheme of several units may be in", () => {
    for (const text of ["e\u0301", "👩\u200d💻", "a\ud83d\ude00"]) expect(simpleWidths(text)).toBeUndefined();
  });
});

describe("the string-width stub Ink gets in the bundle", () => {
  it.each(["single", "double"] as const)(
    "agrees with string-width on every BMP character, plain and coloured (ambiwidth %s)",
    (mode) => {
      setAmbiWidth(mode);
      const narrow = mode === "single";
      const wrong = bmp.filter((c) => {
        const coloured = `\u001b[1;31m${c}示\u001b[0m`;
        return (
          inkStringWidth(c) !== stringWidth(c, { ambiguousIsNarrow: narrow }) ||
          inkStringWidth(coloured) !== stringWidth(coloured, { ambiguousIsNarrow: narrow }) ||
          inkStringWidth(c, { ambiguousIsNarrow: !narrow }) !== stringWidth(c, { ambiguousIsNarrow: !narrow })
        );
      });
      expect(wrong.map((c) => `U+${c.charCodeAt(0).toString(16)}`)).toEqual([]);
    },
  );

  it("measures rows with several SGR codes, other escapes and cut codes as string-width does", () => {
    const pieces = [
      "报告",
      "a b",
      "“一站式”…",
      "\u001b[1m",
      "\u001b[22m",
      "\u001b[7;36m",
      "\u001b[m",
      "\u001b[2J",
      "\u001b]8;;x\u0007",
      "\u001b[",
      "\u001b[31",
      "é",
      "👍",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), fc.boolean(), (parts, narrow) => {
        const text = parts.join("");
        expect(inkStringWidth(text, { ambiguousIsNarrow: narrow })).toBe(
          stringWidth(text, { ambiguousIsNarrow: narrow }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("counts escape codes when asked to, like string-width", () => {
    const text = "\u001b[31m红\u001b[0m";
    expect(inkStringWidth(text, { countAnsiEscapeCodes: true })).toBe(
      stringWidth(text, { countAnsiEscapeCodes: true }),
    );
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

describe("the bundled width()", () => {
  it("still measures emoji and combining marks once string-width is loaded on demand", async () => {
    // esbuild turns width.ts's require("string-width") into a lazily initialised module; run the
    // result as the CLI bundle runs, outside vitest.
    const { build } = await import("esbuild");
    const dir = mkdtempSync(join(tmpdir(), "court-report-width-"));
    try {
      const entry = join(dir, "entry.ts");
      writeFileSync(
        entry,
        `import { width } from ${JSON.stringify(fileURLToPath(new URL("../source/text/width.ts", import.meta.url)))};
console.log(JSON.stringify([width("示范"), width("👨‍👩‍👧"), width("e\\u0301"), width("한"), width("\\u001b[31m红\\u001b[0m")]));`,
      );
      await build({
        entryPoints: [entry],
        outfile: join(dir, "out.mjs"),
        bundle: true,
        format: "esm",
        platform: "node",
        logLevel: "error",
      });
      const run = spawnSync(process.execPath, [join(dir, "out.mjs")], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      // The family emoji at its widest: three faces drawn apart (source/text/width.ts).
      expect(JSON.parse(run.stdout)).toEqual([4, 6, 1, 2, 2]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
