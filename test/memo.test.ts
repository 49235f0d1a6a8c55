// memoize keeps results by the function's own typed arguments: arguments that would collide when
// joined into one string stay apart, a result is computed once, and the cache is bounded.
import { describe, expect, it } from "vitest";
import { memoize } from "../source/memo";

describe("memoize", () => {
  it("computes once per set of arguments", () => {
    let calls = 0;
    const f = memoize((a: string, n: number) => {
      calls++;
      return `${a}:${n}`;
    });
    expect([f("x", 1), f("x", 1), f("x", 2)]).toEqual(["x:1", "x:1", "x:2"]);
    expect(calls).toBe(2);
  });

  it("keeps apart arguments that a joined key would confuse", () => {
    const f = memoize((a: string, b: string) => [a, b]);
    expect(f("a\0b", "c")).toEqual(["a\0b", "c"]);
    expect(f("a", "b\0c")).toEqual(["a", "b\0c"]);
    const g = memoize((a: string | number) => typeof a);
    expect([g("1"), g(1), g("[1]")]).toEqual(["string", "number", "string"]);
  });

  it("starts over at its limit, so memory stays bounded", () => {
    let calls = 0;
    const f = memoize((n: number) => ++calls + n * 0, 3);
    for (const n of [1, 2, 3]) f(n);
    f(4); // the fourth clears the three before it
    f(1);
    expect(calls).toBe(5);
  });
});
