// Error lines quote what was looked for exactly as it was matched: control characters escaped
// ("\n", "\x1b"), never cutting the line or reaching the terminal.
import { describe, expect, it } from "vitest";
import { escapeControls } from "../source/text/sanitize";
import { cli } from "./helpers/cli";

describe("control characters in a query", () => {
  it("search $'a\\nzzz': the whole query on one line, the newline shown as \\n", () => {
    const r = cli(["search", "a\nzzz"]);
    expect(r.status).toBe(1);
    // One line: the query quoted whole (a hint of close glossary terms may follow on the same line).
    expect(r.stderr).toMatch(/^court-report: 没有与“a\\nzzz”相符的内容[^\n]*\n$/);
  });

  it("glossary with an OSC and a bidi override: quotes what it matched, escaped", () => {
    const r = cli(["glossary", "\x1b]0;x\x07示范\u202e诉讼"]);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toMatch(
      /^court-report: 没有与“\\x1b\]0;x\\x07示范\\u202e诉讼”相符的用语；相近的用语：示范诉讼/,
    );
  });

  it("an option value with a newline is quoted whole", () => {
    const r = cli(["search", "--limit", "\n3", "x"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe("court-report: --limit 要 1 到 1000000 的整数，不是“\\n3”");
  });
});

describe("escapeControls", () => {
  it("shows controls, invisible format characters and lone surrogates; keeps text, emoji and ZWJ", () => {
    expect(escapeControls("a\nb\tc\r\x1b[31m\x7f\x9b")).toBe("a\\nb\\tc\\r\\x1b[31m\\x7f\\x9b");
    expect(escapeControls("示\u202e范\u200b")).toBe("示\\u202e范\\u200b");
    expect(escapeControls("x\ud800")).toBe("x\ufffd");
    expect(escapeControls("示范诉讼 👩‍💻 sfss")).toBe("示范诉讼 👩‍💻 sfss");
  });
});
