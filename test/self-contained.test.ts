// A clone in any folder must pass `npm install && npm test`: nothing tracked may reach outside the
// repository, to a sibling folder or to the machine it was first written on.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Spelled in two pieces so that this file does not match itself.
const OUTSIDE = ["../" + "shared", "/" + "work/"];

describe("the repository is self-contained", () => {
  it("no tracked file names a path outside it", () => {
    const files = execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" }).split("\0").filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => {
      const text = readFileSync(file, "latin1");
      return OUTSIDE.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`);
    });
    expect(found).toEqual([]);
  });
});
