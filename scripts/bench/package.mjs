// The package as npm would publish it: the tarball's size and its runtime dependencies.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rows } from "./report.mjs";
import { root } from "./run.mjs";
import { kb } from "./stats.mjs";

export function packageFigures() {
  const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
  const info = JSON.parse(pack.stdout)[0];
  rows.push({
    figure: "package: npm pack tarball",
    median: kb(info.size),
    spread: `${info.entryCount} files, ${kb(info.unpackedSize)} unpacked`,
    budget: "≤ 500 KB",
    pass: info.size <= 500 * 1024,
    note: "",
  });
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const deps = ["dependencies", "optionalDependencies", "peerDependencies"].flatMap((k) => Object.keys(pkg[k] ?? {}));
  rows.push({
    figure: "package: runtime dependencies",
    median: String(deps.length),
    spread: deps.join(", "),
    budget: "0",
    pass: deps.length === 0,
    note: "",
  });
}
