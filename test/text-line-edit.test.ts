import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  backspace,
  cursorColumn,
  deleteForward,
  deleteToEnd,
  deleteToStart,
  deleteWordBack,
  emptyLine,
  end,
  home,
  insert,
  type LineValue,
  left,
  lineValueOf,
  right,
} from "../source/text/line-edit";

/** The value drawn as text with "|" at the cursor. */
const show = (v: LineValue) => `${v.text.slice(0, v.cursor)}|${v.text.slice(v.cursor)}`;
const apply = (v: LineValue, ...ops: ((v: LineValue) => LineValue)[]) => ops.reduce((x, op) => op(x), v);

describe("line editing", () => {
  it("types Chinese and moves by character: 未成年 Left Left X → 未X成年", () => {
    const v = apply(insert(emptyLine, "未成年"), left, left, (x) => insert(x, "X"));
    expect(show(v)).toBe("未X|成年");
  });

  it.each([
    ["left", left, "ab|c", "a|bc"],
    ["left at start", left, "|abc", "|abc"],
    ["right", right, "a|bc", "ab|c"],
    ["right at end", right, "abc|", "abc|"],
    ["home", home, "ab|c", "|abc"],
    ["end", end, "a|bc", "abc|"],
    ["backspace", backspace, "未成|年", "未|年"],
    ["backspace at start", backspace, "|未成年", "|未成年"],
    ["delete", deleteForward, "未|成年", "未|年"],
    ["delete at end", deleteForward, "未成年|", "未成年|"],
    ["C-w a word", deleteWordBack, "wei cheng|", "wei |"],
    ["C-w spaces then a word", deleteWordBack, "wei cheng  |", "wei |"],
    ["C-w in the middle", deleteWordBack, "ab cd|ef", "ab |ef"],
    ["C-w Chinese run", deleteWordBack, "执行 未成年人|", "执行 |"],
    ["C-w at start", deleteWordBack, "|abc", "|abc"],
    ["C-u", deleteToStart, "未成|年人", "|年人"],
    ["C-k", deleteToEnd, "未成|年人", "未成|"],
  ] as const)("%s: %s → %s", (_name, op, before, after) => {
    const cursor = before.indexOf("|");
    const v = op({ text: before.replace("|", ""), cursor });
    expect(show(v)).toBe(after);
  });

  it("moves over and deletes an emoji sequence, a flag and a combining mark as one character", () => {
    for (const cluster of ["👨‍👩‍👧", "🇨🇳", "é", "ǘ", "👍🏽"]) {
      const v = lineValueOf(`a${cluster}b`);
      expect(show(apply(v, left, left)), cluster).toBe(`a|${cluster}b`);
      expect(show(apply(v, left, backspace)), cluster).toBe("a|b");
      expect(show(apply(v, home, right, deleteForward)), cluster).toBe("a|b");
      expect(show(apply(v, left, left, right)), cluster).toBe(`a${cluster}|b`);
    }
  });

  it("snaps a cursor that points inside a cluster back to its start", () => {
    const v = { text: "a👍🏽b", cursor: 2 };
    expect(cursorColumn(v)).toBe(1);
    expect(show(right(v))).toBe("a👍🏽|b");
    expect(show(insert(v, "x"))).toBe("ax|👍🏽b");
  });

  it("inserts pasted text as one line, without control characters", () => {
    expect(show(insert(lineValueOf("ab"), "x\ny\tz\u001b[31m\u0007"))).toBe("abx y z[31m|");
    expect(show(insert({ text: "ab", cursor: 1 }, "未成年"))).toBe("a未成年|b");
    // A combining mark typed after a letter joins it; the cursor lands after the cluster.
    expect(show(insert(lineValueOf("e"), "\u0301"))).toBe("e\u0301|");
  });

  it("gives the cursor's display column: Chinese and emoji two, ASCII one", () => {
    expect(cursorColumn(lineValueOf(""))).toBe(0);
    expect(cursorColumn(lineValueOf("abc"))).toBe(3);
    expect(cursorColumn(lineValueOf("未成年"))).toBe(6);
    expect(cursorColumn({ text: "未成年", cursor: 1 })).toBe(2);
    expect(cursorColumn(lineValueOf("a👍b"))).toBe(4);
    expect(cursorColumn(lineValueOf("e\u0301"))).toBe(1);
  });

  it("keeps the cursor on a boundary and inside the text, whatever the keys", () => {
    const ops = [left, right, home, end, backspace, deleteForward, deleteWordBack, deleteToStart, deleteToEnd];
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: ops.length - 1 }),
            fc.constantFrom("未", "a", " ", "👨‍👩‍👧", "\u0301", "wcnr", "成年"),
          ),
          { maxLength: 40 },
        ),
        (keys) => {
          let v = emptyLine;
          for (const k of keys) v = typeof k === "number" ? ops[k]!(v) : insert(v, k);
          expect(v.cursor).toBeGreaterThanOrEqual(0);
          expect(v.cursor).toBeLessThanOrEqual(v.text.length);
          // At a boundary: moving right then left comes back (unless at the end).
          if (v.cursor < v.text.length) expect(left(right(v)).cursor).toBe(v.cursor);
          expect(cursorColumn(home(v))).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
