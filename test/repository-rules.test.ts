// Rules of the tree that a review would otherwise have to remember: comments and docs name only
// files that exist, and code cites no tracker numbers a reader of the repository cannot open.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const tracked = execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" }).split("\0").filter(Boolean);
describe("comments and docs", () => {
  const texts = tracked.filter(
    (f) => /^(source|test|scripts|data|docs)\/.*\.(tsx?|mjs|md)$/.test(f) && !f.includes("generated"),
  );

  it("name only files that exist", () => {
    const PATH = /(?<![\w./-])((?:source|test|scripts|docs|data)\/[\w./-]+\.(?:tsx?|mjs|md|txt|json))\b/g;
    const missing = texts.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(PATH)]
        .map((m) => m[1]!)
        .filter((p) => !existsSync(p))
        .map((p) => `${f}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("cite no issue numbers of a tracker a reader of the repository cannot open", () => {
    const cited = texts
      .filter((f) => !f.startsWith("docs/"))
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .flatMap((line, i) => (/\bissues? \d+\b/i.test(line) ? [`${f}:${i + 1}`] : [])),
      );
    expect(cited).toEqual([]);
  });
});
