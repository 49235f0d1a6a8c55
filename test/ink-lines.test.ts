// Lines.tsx decides that a row is unchanged by comparing its segments instead of serialising them:
// the comparison must say "same" exactly when the rows would serialise the same, on random lines of
// the shapes views make (shared and fresh objects, styles with and without undefined fields).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameLine } from "../source/app/ink/Lines";
import type { Line } from "../source/app/ui/styled";

const style = fc.option(
  fc.record(
    {
      bold: fc.option(fc.boolean(), { nil: undefined }),
      dim: fc.constant(true),
      inverse: fc.boolean(),
      color: fc.constantFrom("red", "cyan", undefined),
      backgroundColor: fc.constantFrom("blue", undefined),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const segment = fc
  .record({ text: fc.constantFrom("", " ", "报告", "a", "1.2"), style })
  .map((s) => (s.style === undefined ? { text: s.text } : s));
const line = fc.array(segment, { maxLength: 4 });
/** A copy made of new objects, as a view builds its lines again on every key. */
const copy = (l: Line): Line => l.map((s) => (s.style ? { text: s.text, style: { ...s.style } } : { text: s.text }));

describe("sameLine", () => {
  it("agrees with comparing the serialised rows", () => {
    fc.assert(
      fc.property(line, line, (a, b) => {
        expect(sameLine(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(sameLine(a, copy(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
