// docs/architecture.md states facts about the code; where one can be checked, it is, so the doc
// cannot drift: every dependency patch the build applies has its entry, the Pane's members and a
// new pane's files are the ones the code has, every module of the bench is listed, and no line is
// too long to read.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXPLORER_PATCHES } from "../scripts/explorer-patches.mjs";
import { PANE_MODULES } from "../source/app/panes/index";

const doc = readFileSync("docs/architecture.md", "utf8");
const section = (heading: string): string => {
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const end = doc.indexOf("\n## ", start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
};

describe("docs/architecture.md", () => {
  const patches = section("Dependency patches").replace(/\s+/g, " ");

  it("names every plugin of the explorer's build, every alias and every stub", () => {
    const plugins = (EXPLORER_PATCHES.plugins as { name: string }[]).map((p) => `plugin \`${p.name}\``);
    const aliases = Object.values(EXPLORER_PATCHES.alias as Record<string, string>).map((f) => f.replace(/^\.\//, ""));
    const stubs = readdirSync("scripts/stubs").map((f) => `scripts/stubs/${f}`);
    const patchFiles = readdirSync("scripts")
      .filter((f) => f.endsWith("-patch.mjs"))
      .map((f) => `scripts/${f}`);
    const missing = [...plugins, ...aliases, ...stubs, ...patchFiles].filter((name) => !patches.includes(name));
    expect(missing).toEqual([]);
  });

  it("lists the members of a Pane that every pane has, and the optional one", () => {
    const optional = ["status"];
    const members = Object.keys(PANE_MODULES.data).sort();
    for (const pane of Object.values(PANE_MODULES))
      expect(
        Object.keys(pane)
          .filter((k) => !optional.includes(k))
          .sort(),
      ).toEqual(members);
    const listed = /index\.ts\s+the Pane: ([^\n]+)/.exec(doc)?.[1] ?? "";
    expect(listed.split(/,\s*/).sort()).toEqual(members);
    for (const k of optional) expect(doc).toMatch(new RegExp(`pane's status, ${k}`));
  });

  it("names the files every pane has, and each pane has them", () => {
    const files = /a folder under `panes\/` with its \w+ files \(([^)]+)\)/.exec(doc.replace(/\n\s*/g, " "))?.[1];
    expect(files).toBeDefined();
    const named = files!.split(/,\s*/).map((f) => `${f}.ts`);
    for (const pane of Object.keys(PANE_MODULES)) {
      const own = readdirSync(`source/app/panes/${pane}`);
      expect(own, pane).toEqual(expect.arrayContaining(named));
    }
  });

  it("lists every module of the bench", () => {
    const bench = section("The bench");
    const missing = readdirSync("scripts/bench").filter((f) => !bench.includes(`\n  ${f} `));
    expect(missing).toEqual([]);
  });

  it("has no line over 200 characters outside code blocks (tables of that width are reflowed)", () => {
    let code = false;
    const long = doc.split("\n").filter((l) => {
      if (l.startsWith("```")) code = !code;
      return !code && l.length > 200;
    });
    expect(long).toEqual([]);
  });
});
