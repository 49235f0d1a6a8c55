// The explorer takes its colour level from the supports-color that chalk vendors, without building
// chalk (source/explorer.ts), and hands it to Ink's chalk. That is only the same decision as long as
// chalk takes its level from that very file: these tests fail when a chalk update changes that.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const chalkDir = join(root, "node_modules/chalk");
const VENDORED = "./source/vendor/supports-color/index.js";

describe("the explorer's colour level", () => {
  it("is read from the file chalk reads it from", () => {
    const pkg = JSON.parse(readFileSync(join(chalkDir, "package.json"), "utf8"));
    expect(pkg.imports["#supports-color"].node).toBe(VENDORED);
    expect(readFileSync(join(chalkDir, "source/index.js"), "utf8")).toMatch(
      /import supportsColor from '#supports-color';/,
    );
    expect(readFileSync(join(root, "source/explorer.ts"), "utf8")).toContain(
      `import("../node_modules/chalk/${VENDORED.slice(2)}")`,
    );
  });

  // Each variable is read as the modules load, so each case is its own process.
  it.each([
    ["nothing set (not a terminal)", {}],
    ["FORCE_COLOR=0", { FORCE_COLOR: "0" }],
    ["FORCE_COLOR=1", { FORCE_COLOR: "1" }],
    ["FORCE_COLOR=2", { FORCE_COLOR: "2" }],
    ["FORCE_COLOR=3", { FORCE_COLOR: "3" }],
    ["FORCE_COLOR=true", { FORCE_COLOR: "true" }],
    ["FORCE_COLOR=false", { FORCE_COLOR: "false" }],
    ["FORCE_COLOR empty", { FORCE_COLOR: "" }],
  ])("equals chalk's level: %s", (_name, env) => {
    const probe = `
      const { default: chalk } = await import(${JSON.stringify(join(chalkDir, "source/index.js"))});
      const { default: supportsColor } = await import(${JSON.stringify(join(chalkDir, VENDORED))});
      console.log(JSON.stringify([chalk.level, supportsColor.stdout ? supportsColor.stdout.level : 0]));`;
    const base = { ...process.env };
    for (const key of ["FORCE_COLOR", "NO_COLOR", "CI", "COLORTERM", "TERM"]) delete base[key];
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", probe], {
      encoding: "utf8",
      env: { ...base, ...env },
    });
    expect(run.status, run.stderr).toBe(0);
    const [chalkLevel, ours] = JSON.parse(run.stdout) as [number, number];
    expect(ours).toBe(chalkLevel);
  });
});
