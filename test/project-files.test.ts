// The files a newcomer looks for, and the Node policy of docs/architecture.md, kept true: the
// supported lines CI smoke-tests start at the engines floor, and the editor's Node is that floor.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { license: string; engines: { node: string } };
const floor = Number(/^>=(\d+)$/.exec(pkg.engines.node)?.[1]);
const lines = readFileSync(".ci/node-lines", "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#"))
  .map(Number);

describe("the project's own files", () => {
  it("LICENSE is the license package.json names", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync("LICENSE", "utf8")).toMatch(/^MIT License\n/);
  });

  it("CHANGELOG.md, CONTRIBUTING.md and .editorconfig are there", () => {
    for (const file of ["CHANGELOG.md", "CONTRIBUTING.md", ".editorconfig"]) expect(existsSync(file)).toBe(true);
    expect(readFileSync("CHANGELOG.md", "utf8")).toMatch(/^## Unreleased$/m);
  });

  it("CI smoke-tests every supported Node line from the engines floor up", () => {
    expect(floor).toBeGreaterThanOrEqual(20);
    expect(lines).toContain(floor);
    expect(lines.every((l) => Number.isInteger(l) && l >= floor)).toBe(true);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(readFileSync(".ci/run", "utf8")).toContain(".ci/node-lines");
  });

  it(".nvmrc names the floor", () => {
    expect(readFileSync(".nvmrc", "utf8").trim()).toBe(String(floor));
  });
});
