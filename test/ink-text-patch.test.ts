// Ink's text squashing and measuring as the explorer ships them (scripts/ink-text-patch.mjs), beside
// Ink's own functions from node_modules: the same answers on random styled text, whether a node's
// text is the same string again, an equal copy or a new text; measuring keeps nothing; each edit
// refuses a file whose text moved.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INK_MEASURE, INK_SQUASH, patchInkMeasure, patchInkSquash } from "../scripts/ink-text-patch.mjs";
import { patchedBundle } from "./helpers/patched-bundle";

const root = fileURLToPath(new URL("..", import.meta.url));
const SQUASH = "node_modules/ink/build/squash-text-nodes.js";
const MEASURE = "node_modules/ink/build/measure-text.js";

interface TextNode {
  nodeName: "ink-text";
  childNodes: { nodeName: "#text"; nodeValue: string }[];
}
interface Functions {
  squash: (node: TextNode) => string;
  measure: (text: string) => { width: number; height: number };
}
let patched: Functions;
let own: Functions;
let dispose = () => {};

beforeAll(async () => {
  ({ bundle: patched, dispose } = await patchedBundle<Functions>(
    [`export { default as squash } from "./${SQUASH}";`, `export { default as measure } from "./${MEASURE}";`].join(
      "\n",
    ),
  ));
  const load = async (file: string) => (await import(pathToFileURL(join(root, file)).href)).default;
  own = { squash: await load(SQUASH), measure: await load(MEASURE) };
});
afterAll(() => dispose());

// Text as the explorer's frames hold it, with the escapes sanitize-ansi keeps and those it drops.
const piece = fc.constantFrom(
  "报告",
  "示范诉讼 10.73 亿元",
  "\x1b[1m审结\x1b[22m",
  "\x1b[7m\x1b[36m 1 报告 \x1b[39m\x1b[27m",
  "“一站式”·调解—",
  "\x1b]8;;https://example.org\x07链接\x1b]8;;\x07",
  "\x1b[2J",
  "\x1b[",
  "\u009b",
  "\n",
  "a",
);
const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));
const node = (value: string): TextNode => ({
  nodeName: "ink-text",
  childNodes: [{ nodeName: "#text", nodeValue: value }],
});

describe("the patched squash and measure", () => {
  it("squash the text of a node as Ink's own does, however the node's text changes", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        const mine = node(texts[0]!);
        for (const t of texts) {
          mine.childNodes[0]!.nodeValue = t;
          expect(patched.squash(mine)).toBe(own.squash(node(t)));
          // The same string again, and an equal string made anew.
          expect(patched.squash(mine)).toBe(own.squash(node(t)));
          mine.childNodes[0]!.nodeValue = [...t].join("");
          expect(patched.squash(mine)).toBe(own.squash(node(t)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("measure as Ink's own does", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(patched.measure(t)).toEqual(own.measure(t));
        expect(patched.measure(t)).toEqual(own.measure(t));
      }),
      { numRuns: 300 },
    );
  });
});

describe("each edit on its own", () => {
  const squash = readFileSync(join(root, SQUASH), "utf8");
  const measure = readFileSync(join(root, MEASURE), "utf8");

  it("apply to the installed files, which the build's filters pick", () => {
    expect(INK_SQUASH.test(join(root, SQUASH))).toBe(true);
    expect(INK_MEASURE.test(join(root, MEASURE))).toBe(true);
    expect(patchInkSquash(squash)).toContain("node.internal_squashedFrom === text");
    // Nothing is left that could keep a text.
    expect(patchInkMeasure(measure)).not.toMatch(/cache/i);
  });

  it("refuse files whose text moved", () => {
    expect(() => patchInkSquash(squash.replace("return sanitizeAnsi(text);", "return sanitizeAnsi(text) ;"))).toThrow(
      /Ink changed/,
    );
    expect(() =>
      patchInkMeasure(measure.replace("cache.set(text, dimensions);", "cache.set(text,dimensions);")),
    ).toThrow(/Ink changed/);
  });
});
